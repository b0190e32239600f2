package org.ambulo.cgm;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.ambulo.model.Side;

/** Subject measurements and options of an OpenMA Plug-in Gait test entry (openma_plugingait_tests.json). */
final class OpenMaReference {

    /** Tests without "files" use this frame (the JSON notes: identical to the in-code frame). */
    static final String ONE_FRAME_STATIC = "PiG_Calibration-FlatFoot-One.c3d";

    private OpenMaReference() {
    }

    @SuppressWarnings("unchecked")
    static List<String> files(Map<String, Object> test) {
        Object f = test.get("files");
        if (f == null) {
            return List.of(PigFiles.PIG + ONE_FRAME_STATIC);
        }
        return ((List<String>) f).stream().map(p -> "OpenMA__openma-data/input/" + p).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parameters(Map<String, Object> test) {
        return (Map<String, Object>) test.get("subject_parameters");
    }

    /**
     * The measurements of the entry. A single-side entry gives knee and ankle widths for that side only; the other
     * side then gets the same widths (they do not enter that side's expected values).
     */
    static SubjectMeasurements subject(Map<String, Object> test) {
        Map<String, Object> p = parameters(test);
        double leftLeg = number(p, "leftLegLength", number(p, "rightLegLength", 0));
        double rightLeg = number(p, "rightLegLength", leftLeg);
        double lk = number(p, "leftKneeWidth", number(p, "rightKneeWidth", 0));
        double la = number(p, "leftAnkleWidth", number(p, "rightAnkleWidth", 0));
        double rk = number(p, "rightKneeWidth", lk);
        double ra = number(p, "rightAnkleWidth", la);
        OptionalDouble interAsis = p.containsKey("interAsisDistance")
                ? OptionalDouble.of(number(p, "interAsisDistance", 0))
                : OptionalDouble.empty();
        return new SubjectMeasurements("openma_plugingait_tests.json", number(p, "mass", 0), number(p, "height", 0), interAsis,
                LegMeasurements.of(Side.LEFT, leftLeg, lk, la), LegMeasurements.of(Side.RIGHT, rightLeg, rk, ra));
    }

    static CgmOptions options(Map<String, Object> test, KneeCalibration knee) {
        Map<String, Object> p = parameters(test);
        return new CgmOptions(number(p, "markerDiameter", CgmOptions.DEFAULT_MARKER_DIAMETER_MM),
                Boolean.TRUE.equals(p.get("leftFootFlatEnabled")),
                Boolean.TRUE.equals(p.get("rightFootFlatEnabled")), knee);
    }

    static double number(Map<String, Object> p, String key, double fallback) {
        Object v = p.get(key);
        return v instanceof Double d ? d : fallback;
    }
}
