package org.ambulo.c3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ambulo.testdata.ReferenceJson;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every C3D file in shared/data is read, or rejected with C3dFormatException where it is truly
 * broken; counts, rates and labels are compared with the independent inventory, and every
 * disagreement is listed below with its explanation.
 */
class RealFilesTest {

    /** Files the reader must reject, and why. */
    static final Map<String, String> EXPECTED_REJECTIONS = Map.of(
            "OpenMA__openma-data/input/c3d/other/Empty.c3d", "0 bytes: no header, nothing to read");

    private static final String S = SharedC3dFiles.SAMPLES;
    private static final String HEADER_EVENTS_ONLY = "the file has header events but no EVENT group; the inventory counts only the EVENT group, "
            + "this reader falls back to the header events";

    /**
     * Known disagreements with c3d_inventory.json: file -> (field -> why). A disagreement not listed
     * here fails the test, and so does a listed one that no longer occurs.
     */
    static final Map<String, Map<String, String>> INVENTORY_DISAGREEMENTS = Map.ofEntries(
            Map.entry(S + "sample_01/Eb015pi.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_01/Eb015pr.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_01/Eb015si.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_01/Eb015sr.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_01/Eb015vi.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_01/Eb015vr.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_02/dec_int.c3d", Map.of("events", HEADER_EVENTS_ONLY + " (this variant's header holds 8, without EOF)")),
            Map.entry(S + "sample_02/dec_real.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_02/pc_int.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_02/pc_real.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_02/sgi_int.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_02/sgi_real.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_08/TESTAPI.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_08/TESTBPI.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_08/TESTCPI.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_08/TESTDPI.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_15/FP1.C3D", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_30/emgwl.c3d", Map.of("events", HEADER_EVENTS_ONLY)),
            Map.entry(S + "sample_22/BKINtechnologies.c3d",
                    Map.of("events", "the events are in a group named EVENTS (quirk EVENT_GROUP_NAME); "
                            + "the inventory looks only at EVENT")),
            Map.entry(S + "sample_10/TYPE-2.C3D",
                    Map.of("groups", "9 parameters belong to group id 7, which is never defined; they are kept in "
                            + "group ORPHAN_7 (quirk ORPHAN_PARAMETERS), the inventory drops them")),
            Map.entry(S + "sample_10/TYPE-4.C3D", Map.of("groups", "as TYPE-2.C3D: orphan parameters kept in ORPHAN_7")),
            Map.entry(S + "sample_11/evart.c3d",
                    Map.of("analog_rate", "ANALOG:RATE 1000 is not a multiple of POINT:RATE 60; the data holds 17 samples "
                            + "per frame (header word 10), so the effective rate is 1020 Hz (quirk ANALOG_RATE_NOT_MULTIPLE)")),
            Map.entry(S + "sample_13/Dance.c3d",
                    Map.of("frames", "POINT:FRAMES says 500 but the data section and the header hold 499 frames "
                            + "(quirk FRAMES_EXCEED_DATA)")),
            Map.entry(S + "sample_13/Dance1.c3d", Map.of("frames", "POINT:FRAMES says 499 but the header (2..499) and the data section "
                    + "hold 498 frames (quirk FRAMES_EXCEED_DATA)")),
            Map.entry(S + "sample_18/bad_parameter_section.c3d",
                    Map.of("events", "the parameter section runs into the data section (data block 12); "
                            + "EVENT:LABELS and TIMES lie in the first data frame, so no event is trustworthy (quirk PARAMETER_RECORD_TRUNCATED)",
                            "groups", "the inventory reads a garbage 'group' from the first data frame")),
            Map.entry(S + "sample_27/kyowadengyo.c3d",
                    Map.of("points", "POINT:USED says 12 but only the header's 11 points fit the data section "
                            + "(152 frames); quirk COUNTS_FROM_HEADER")),
            Map.entry("pyomeca__ezc3d-testFiles/Optotrak.c3d",
                    Map.of("frames", "header and POINT:FRAMES say 1149 frames, the file holds 29 "
                            + "(truncated; ezc3d also reports 29); quirk DATA_TRUNCATED")));

    @TestFactory
    Stream<DynamicTest> everyFileIsReadOrRejectedWithReason() {
        List<String> files = SharedC3dFiles.all();
        assertTrue(files.size() >= 100, "expected the shared C3D collection, found " + files.size());
        return files.stream().map(rel -> dynamicTest(rel, () -> {
            String reason = EXPECTED_REJECTIONS.get(rel);
            if (reason != null) {
                C3dFormatException e = assertThrows(C3dFormatException.class, () -> SharedC3dFiles.read(rel), reason);
                String name = SharedC3dFiles.path(rel).getFileName().toString();
                assertEquals(name, e.fileName());
                assertTrue(e.getMessage().contains(name) && e.getMessage().contains("byte " + e.byteOffset()), e.getMessage());
                return;
            }
            C3dFile f = SharedC3dFiles.read(rel);
            assertEquals(f.pointCount(), f.points().size());
            assertEquals((long) f.frameCount() * f.pointCount() * 4, f.pointData().samples().length);
            assertEquals((long) f.frameCount() * f.analogSamplesPerFrame() * f.analogCount(), f.analogData().raw().length);
            long dataBytes = (long) f.frameCount() * (f.pointCount() * 4L + (long) f.analogCount() * f.analogSamplesPerFrame())
                    * f.storage().bytesPerWord();
            assertTrue(dataBytes <= Files.size(SharedC3dFiles.path(rel)), "decoded more data than the file holds");
            if (f.frameCount() > 0) {
                assertTrue(f.pointRateHz() > 0, "point rate");
            }
            for (Quirk q : f.quirks()) {
                assertFalse(q.problem().isBlank() || q.action().isBlank() || q.vendor().isBlank(), q.toString());
            }
        }));
    }

    @Test
    void expectedRejectionsExist() {
        for (String rel : EXPECTED_REJECTIONS.keySet()) {
            assertTrue(Files.exists(SharedData.root().resolve(rel)), rel);
        }
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> inventoryAgreesExceptDocumentedCases() throws IOException {
        Map<String, Object> inventory = (Map<String, Object>) ReferenceJson
                .parse(Files.readString(SharedData.resolve("_extracted_reference/c3d_inventory.json")));
        List<DynamicTest> tests = new ArrayList<>();
        for (String rel : SharedC3dFiles.all()) {
            if (EXPECTED_REJECTIONS.containsKey(rel)) {
                continue;
            }
            Map<String, Object> expected = (Map<String, Object>) inventory.get(rel);
            tests.add(dynamicTest(rel, () -> {
                assertTrue(expected != null, "file missing from the inventory");
                C3dFile f = SharedC3dFiles.read(rel);
                TreeSet<String> differing = new TreeSet<>();
                List<String> details = new ArrayList<>();
                compare(differing, details, "processor",
                        Map.of("Intel", "INTEL", "DEC", "DEC", "MIPS/SGI", "MIPS").get(expected.get("processor")),
                        f.processor().name());
                compare(differing, details, "storage", "int16".equals(expected.get("storage")) ? "INTEGER" : "FLOAT", f.storage().name());
                compare(differing, details, "points", num(expected.get("points")), (double) f.pointCount());
                compare(differing, details, "first_frame", num(expected.get("first_frame")), (double) f.firstFrame());
                Object frames = expected.get("POINT:FRAMES") != null ? expected.get("POINT:FRAMES") : expected.get("frames_header");
                compare(differing, details, "frames", num(frames), (double) f.frameCount());
                compare(differing, details, "analog_channels", num(expected.get("analog_channels")), (double) f.analogCount());
                if (f.analogCount() > 0) {
                    compareRate(differing, details, "analog_rate", num(expected.get("analog_rate")), f.analogRateHz());
                }
                compareRate(differing, details, "point_rate", num(expected.get("point_rate")), f.pointRateHz());
                compare(differing, details, "force_plates", expected.get("force_plates") == null ? 0.0 : num(expected.get("force_plates")),
                        (double) f.forcePlatforms().size());
                compare(differing, details, "events", num(expected.get("events")), (double) f.events().size());
                if (!f.markers().isEmpty()) {
                    Object units = expected.get("point_units");
                    String u = units instanceof List<?> l
                            ? (l.isEmpty() ? "" : String.valueOf(l.get(0)))
                            : units == null ? "" : units.toString();
                    compare(differing, details, "point_units", u, f.markers().get(0).units());
                }
                TreeSet<String> expectedGroups = new TreeSet<>();
                for (Object g : (List<Object>) expected.get("groups")) {
                    expectedGroups.add(g.toString().toUpperCase(Locale.ROOT));
                }
                TreeSet<String> actualGroups = new TreeSet<>();
                f.parameters().groups().forEach(g -> actualGroups.add(g.name().toUpperCase(Locale.ROOT)));
                compare(differing, details, "groups", expectedGroups, actualGroups);
                assertEquals(INVENTORY_DISAGREEMENTS.getOrDefault(rel, Map.of()).keySet(), differing, String.join("; ", details));
            }));
        }
        return tests.stream();
    }

    private static double num(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }

    private static void compare(TreeSet<String> differing, List<String> details, String field, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            differing.add(field);
            details.add(field + ": inventory " + expected + ", reader " + actual);
        }
    }

    private static void compareRate(TreeSet<String> differing, List<String> details, String field, double expected, double actual) {
        if (Math.abs(expected - actual) > 1e-3 * Math.max(1, Math.abs(actual))) {
            differing.add(field);
            details.add(field + ": inventory " + expected + ", reader " + actual);
        }
    }
}
