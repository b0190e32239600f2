package org.ambulo.cgm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.model.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * KAD and KAD-medial static calibration against the values Nexus 2.3 stored in the PROCESSING groups of OpenMA's
 * PiGKad*_Calibration files (thigh/shank rotation, tibial torsion, ankle ab/adduction, static foot offsets). The
 * subject measurements come from the same group, with the calibrated values removed so they must be recomputed.
 * Tolerances: 1e-5 rad for the offsets (we reach 4e-6), 1e-3 mm for the inter-ASIS distance.
 */
class KadCalibrationTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PiGKad_Calibration.c3d, KAD, false", "PiGKad_Calibration_FootFlat.c3d, KAD, true",
            "PiGKadMed_Calibration.c3d, KAD_MEDIAL, false"})
    void matchesNexusStoredCalibration(String file, KneeCalibration knee, boolean footFlat) throws Exception {
        C3dFile c3d = PigFiles.pig(file);
        Map<String, Double> stored = SubjectParameters.processingValues(c3d);
        SubjectMeasurements subject = new SubjectMeasurements(file, stored.get("Bodymass"), stored.get("Height"), OptionalDouble.empty(),
                measured(stored, Side.LEFT), measured(stored, Side.RIGHT));
        assertEquals(knee, ConventionalGaitModel.detectKneeCalibration(org.ambulo.c3d.C3dTrials.markers(c3d)),
                "detected from KAX/MED markers");
        StaticCalibration c = ConventionalGaitModel.calibrate(c3d, subject, new CgmOptions(14, footFlat, footFlat, knee));
        Map<String, Double> ours = c.nexusParameters();
        assertEquals(stored.get("InterAsisDistance"), ours.get("InterAsisDistance"), 1e-3, "InterAsisDistance");
        for (String side : new String[]{"L", "R"}) {
            for (String name : new String[]{"ThighRotation", "ShankRotation", "TibialTorsion", "AnkleAbAdd", "StaticPlantFlex",
                    "StaticRotOff"}) {
                assertEquals(stored.get(side + name), ours.get(side + name), 1e-5, file + " " + side + name);
            }
        }
    }

    private static LegMeasurements measured(Map<String, Double> v, Side side) {
        String p = String.valueOf(side.labelPrefix());
        return LegMeasurements.of(side, v.get(p + "LegLength"), v.get(p + "KneeWidth"), v.get(p + "AnkleWidth"));
    }
}
