package org.ambulo.forceplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.ambulo.c3d.C3dFile;
import org.ambulo.testdata.ReferenceJson;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Force-plate outputs at analog sample 0 of plate 1 against ezc3d's own test expectations
 * (_extracted_reference/ezc3d_expected_values.json, types 1, 2, 3). Conventions converted here, not in the code:
 * <ul>
 * <li>ezc3d forces are the plate outputs rotated into the lab: the reaction on the subject, as ours;</li>
 * <li>ezc3d works in POINT:UNITS (FP_Type1.c3d: m and N·m), we in mm and N·mm;</li>
 * <li>ezc3d's Tz is a lab vector; our free moment is its component along the plate's upward normal;</li>
 * <li>ezc3d type-2/3 moments are the plate moments about the surface centre; its type-1 moment is F × r − Tz, the
 * negative of that (opposite cross-product order);</li>
 * <li>with the Kistler COP polynomial (FP_Type3.c3d) ezc3d keeps the uncorrected moment, whose in-plane residual ends
 * up in its Tz vector; ours is the moment of the corrected reaction, (COP - centre) × F + free moment × up.</li>
 * </ul>
 * The samples are nearly unloaded (|F| &lt; 5 N) for types 1 and 2, so the COP threshold is set to 0 N here.
 * Tolerance: 1e-6 relative (+1e-6 absolute) — same arithmetic in double precision on the same float inputs.
 */
class EzC3dForcePlateTest {

    private static final ForcePlateSettings NO_THRESHOLD = new ForcePlateSettings(0.0, true);

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{0}")
    @CsvSource({"'ForcePlatForm, Type1', 1", "'ForcePlatForm, Type2', 2", "'ForcePlatForm, Type3', 3"})
    void matchesEzc3dAtSampleZero(String testName, int type) throws IOException {
        Map<String, Object> all = (Map<String, Object>) ReferenceJson
                .parse(Files.readString(SharedData.resolve("_extracted_reference/ezc3d_expected_values.json")));
        Map<String, Object> e = (Map<String, Object>) ((Map<String, Object>) all.get("force_platform_tests")).get(testName);
        C3dFile file = TestFiles.read(TestFiles.EZC3D + e.get("file"));
        PlateReaction plate = ForcePlates.computePlate(file, ((Double) e.get("values_platform_index")).intValue() + 1, NO_THRESHOLD);
        assertEquals(type, plate.plateType());
        Map<String, Object> units = (Map<String, Object>) e.get("units_platform0");
        double lengthMm = "m".equals(units.get("positionUnit")) ? 1000 : 1;
        double momentNmm = "Nm".equals(units.get("momentUnit")) ? 1000 : 1;

        double[] force = vector(e, "forces_sample0", 1);
        double[] cop = vector(e, "cop_sample0", lengthMm);
        double[] tz = vector(e, "Tz_sample0", momentNmm);
        double[] moment = vector(e, "moments_sample0", momentNmm);
        int s = 0;
        close(force[0], plate.forceXN()[s], "Fx");
        close(force[1], plate.forceYN()[s], "Fy");
        close(force[2], plate.forceZN()[s], "Fz");
        close(cop[0], plate.copXMm()[s], "COPx");
        close(cop[1], plate.copYMm()[s], "COPy");
        close(cop[2], plate.copZMm()[s], "COPz");
        double[] up = plate.upwardNormal();
        double free = dot(tz, up);
        close(free, plate.freeMomentNmm()[s], "free moment");

        double[] c = plate.centreMm();
        double[] expected = switch (type) {
            case 1 -> new double[]{-moment[0], -moment[1], -moment[2]};
            case 2 -> moment;
            default -> {
                double[] r = {cop[0] - c[0], cop[1] - c[1], cop[2] - c[2]};
                double[] rxf = {r[1] * force[2] - r[2] * force[1], r[2] * force[0] - r[0] * force[2], r[0] * force[1] - r[1] * force[0]};
                yield new double[]{rxf[0] + free * up[0], rxf[1] + free * up[1], rxf[2] + free * up[2]};
            }
        };
        double[] actual = plate.momentNmmAbout(s, c[0], c[1], c[2]);
        for (int k = 0; k < 3; k++) {
            close(expected[k], actual[k], "moment about the plate centre, axis " + k);
        }
    }

    @SuppressWarnings("unchecked")
    private static double[] vector(Map<String, Object> e, String key, double scale) {
        List<Object> v = (List<Object>) e.get(key);
        return new double[]{(Double) v.get(0) * scale, (Double) v.get(1) * scale, (Double) v.get(2) * scale};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-6 * Math.abs(expected) + 1e-6, what);
    }
}
