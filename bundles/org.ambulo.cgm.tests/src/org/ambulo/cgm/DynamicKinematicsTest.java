package org.ambulo.cgm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.PointData;
import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dynamic kinematics against the Nexus angles stored in the dynamic trials, every frame where Nexus has a value.
 * <ul>
 * <li>OpenMA's kinematics entries of openma_plugingait_tests.json: static calibration on the static file, then the
 * dynamic file, with that entry's per-axis tolerance (1e-4° to 2e-4°), lower-body angles only;</li>
 * <li>the KAD files (Nexus 2.3, not in OpenMA's tests) and Vicon Workstation's FunctionalWalk: 1e-3° per axis
 * (the goal is 0.1°; we reach 1e-4°).</li>
 * </ul>
 * Files that cannot be compared: c3d.org sample03 gait-pig and sample23 Vicon_analysis (no subject measurements and
 * no static trial: leg length, knee and ankle widths are unknown); the cadop/pyCGM statics (no dynamic trial).
 */
class DynamicKinematicsTest {

    static final List<String> LOWER_BODY = List.of("PelvisAngles", "HipAngles", "KneeAngles", "AnkleAngles", "FootProgressAngles");

    static Stream<Arguments> openMaEntries() {
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : OpenMaReferenceJson.openMaPluginGaitTests().entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> test = (Map<String, Object>) e.getValue();
            if ("kinematics".equals(test.get("kind")) && !"Upper".equals(test.get("region"))) {
                out.add(Arguments.of(e.getKey(), test));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openMaEntries")
    void matchesOpenMaReferenceWithItsTolerances(String name, Map<String, Object> test) throws CgmException {
        List<String> files = OpenMaReference.files(test);
        C3dFile staticTrial = PigFiles.read(files.get(0));
        C3dFile dynamic = PigFiles.read(files.get(1));
        StaticCalibration c = ConventionalGaitModel.calibrate(staticTrial, OpenMaReference.subject(test),
                OpenMaReference.options(test, KneeCalibration.WAND));
        CgmResult result = ConventionalGaitModel.kinematics(dynamic, c);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> comparisons = (List<Map<String, Object>>) test.get("kinematics_comparisons");
        int checked = 0;
        for (Map<String, Object> comparison : comparisons) {
            String label = (String) comparison.get("c3d_reference_label");
            String output = label.endsWith("V") ? label.substring(0, label.length() - 1) : label;
            if (LOWER_BODY.stream().noneMatch(output::endsWith)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Double> tolerance = (List<Double>) comparison.get("tolerance_deg_per_axis");
            CgmSignal signal = result.signal(output).orElseThrow();
            double[] max = maxDifference(dynamic, label, signal);
            for (int axis = 0; axis < 3; axis++) {
                double tol = tolerance.get(Math.min(axis, tolerance.size() - 1));
                assertTrue(max[axis] <= tol, name + " " + label + " axis " + axis + ": max |difference| " + max[axis] + " deg > " + tol);
            }
            checked++;
        }
        assertEquals(10, checked, "all ten lower-body angle outputs compared");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"PiGKad_Calibration.c3d, PiGKad_Motion.c3d, false", "PiGKad_Calibration_FootFlat.c3d, PiGKad_Motion_FootFlat.c3d, true",
            "PiGKadMed_Calibration.c3d, PiGKadMed_Motion.c3d, false"})
    void kadTrialsMatchNexus(String staticName, String dynamicName, boolean footFlat) throws Exception {
        C3dFile staticTrial = PigFiles.pig(staticName);
        C3dFile dynamic = PigFiles.pig(dynamicName);
        SubjectMeasurements stored = SubjectParameters.fromProcessing(staticTrial).orElseThrow();
        // only the measurements: the calibrated values must be recomputed from the static trial
        SubjectMeasurements subject = new SubjectMeasurements(staticName, stored.bodyMassKg(), stored.heightMm(),
                java.util.OptionalDouble.empty(),
                LegMeasurements.of(Side.LEFT, stored.left().legLengthMm(), stored.left().kneeWidthMm(), stored.left().ankleWidthMm()),
                LegMeasurements.of(Side.RIGHT, stored.right().legLengthMm(), stored.right().kneeWidthMm(), stored.right().ankleWidthMm()));
        KneeCalibration knee = ConventionalGaitModel.detectKneeCalibration(org.ambulo.c3d.C3dTrials.markers(staticTrial));
        StaticCalibration c = ConventionalGaitModel.calibrate(staticTrial, subject, new CgmOptions(14, footFlat, footFlat, knee));
        assertAllAngles(dynamic, ConventionalGaitModel.kinematics(dynamic, c), 1e-3);
    }

    /** Vicon Workstation 5.2.9 trial, with the calibration stored in its PROCESSING group (angles in degrees there). */
    @Test
    void workstationTrialWithStoredCalibration() throws CgmException {
        C3dFile dynamic = PigFiles.read("OpenMA__openma-data/input/c3d/other/FunctionalWalk.c3d");
        SubjectMeasurements subject = SubjectParameters.fromProcessing(dynamic).orElseThrow();
        double diameter = SubjectParameters.markerDiameterMm(dynamic).orElseThrow();
        StaticCalibration c = ConventionalGaitModel.fromStoredCalibration(subject,
                new CgmOptions(diameter, false, false, KneeCalibration.WAND));
        assertAllAngles(dynamic, ConventionalGaitModel.kinematics(dynamic, c), 1e-3);
    }

    private static void assertAllAngles(C3dFile dynamic, CgmResult result, double toleranceDeg) {
        for (Side side : Side.values()) {
            for (String angle : LOWER_BODY) {
                String label = side.labelPrefix() + angle;
                double[] max = maxDifference(dynamic, label, result.signal(label).orElseThrow());
                for (int axis = 0; axis < 3; axis++) {
                    assertTrue(max[axis] <= toleranceDeg,
                            dynamic.sourceName() + " " + label + " axis " + axis + ": max |difference| " + max[axis] + " deg");
                }
            }
        }
    }

    /** Largest |ours - Nexus| per axis over the frames Nexus computed; every such frame must have a value of ours. */
    static double[] maxDifference(C3dFile dynamic, String label, CgmSignal signal) {
        OptionalInt index = dynamic.pointIndex(label);
        assertTrue(index.isPresent(), dynamic.sourceName() + " has no " + label);
        PointData data = dynamic.pointData();
        int p = index.getAsInt();
        double[] max = new double[3];
        int frames = 0;
        for (int f = 0; f < dynamic.frameCount(); f++) {
            if (!data.isValid(f, p)) {
                continue;
            }
            double[] ours = {signal.x()[f], signal.y()[f], signal.z()[f]};
            double[] nexus = {data.x(f, p), data.y(f, p), data.z(f, p)};
            for (int axis = 0; axis < 3; axis++) {
                assertTrue(Double.isFinite(ours[axis]), label + " frame " + f + ": Nexus has a value, we have none");
                double d = Math.abs(ours[axis] - nexus[axis]);
                max[axis] = Math.max(max[axis], Math.min(d, Math.abs(360 - d)));
            }
            frames++;
        }
        assertTrue(frames > 0, label + ": Nexus has no frame to compare");
        return max;
    }
}
