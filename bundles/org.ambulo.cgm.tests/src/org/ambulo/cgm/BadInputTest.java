package org.ambulo.cgm;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dTrials;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;

/** Bad input gives a CgmException naming the trial and what is wrong. */
class BadInputTest {

    private static final SubjectMeasurements SUBJECT = new SubjectMeasurements("test", 70, 1700, OptionalDouble.empty(),
            LegMeasurements.of(Side.LEFT, 920, 102, 70), LegMeasurements.of(Side.RIGHT, 920, 102, 70));

    @Test
    void missingMarkerIsNamed() throws Exception {
        Map<String, MarkerTrajectory> markers = new HashMap<>(C3dTrials.markers(PigFiles.pig("PiG_Calibration3_FF.c3d")));
        markers.remove("RTIB");
        CgmException e = assertThrows(CgmException.class,
                () -> ConventionalGaitModel.calibrate("Static.c3d", markers, SUBJECT, CgmOptions.defaults()));
        assertTrue(e.getMessage().startsWith("Static.c3d") && e.getMessage().contains("RTIB"), e.getMessage());
    }

    @Test
    void missingMeasurementIsNamed() {
        SubjectMeasurements noKnee = new SubjectMeasurements("subject.vsk", 70, 1700, OptionalDouble.empty(),
                LegMeasurements.of(Side.LEFT, 920, 0, 70), LegMeasurements.of(Side.RIGHT, 920, 102, 70));
        CgmException e = assertThrows(CgmException.class,
                () -> ConventionalGaitModel.calibrate(PigFiles.pig("PiG_Calibration3_FF.c3d"), noKnee, CgmOptions.defaults()));
        assertTrue(e.getMessage().contains("LKneeWidth"), e.getMessage());
    }

    @Test
    void kadRequestedWithoutKadMarkers() {
        CgmException e = assertThrows(CgmException.class,
                () -> ConventionalGaitModel.calibrate(PigFiles.pig("PiG_Calibration3_FF.c3d"), SUBJECT,
                        CgmOptions.defaults().withKneeCalibration(KneeCalibration.KAD)));
        assertTrue(e.getMessage().contains("LKAX"), e.getMessage());
    }

    @Test
    void noStoredCalibration() {
        CgmException e = assertThrows(CgmException.class,
                () -> ConventionalGaitModel.fromStoredCalibration(SUBJECT, CgmOptions.defaults()));
        assertTrue(e.getMessage().contains("InterAsisDistance") && e.getMessage().contains("LStaticPlantFlex"), e.getMessage());
    }

    @Test
    void emptyTrial() {
        CgmException e = assertThrows(CgmException.class, () -> ConventionalGaitModel.kinematics("Walk.c3d", Map.of(),
                ConventionalGaitModel.calibrate(PigFiles.pig("PiG_Calibration3_FF.c3d"), SUBJECT, CgmOptions.defaults())));
        assertTrue(e.getMessage().startsWith("Walk.c3d"), e.getMessage());
    }

    /** A marker missing in some frames gives NaN there, not a failed trial (PiG_Motion-FlatFoot-Hole has gaps). */
    @Test
    void gapsGiveNaNFramesNotFailure() throws Exception {
        var dynamic = PigFiles.pig("PiG_Motion-FlatFoot-Hole.c3d");
        Map<String, MarkerTrajectory> markers = new HashMap<>(C3dTrials.markers(dynamic));
        MarkerTrajectory toe = markers.get("LTOE");
        double[] x = toe.xMm().clone();
        x[5] = Double.NaN;
        markers.put("LTOE", new MarkerTrajectory("LTOE", x, toe.yMm(), toe.zMm()));
        StaticCalibration c = ConventionalGaitModel.fromStoredCalibration(SubjectParameters.fromProcessing(dynamic).orElseThrow(),
                CgmOptions.defaults());
        CgmResult r = ConventionalGaitModel.kinematics("Hole.c3d", markers, c);
        assertTrue(Double.isNaN(r.signal("LAnkleAngles").orElseThrow().x()[5]));
        assertTrue(Double.isFinite(r.signal("LKneeAngles").orElseThrow().x()[5]));
        assertTrue(Double.isFinite(r.signal("LAnkleAngles").orElseThrow().x()[6]));
    }
}
