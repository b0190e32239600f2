package org.ambulo.signal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.TrialContext;
import org.ambulo.signal.Butterworth;
import org.ambulo.signal.CutoffConvention;
import org.ambulo.signal.FillMethod;
import org.ambulo.signal.GapFillResult;
import org.ambulo.signal.GapFillSettings;
import org.ambulo.signal.MarkerLowPassSettings;
import org.ambulo.signal.OpenGap;
import org.ambulo.signal.RigidSegment;
import org.ambulo.signal.SignalKeys;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** The processors on real trials, outside OSGi (their DS registration is checked by SignalProcessorsServiceTest). */
class MarkerProcessorsTest {

    private static final String PIG = "OpenMA__openma-data/input/c3d/plugingait/";

    private static C3dFile read(String relative) throws IOException {
        return C3dReader.read(SharedData.resolve(PIG + relative));
    }

    @Test
    void lowPassFiltersEveryMarkerOfTheFileWithTheDefaults() throws Exception {
        C3dFile file = read("PiG_Motion3_FF.c3d");
        MarkerLowPassProcessor processor = new MarkerLowPassProcessor();
        assertEquals("org.ambulo.signal.markers.lowpass", processor.id());
        assertEquals(new MarkerLowPassSettings(2, 6.0, CutoffConvention.AS_DESIGNED), processor.defaultSettings());
        TrialContext out = processor.process(TrialContext.of(file), processor.defaultSettings());
        Map<String, MarkerTrajectory> filtered = out.get(SignalKeys.MARKERS).orElseThrow();
        Map<String, MarkerTrajectory> raw = C3dTrials.markers(file);
        assertEquals(raw.keySet(), filtered.keySet());
        double[] expected = Butterworth.lowPass(2, 6, 100).filtfilt(raw.get("LKNE").zMm());
        for (int f = 0; f < expected.length; f++) {
            assertEquals(expected[f], filtered.get("LKNE").zMm()[f], 0);
        }
        // '*3' is mostly missing: gaps stay gaps
        for (int f = 0; f < file.frameCount(); f++) {
            assertEquals(raw.get("*3").isValid(f), filtered.get("*3").isValid(f), "frame " + f);
        }
        assertEquals("org.ambulo.signal.markers.lowpass", out.producerOf(SignalKeys.MARKERS).orElseThrow());
    }

    @Test
    void lowPassWorksOnTheMarkersOfAnEarlierStep() throws Exception {
        C3dFile file = read("PiG_Motion-FlatFoot-Full.c3d");
        TrialContext filled = new MarkerGapFillProcessor().process(TrialContext.of(file), GapFillSettings.DEFAULTS);
        MarkerTrajectory earlier = filled.get(SignalKeys.MARKERS).orElseThrow().get("LKNE");
        TrialContext out = new MarkerLowPassProcessor().process(filled, MarkerLowPassSettings.DEFAULTS);
        double[] expected = Butterworth.lowPass(2, 6, 100).filtfilt(earlier.xMm());
        assertEquals(expected[100], out.get(SignalKeys.MARKERS).orElseThrow().get("LKNE").xMm()[100], 0);
        assertTrue(out.get(SignalKeys.GAP_FILL).isPresent(), "earlier results are kept");
    }

    @Test
    void lowPassRefusesACutoffAboveNyquistNamingTheTrial() throws Exception {
        C3dFile file = read("PiG_Motion3_FF.c3d");
        ProcessingException e = assertThrows(ProcessingException.class,
                () -> new MarkerLowPassProcessor().process(TrialContext.of(file),
                        new MarkerLowPassSettings(2, 60, CutoffConvention.AS_DESIGNED)));
        assertTrue(e.getMessage().contains("PiG_Motion3_FF") && e.getMessage().contains("Nyquist"), e.getMessage());
        assertEquals("org.ambulo.signal.markers.lowpass", e.processorId());
    }

