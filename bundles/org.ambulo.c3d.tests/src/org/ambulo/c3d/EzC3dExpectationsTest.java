package org.ambulo.c3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ambulo.testdata.ReferenceJson;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Header, parameter and force-platform-parameter expectations that ezc3d asserts in its own tests
 * (_extracted_reference/ezc3d_expected_values.json). ezc3d frame numbers are zero-based and ezc3d
 * reports the frames it actually read (Optotrak.c3d declares 1149 but holds 29).
 */
class EzC3dExpectationsTest {

    private static final String DIR = "pyomeca__ezc3d-testFiles/";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reference() throws IOException {
        return (Map<String, Object>) ReferenceJson
                .parse(Files.readString(SharedData.resolve("_extracted_reference/ezc3d_expected_values.json")));
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> headerAndParameterExpectations() throws IOException {
        Map<String, Object> tests = (Map<String, Object>) reference().get("header_tests");
        assertTrue(tests.size() >= 4);
        List<DynamicTest> out = new ArrayList<>();
        for (Map.Entry<String, Object> t : tests.entrySet()) {
            Map<String, Object> e = (Map<String, Object>) t.getValue();
            out.add(dynamicTest(t.getKey() + " " + e.get("file"), () -> {
                C3dFile f = SharedC3dFiles.read(DIR + e.get("file"));
                C3dHeader h = f.header().orElseThrow();
                int checked = 0;
                for (Map.Entry<String, Object> kv : e.entrySet()) {
                    if (!(kv.getValue() instanceof Double expected)) {
                        continue;
                    }
                    Double actual = switch (kv.getKey()) {
                        case "header.nb3dPoints" -> (double) h.pointCount();
                        case "header.nbMaxInterpGap" -> (double) h.maxInterpolationGap();
                        case "header.scaleFactor" -> (double) h.pointScale();
                        case "header.frameRate" -> (double) h.pointRateHz();
                        case "header.nbAnalogsMeasurement" -> (double) h.analogSamplesPerFrame();
                        case "header.nbAnalogByFrame" -> (double) h.analogSamplesPerChannel();
                        case "header.nbAnalogs" -> (double) f.analogCount();
                        case "header.nbEvents" -> (double) h.events().size();
                        case "header.firstFrame" -> (double) (f.firstFrame() - 1);
                        case "header.lastFrame" -> (double) (f.firstFrame() - 1 + f.frameCount() - 1);
                        case "header.nbFrames", "POINT:FRAMES" -> (double) f.frameCount();
                        case "POINT:USED" -> (double) f.pointCount();
                        case "ANALOG:USED" -> (double) f.analogCount();
                        case "FORCE_PLATFORM:USED" -> (double) f.forcePlatforms().size();
                        case "POINT:RATE" -> f.pointRateHz();
                        case "ANALOG:RATE" -> f.analogRateHz();
                        case "checksum_sumValues" -> e.get("file").equals("Vicon.c3d") ? validCoordinateSum(f) : null;
                        default -> throw new AssertionError("unmapped expectation " + kv.getKey());
                    };
                    if (actual == null) {
                        continue; // rotation matrices (C3D 2020 ROTATION block) are not decoded by this library
                    }
                    assertEquals(expected, actual, Math.abs(expected) * 1e-7 + 1e-9, kv.getKey());
                    checked++;
                }
                assertTrue(checked >= 7, "checked " + checked);
            }));
        }
        return out.stream();
    }

    /** Sum of x+y+z over all valid points and frames, in double precision as ezc3d sums them. */
    private static double validCoordinateSum(C3dFile f) {
        PointData d = f.pointData();
        double sum = 0;
        for (int frame = 0; frame < d.frameCount(); frame++) {
            for (int p = 0; p < d.pointCount(); p++) {
                if (d.isValid(frame, p)) {
                    sum += (double) d.x(frame, p) + d.y(frame, p) + d.z(frame, p);
                }
            }
        }
        return sum;
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> viconPointSamples() throws IOException {
        Map<String, Object> checks = (Map<String, Object>) ((Map<String, Object>) reference().get("extra_point_checks")).get("Vicon.c3d");
        return Stream.of(dynamicTest("Vicon.c3d first and last samples", () -> {
            C3dFile f = SharedC3dFiles.read(DIR + "Vicon.c3d");
            assertEquals(((Double) checks.get("frame0_point0_x")).floatValue(), f.pointData().x(0, 0));
            assertEquals(((Double) checks.get("lastframe_point50_z")).floatValue(), f.pointData().z(f.frameCount() - 1, 50));
        }));
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> forcePlatformParameters() throws IOException {
        Map<String, Object> tests = (Map<String, Object>) reference().get("force_platform_tests");
        List<DynamicTest> out = new ArrayList<>();
        for (Map.Entry<String, Object> t : tests.entrySet()) {
            Map<String, Object> e = (Map<String, Object>) t.getValue();
            String rel = DIR + e.get("file");
            if (!Files.exists(SharedData.root().resolve(rel))) {
                continue; // Cortex.c3d is not in the snapshot (documented in the JSON)
            }
            out.add(dynamicTest(t.getKey(), () -> {
                List<ForcePlatform> plates = SharedC3dFiles.read(rel).forcePlatforms();
                assertEquals(((Double) e.get("n_platforms")).intValue(), plates.size(), "plates");
                if (e.get("type") instanceof Double type) {
                    assertEquals(type.intValue(), plates.get(((Double) e.get("values_platform_index")).intValue()).type());
                }
                if (e.get("corners") instanceof List<?> corners) {
                    ForcePlatform p = plates.get(((Double) e.get("corners_platform_index")).intValue());
                    float[] actual = p.corners();
                    int k = 0;
                    for (Object corner : corners) {
                        for (Object v : (List<Object>) corner) {
                            assertEquals(((Double) v).floatValue(), actual[k++], 1e-4f, "corner value " + k);
                        }
                    }
                    // ForcePlatform keeps ORIGIN as stored; ezc3d negates the whole vector when z is positive
                    // (Qualisys writes +36.3 mm), which is processing and comes later in Ambulo.
                    List<Object> origin = (List<Object>) e.get("origin");
                    float sign = p.origin()[2] > 0 ? -1f : 1f;
                    for (int i = 0; i < 3; i++) {
                        assertEquals(((Double) origin.get(i)).floatValue(), sign * p.origin()[i], 1e-4f, "origin " + i);
                    }
                }
            }));
        }
        return out.stream();
    }
}
