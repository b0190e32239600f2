package org.ambulo.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.cycles.internal.SegmentProcessor;
import org.ambulo.cycles.internal.SpatiotemporalProcessor;
import org.ambulo.events.EventKeys;
import org.ambulo.events.GaitEvents;
import org.ambulo.model.GaitEvent;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.TrialContext;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** The two processors, called directly (their registration as DS services is checked by {@code CycleProcessorsServiceTest}). */
class CycleProcessorsTest {

    private static final String FULL = "OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d";
    private static final String NO_EVENTS = "OpenMA__openma-data/input/c3d/plugingait/PiG_Calibration2-NoOption.c3d";

    @Test
    void idsAndDefaultsAreStable() {
        assertEquals("org.ambulo.cycles.segment", new SegmentProcessor().id());
        assertEquals("org.ambulo.cycles.spatiotemporal", new SpatiotemporalProcessor().id());
        assertEquals(SegmentationSettings.defaults(), new SegmentProcessor().defaultSettings());
        assertEquals(SpatiotemporalSettings.defaults(), new SpatiotemporalProcessor().defaultSettings());
        assertEquals("TOE", SpatiotemporalSettings.defaults().footMarker());
    }

    @Test
    void segmentThenSpatiotemporalOnARealTrialGiveWhatTheLibraryGives() throws Exception {
        C3dFile file = C3dReader.read(SharedData.resolve(FULL));
        TrialContext segmented = new SegmentProcessor().process(TrialContext.of(file), SegmentationSettings.defaults());
        CycleSegmentation cycles = segmented.get(CycleKeys.CYCLES).orElseThrow();
        assertEquals(GaitCycles.segment(C3dTrials.gaitEvents(file)), cycles.cycles());
        assertEquals("org.ambulo.cycles.segment", segmented.producerOf(CycleKeys.CYCLES).orElseThrow());
        TrialContext done = new SpatiotemporalProcessor().process(segmented, SpatiotemporalSettings.defaults());
        SpatiotemporalTable table = done.get(CycleKeys.SPATIOTEMPORAL).orElseThrow();
        assertEquals(Spatiotemporal.compute(file, C3dTrials.gaitEvents(file), OptionalDouble.empty()), table);
        assertEquals("org.ambulo.cycles.spatiotemporal", done.producerOf(CycleKeys.SPATIOTEMPORAL).orElseThrow());
    }

    @Test
    void storedEventsWinOverDetectedOnesUnlessSettingsSayOtherwise() throws Exception {
        C3dFile file = SyntheticWalk.file(ProgressionDirection.PLUS_X, true);
        List<GaitEvent> detected = SyntheticWalk.events().stream().filter(e -> e.timeSeconds() < 2.0).toList();
        TrialContext context = TrialContext.of(file).with(EventKeys.EVENTS, new GaitEvents(detected), "test.detector");
        int stored = new SegmentProcessor().process(context, SegmentationSettings.defaults()).get(CycleKeys.CYCLES).orElseThrow().cycles()
                .size();
        int fromDetection = new SegmentProcessor().process(context, new SegmentationSettings(false)).get(CycleKeys.CYCLES).orElseThrow()
                .cycles()
                .size();
        assertEquals(5, stored);
        assertEquals(2, fromDetection, "left 0.1-1.1 and right 0.62-1.62 s close before 2 s; left 1.1 s has no strike after it");
        TrialContext withoutStored = TrialContext.of(SyntheticWalk.file(ProgressionDirection.PLUS_X, false)).with(EventKeys.EVENTS,
                new GaitEvents(SyntheticWalk.events()), "test.detector");
        assertEquals(5, new SegmentProcessor().process(withoutStored, SegmentationSettings.defaults()).get(CycleKeys.CYCLES).orElseThrow()
                .cycles().size());
    }

    @Test
    void aTrialWithoutEventsIsAClearProcessingError() throws Exception {
        C3dFile file = C3dReader.read(SharedData.resolve(NO_EVENTS));
        ProcessingException e = assertThrows(ProcessingException.class,
                () -> new SegmentProcessor().process(TrialContext.of(file), SegmentationSettings.defaults()));
        assertTrue(e.getMessage().startsWith("PiG_Calibration2-NoOption.c3d: org.ambulo.cycles.segment: no gait events"), e.getMessage());
    }

    @Test
    void spatiotemporalNeedsTheSegmentationStep() throws Exception {
        C3dFile file = C3dReader.read(SharedData.resolve(FULL));
        ProcessingException e = assertThrows(ProcessingException.class,
                () -> new SpatiotemporalProcessor().process(TrialContext.of(file), SpatiotemporalSettings.defaults()));
        assertTrue(e.getMessage().contains("needs 'org.ambulo.cycles.cycles'"), e.getMessage());
    }
}