    /**
     * PiG_Motion-FlatFoot-Full: the head markers (HEDO/HEDA/HEDL/HEDP, LFHD) and the centre of mass miss the first 30
     * frames, a gap at the start of the trial, longer than 10 frames: left open and reported, nothing filled.
     */
    @Test
    void gapFillReportsTheRealGapsItCannotFill() throws Exception {
        C3dFile file = read("PiG_Motion-FlatFoot-Full.c3d");
        TrialContext out = new MarkerGapFillProcessor().process(TrialContext.of(file), GapFillSettings.DEFAULTS);
        GapFillResult result = out.get(SignalKeys.GAP_FILL).orElseThrow();
        assertTrue(result.fills().isEmpty());
        List<OpenGap> open = result.openGaps();
        assertEquals(List.of("HEDO", "HEDA", "HEDL", "HEDP", "LFHD", "CentreOfMass", "CentreOfMassFloor").stream().sorted().toList(),
                open.stream().map(g -> g.gap().marker()).sorted().toList());
        assertTrue(open.stream().allMatch(g -> g.gap().firstFrame() == 0 && g.gap().lastFrame() == 29 && g.reason().contains("start")));
        assertFalse(out.get(SignalKeys.MARKERS).orElseThrow().get("LFHD").isValid(10));
    }

    @Test
    void gapFillFillsShortGapsBySplineAndLongOnesFromTheRigidSegment() throws Exception {
        C3dFile file = read("PiG_Motion3_FF.c3d");
        Map<String, MarkerTrajectory> raw = C3dTrials.markers(file);
        // an earlier step's markers with a 4-frame LASI gap and a 40-frame RPSI gap
        Map<String, MarkerTrajectory> gappy = new java.util.LinkedHashMap<>(raw);
        gappy.put("LASI", withGap(raw.get("LASI"), 100, 103));
        gappy.put("RPSI", withGap(raw.get("RPSI"), 150, 189));
        TrialContext in = TrialContext.of(file).with(SignalKeys.MARKERS, gappy, "test");
        GapFillSettings settings = new GapFillSettings(10,
                List.of(RigidSegment.PLUG_IN_GAIT_PELVIS, new RigidSegment("left foot", List.of("LHEE", "LTOE", "LANK", "LMT5"))));
        TrialContext out = new MarkerGapFillProcessor().process(in, settings);
        GapFillResult result = out.get(SignalKeys.GAP_FILL).orElseThrow();
        assertEquals(FillMethod.SPLINE, result.trajectories().get("LASI").fills().get(0).method());
        assertEquals(4, result.trajectories().get("LASI").filledCount());
        assertEquals(FillMethod.RIGID_BODY, result.trajectories().get("RPSI").fills().get(0).method());
        assertEquals(40, result.trajectories().get("RPSI").filledCount());
        assertTrue(out.get(SignalKeys.MARKERS).orElseThrow().get("RPSI").isValid(170));
        // the foot segment names a marker this trial does not have: reported, and too few markers remain
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("LMT5")), result.notes().toString());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("left foot") && n.contains("only 3")), result.notes().toString());
        // the '*n' unlabelled points keep their long gaps, reported
        assertTrue(result.openGaps().stream().anyMatch(g -> g.gap().marker().equals("*3")));
    }

    @Test
    void negativeMaximumGapIsRefused() throws Exception {
        C3dFile file = read("PiG_Motion3_FF.c3d");
        assertThrows(ProcessingException.class,
                () -> new MarkerGapFillProcessor().process(TrialContext.of(file), new GapFillSettings(-1, List.of())));
        assertThrows(IllegalArgumentException.class, () -> new RigidSegment("pelvis", List.of("LASI", "RASI", "LPSI")));
    }

    private static MarkerTrajectory withGap(MarkerTrajectory m, int from, int to) {
        double[] x = m.xMm().clone(), y = m.yMm().clone(), z = m.zMm().clone();
        for (int f = from; f <= to; f++) {
            x[f] = y[f] = z[f] = Double.NaN;
        }
        return new MarkerTrajectory(m.label(), x, y, z);
    }
}
