package org.ambulo.cgm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ambulo.c3d.C3dFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Static calibration against the expected values and tolerances of OpenMA's Plug-in Gait tests
 * ({@code _extracted_reference/openma_plugingait_tests.json}), which come from the Nexus outputs of those files.
 * Upper-body quantities (head offset) are outside the lower-body model and not checked; upper-body-only entries are
 * skipped.
 */
class StaticCalibrationTest {

    /**
     * Expected values that cannot be met, with the reason. PiG_Calibration3_noFF.c3d holds exactly the same markers as
     * PiG_Calibration3_FF.c3d, yet its expected inter-ASIS distance (245.236) differs from the FF one (245.244, which
     * we meet within 2e-4 mm): Nexus 1.4 stored a value that the markers of this file do not give (mean LASI-RASI over
     * all frames: 245.2442; distance of the mean positions: 245.2442). We get 245.2442, 0.0082 mm off, tolerance 0.005.
     */
    static final Map<String, String> UNREACHABLE = Map.of("calibration:calibrate3BothLowerBodynoFF/interAsisDistance",
            "same markers as Calibration3_FF, different stored value (Nexus 1.4)");

    static Stream<Arguments> expectations() {
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : OpenMaReferenceJson.openMaPluginGaitTests().entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> test = (Map<String, Object>) e.getValue();
            if (!"calibration".equals(test.get("kind")) || "Upper".equals(test.get("region"))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> expected = (List<Map<String, Object>>) test.get("expected_calibration");
            for (Map<String, Object> x : expected) {
                String quantity = (String) x.get("quantity");
                if (quantity.equals("headOffset")) {
                    continue; // upper body
                }
                out.add(Arguments.of(e.getKey(), quantity, x.get("expected"), x.get("tolerance"), test));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("expectations")
    void matchesNexus(String test, String quantity, double expected, double tolerance, Map<String, Object> entry) throws CgmException {
        C3dFile file = PigFiles.read(OpenMaReference.files(entry).get(0));
        StaticCalibration c = ConventionalGaitModel.calibrate(file, OpenMaReference.subject(entry),
                OpenMaReference.options(entry, KneeCalibration.WAND));
        double actual = switch (quantity) {
            case "interAsisDistance" -> c.interAsisDistanceMm();
            case "leftAsisTrochanterAPDistance" -> c.left().asisTrochanterDistanceMm();
            case "rightAsisTrochanterAPDistance" -> c.right().asisTrochanterDistanceMm();
            case "leftStaticPlantarFlexionOffset" -> c.left().staticPlantarFlexionRad();
            case "rightStaticPlantarFlexionOffset" -> c.right().staticPlantarFlexionRad();
            case "leftStaticRotationOffset" -> c.left().staticRotationOffsetRad();
            case "rightStaticRotationOffset" -> c.right().staticRotationOffsetRad();
            default -> throw new AssertionError("unknown quantity " + quantity);
        };
        String reason = UNREACHABLE.get(test + "/" + quantity);
        if (reason != null) {
            assertFalse(Math.abs(actual - expected) <= tolerance,
                    "listed as unreachable (" + reason + ") but now met: remove it from the list");
            assertEquals(expected, actual, 0.01, "unreachable within " + tolerance + " (" + reason + "), but must stay within 0.01");
            return;
        }
        assertEquals(expected, actual, tolerance, test + " " + quantity);
    }

    /** Foot flat changes the plantar flexion offset on the same markers, as Nexus did (Calibration3 FF vs noFF). */
    @Test
    void footFlatOptionMatchesBothNexusStatics() throws CgmException {
        SubjectMeasurements subject = SubjectParameters.fromProcessing(PigFiles.pig("PiG_Motion3_FF.c3d")).orElseThrow();
        subject = new SubjectMeasurements(subject.source(), subject.bodyMassKg(), subject.heightMm(), java.util.OptionalDouble.empty(),
                LegMeasurements.of(subject.left().side(), 920, 102, 70), LegMeasurements.of(subject.right().side(), 920, 102, 70));
        CgmOptions off = new CgmOptions(14, false, false, KneeCalibration.WAND);
        StaticCalibration flat = ConventionalGaitModel.calibrate(PigFiles.pig("PiG_Calibration3_FF.c3d"), subject,
                off.withFootFlat(true, true));
        StaticCalibration notFlat = ConventionalGaitModel.calibrate(PigFiles.pig("PiG_Calibration3_noFF.c3d"), subject, off);
        // stored by Nexus in the statics' PROCESSING groups, radians; tolerance as OpenMA's (1e-4 rad)
        assertEquals(0.15719, flat.left().staticPlantarFlexionRad(), 1e-4);
        assertEquals(0.146773, notFlat.left().staticPlantarFlexionRad(), 1e-4);
        assertTrue(Math.abs(flat.left().staticPlantarFlexionRad() - notFlat.left().staticPlantarFlexionRad()) > 0.005);
    }
}
