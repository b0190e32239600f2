package org.ambulo.cgm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.model.MarkerTrajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinetics note about unfiltered markers (KineticsSettings#markerNoiseThresholdMm, default 0.5 mm). Measured RMS
 * fourth differences (mm, kinetic markers): PiGKad_Motion (raw) 1.06–3.5, PiGKadMed_Motion 0.003–0.05, PiG_Motion3
 * 0.004–0.13, PiG_Motion-FlatFoot 0.02–0.26.
 */
class UnfilteredMarkersTest {

    private static final List<String> KINETIC_MARKERS = List.of("LASI", "RASI", "LPSI", "RPSI", "LTHI", "LKNE", "LTIB", "LANK", "LHEE",
            "LTOE", "RTHI", "RKNE", "RTIB", "RANK", "RHEE", "RTOE");

    private static Optional<String> noiseNote(CgmResult result) {
        return result.notes().stream().filter(n -> n.contains("unfiltered")).findFirst();
    }

    /** Raw markers (KineticsTest: hip moment 127 N·mm/kg off Nexus by default): every kinetic marker is named, all above 1 mm. */
    @Test
    void rawTrialGetsTheNoteNamingItsMarkers() throws CgmException {
        CgmResult result = KineticsTest.model(PigFiles.pig("PiGKad_Motion.c3d"), KineticsSettings.defaults());
        String note = noiseNote(result).orElseThrow(() -> new AssertionError("no note: " + result.notes()));
        for (String label : KINETIC_MARKERS) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(label + " ([0-9.]+) mm").matcher(note);
            assertTrue(m.find(), label + " named: " + note);
            // 1 mm: the smallest measured (1.06) with a margin; well clear of the 0.5 mm threshold
            assertTrue(Double.parseDouble(m.group(1)) > 1, label + ": " + note);
        }
        assertTrue(note.contains("unreliable") && note.contains("low-pass") && note.contains("6 Hz"), note);
        assertTrue(note.contains("centreOfMassCutoffHz") && note.contains("35 Hz"), "names the kinetics smoothing option: " + note);
        // the setting is honoured: 4 mm is above every marker of the file (3.5 at most)
        assertTrue(noiseNote(KineticsTest.model(PigFiles.pig("PiGKad_Motion.c3d"),
                KineticsSettings.defaults().withMarkerNoiseThresholdMm(4))).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PiGKadMed_Motion.c3d", "PiGKad_Motion_FootFlat.c3d", "PiG_Motion-FlatFoot-One.c3d",
            "PiG_Motion-FlatFoot-Hole.c3d",
            "PiG_Motion-FlatFoot-Full.c3d", "PiG_Motion3_FF_N18.c3d", "PiG_Motion3_noFF.c3d"})
    void filteredTrialsGetNoNote(String file) throws CgmException {
        CgmResult result = KineticsTest.model(PigFiles.pig(file), KineticsSettings.defaults());
        assertEquals(Optional.empty(), noiseNote(result), file);
    }

    /**
     * A filtered trial with white noise of SD 0.1 mm per axis added to RANK and RTIB (expected RMS fourth difference
     * √210 · 0.1 = 1.45 mm, a raw-like level) gets the note naming those two only; with the threshold at 3 mm, none.
     */
    @Test
    void addedNoiseTriggersTheNoteAndTheThresholdIsHonoured() throws Exception {
        C3dFile dynamic = PigFiles.pig("PiGKadMed_Motion.c3d");
        Map<String, MarkerTrajectory> markers = new LinkedHashMap<>(C3dTrials.markers(dynamic));
        Random random = new Random(3);
        for (Map.Entry<String, MarkerTrajectory> e : markers.entrySet()) {
            String bare = e.getKey().substring(e.getKey().lastIndexOf(':') + 1);
            if (bare.equals("RANK") || bare.equals("RTIB")) {
                e.setValue(noisy(e.getValue(), 0.1, random));
            }
        }
        String note = noiseNote(run(dynamic, markers, KineticsSettings.defaults())).orElseThrow();
        assertTrue(note.contains("RANK 1.") && note.contains("RTIB 1."), note);
        assertTrue(!note.contains("LANK") && !note.contains("RTOE"), "the clean markers are not named: " + note);
        assertTrue(noiseNote(run(dynamic, markers, KineticsSettings.defaults().withMarkerNoiseThresholdMm(3))).isEmpty());
        assertTrue(noiseNote(run(dynamic, markers, KineticsSettings.defaults().withMarkerNoiseThresholdMm(Double.POSITIVE_INFINITY)))
                .isEmpty(), "infinite turns the check off");
        assertTrue(noiseNote(run(dynamic, C3dTrials.markers(dynamic), KineticsSettings.defaults())).isEmpty(), "without the noise");
    }

    @Test
    void thresholdMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> KineticsSettings.defaults().withMarkerNoiseThresholdMm(0));
        assertThrows(IllegalArgumentException.class, () -> KineticsSettings.defaults().withMarkerNoiseThresholdMm(Double.NaN));
    }

    private static CgmResult run(C3dFile dynamic, Map<String, MarkerTrajectory> markers, KineticsSettings settings) throws CgmException {
        SubjectMeasurements subject = SubjectParameters.fromProcessing(dynamic).orElseThrow();
        StaticCalibration calibration = ConventionalGaitModel.fromStoredCalibration(subject,
                new CgmOptions(CgmOptions.DEFAULT_MARKER_DIAMETER_MM, false, false, KneeCalibration.WAND));
        return ConventionalGaitModel.kinematicsAndKinetics(dynamic.sourceName(), markers, calibration,
                KineticsInput.of(dynamic, markers, settings), settings);
    }

    private static MarkerTrajectory noisy(MarkerTrajectory t, double sigmaMm, Random random) {
        double[] x = t.xMm().clone();
        double[] y = t.yMm().clone();
        double[] z = t.zMm().clone();
        for (int f = 0; f < x.length; f++) {
            x[f] += sigmaMm * random.nextGaussian();
            y[f] += sigmaMm * random.nextGaussian();
            z[f] += sigmaMm * random.nextGaussian();
        }
        return new MarkerTrajectory(t.label(), x, y, z);
    }
}
