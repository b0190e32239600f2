package org.ambulo.cgm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.c3d.PointData;
import org.ambulo.cgm.CgmException;
import org.ambulo.cgm.CgmOptions;
import org.ambulo.cgm.ConventionalGaitModel;
import org.ambulo.cgm.KneeCalibration;
import org.ambulo.cgm.LegMeasurements;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.cgm.SubjectMeasurements;
import org.ambulo.cgm.SubjectParameters;
import org.ambulo.model.Side;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinetic foot's length against the Nexus foot segment stored in the trials: Nexus draws its segment axes
 * ({@code LFOA − LFOO}, {@code LFOL − LFOO}, {@code LFOP − LFOO}) with the segment's length, the same in every frame. The
 * Nexus points are evidence only; the model computes the length from the heel and toe markers.
 */
class KineticFootTest {

    /** Tolerance 1e-3 mm: the trial mean of float marker coordinates. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PiG_Motion-FlatFoot-One, LEFT, 16", "PiG_Motion-FlatFoot-One, RIGHT, 16", "PiG_Motion-FlatFoot-Full, LEFT, 16",
            "PiG_Motion-FlatFoot-Full, RIGHT, 16", "PiGKad_Motion_FootFlat, LEFT, 14", "PiGKad_Motion_FootFlat, RIGHT, 14",
            "PiG_Motion3_FF_N18, LEFT, 14", "PiG_Motion3_FF_N18, RIGHT, 14", "PiG_Motion3_noFF, RIGHT, 14"})
    void lengthIsTheNexusFootSegmentLength(String name, Side side, double markerDiameterMm) throws IOException, CgmException {
        C3dFile file = C3dReader.read(SharedData.resolve("OpenMA__openma-data/input/c3d/plugingait/" + name + ".c3d"));
        SubjectMeasurements subject = SubjectParameters.fromProcessing(file).orElseThrow();
        StaticCalibration c = ConventionalGaitModel.fromStoredCalibration(subject,
                new CgmOptions(markerDiameterMm, false, false, KneeCalibration.WAND));
        Reconstruction r = Reconstruction.compute(new MarkerSet(name, C3dTrials.markers(file)), ModelParameters.of(c));
        double ours = InverseDynamics.footLengthMm(r, side);
        String p = String.valueOf(side.labelPrefix());
        PointData d = file.pointData();
        int o = file.pointIndex(p + "FOO").getAsInt();
        int a = file.pointIndex(p + "FOA").getAsInt();
        int checked = 0;
        for (int f = 0; f < file.frameCount(); f++) {
            if (!d.isValid(f, o) || !d.isValid(f, a)) {
                continue;
            }
            double dx = d.x(f, a) - d.x(f, o), dy = d.y(f, a) - d.y(f, o), dz = d.z(f, a) - d.z(f, o);
            assertEquals(Math.sqrt(dx * dx + dy * dy + dz * dz), ours, 1e-3, name + " " + side + " frame " + f);
            checked++;
        }
        assertTrue(checked > 100, "frames with the Nexus foot segment: " + checked);
    }

    /**
     * The foot axes Nexus used for its outputs on the Motion3 trials are the kinematic foot of the static trial's
     * calibration: the Nexus foot segment ({@code LFOA/LFOL/LFOP − LFOO}) coincides with our foot frame within 1e-4°
     * (measured 4–7e-5°; tolerance 1e-3°, float precision of the stored points) when calibrated from
     * PiG_Calibration3_noFF / _FF / _FF_N18. The foot offsets in the PROCESSING group of PiG_Motion3_noFF and
     * PiG_Motion3_FF (identical in both: 9.30° plantarflexion / −6.11° rotation left, 7.75° / −1.89° right) belong to
     * neither static trial (noFF: 8.41° / −5.06° and 7.37° / −0.56°; FF: 9.01° / −5.09° and 10.66° / −0.95°) and turn the
     * foot by 1.38° (noFF both sides), 1.06° (FF left) and 3.05° (FF right): that was the ankle frontal moment error of
     * 18–23 N·mm/kg on PiG_Motion3_noFF (KineticsTest). PiG_Motion3_FF_N18 (Nexus 1.8) stores its static trial's offsets.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PiG_Motion3_noFF, PiG_Calibration3_noFF, false, false", "PiG_Motion3_FF, PiG_Calibration3_FF, true, false",
            "PiG_Motion3_FF_N18, PiG_Calibration3_FF_N18, true, true"})
    void nexusFootSegmentIsTheStaticTrialsCalibratedFoot(String dynamicName, String staticName, boolean footFlat,
            boolean processingHoldsTheStaticOffsets) throws IOException, CgmException {
        C3dFile dynamic = read(dynamicName);
        C3dFile staticTrial = read(staticName);
        SubjectMeasurements stored = SubjectParameters.fromProcessing(dynamic).orElseThrow();
        SubjectMeasurements measured = new SubjectMeasurements(staticName, stored.bodyMassKg(), stored.heightMm(),
                java.util.OptionalDouble.empty(),
                LegMeasurements.of(Side.LEFT, stored.left().legLengthMm(), stored.left().kneeWidthMm(), stored.left().ankleWidthMm()),
                LegMeasurements.of(Side.RIGHT, stored.right().legLengthMm(), stored.right().kneeWidthMm(), stored.right().ankleWidthMm()));
        CgmOptions options = new CgmOptions(14, footFlat, footFlat, KneeCalibration.WAND);
        StaticCalibration fromStatic = ConventionalGaitModel.calibrate(staticTrial, measured, options);
        StaticCalibration fromProcessing = ConventionalGaitModel.fromStoredCalibration(stored, options);
        for (Side side : Side.values()) {
            double staticDeg = maxAxisAngleDeg(dynamic, side, fromStatic);
            assertTrue(staticDeg < 1e-3, dynamicName + " " + side + " with " + staticName + ": " + staticDeg + " deg");
            double processingDeg = maxAxisAngleDeg(dynamic, side, fromProcessing);
            if (processingHoldsTheStaticOffsets) {
                assertTrue(processingDeg < 1e-3, dynamicName + " " + side + " with its PROCESSING offsets: " + processingDeg + " deg");
            } else {
                assertTrue(processingDeg > 1, dynamicName + " " + side + " with its PROCESSING offsets: " + processingDeg + " deg");
            }
        }
    }

    private static C3dFile read(String name) throws IOException {
        return C3dReader.read(SharedData.resolve("OpenMA__openma-data/input/c3d/plugingait/" + name + ".c3d"));
    }

    /** Largest angle (deg) between an axis of our foot frame and the matching Nexus foot segment axis, over the trial. */
    private static double maxAxisAngleDeg(C3dFile file, Side side, StaticCalibration c) throws IOException, CgmException {
        Reconstruction r = Reconstruction.compute(new MarkerSet(file.sourceName(), C3dTrials.markers(file)), ModelParameters.of(c));
        SegmentTrajectory foot = r.foot(side);
        String p = String.valueOf(side.labelPrefix());
        PointData d = file.pointData();
        int o = file.pointIndex(p + "FOO").getAsInt();
        // our foot x, y, z axes are the Nexus segment's anterior, lateral(left), proximal points
        int[] axisPoints = {file.pointIndex(p + "FOA").getAsInt(), file.pointIndex(p + "FOL").getAsInt(),
                file.pointIndex(p + "FOP").getAsInt()};
        double max = 0;
        int checked = 0;
        for (int f = 0; f < file.frameCount(); f++) {
            if (!d.isValid(f, o) || !foot.isValid(f)) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                int a = axisPoints[k];
                double[] v = {d.x(f, a) - d.x(f, o), d.y(f, a) - d.y(f, o), d.z(f, a) - d.z(f, o)};
                double cos = V3.dot(foot.axes, 9 * f + 3 * k, v, 0) / V3.norm(v, 0);
                max = Math.max(max, Math.toDegrees(Math.acos(Math.min(1, cos))));
            }
            checked++;
        }
        assertTrue(checked > 100, file.sourceName() + ": frames with the Nexus foot segment " + checked);
        return max;
    }
}
