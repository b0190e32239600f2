package org.ambulo.c3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.ambulo.testdata.ReferenceJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The `ambulo inspect` output: valid JSON for every readable file, and the facts a user looks for. */
class InspectionTest {

    @TestFactory
    Stream<DynamicTest> jsonIsValidAndMatchesTheModelForEveryFile() {
        return SharedC3dFiles.all().stream().filter(rel -> !RealFilesTest.EXPECTED_REJECTIONS.containsKey(rel))
                .map(rel -> dynamicTest(rel, () -> {
                    C3dFile f = SharedC3dFiles.read(rel);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> json = (Map<String, Object>) ReferenceJson.parse(C3dInspection.json(f));
                    assertEquals(f.sourceName(), json.get("file"));
                    assertEquals((double) f.frameCount(), json.get("frames"));
                    assertEquals((double) f.markers().size(), json.get("markerCount"));
                    assertEquals((double) f.analogCount(), ((List<?>) json.get("analogs")).size());
                    assertEquals(f.events().size(), ((List<?>) json.get("events")).size());
                    assertEquals(f.quirks().size(), ((List<?>) json.get("quirks")).size());
                    assertEquals(f.forcePlatforms().size(), ((List<?>) json.get("forcePlates")).size());
                    String text = C3dInspection.text(f);
                    assertTrue(text.contains("Quirks: " + f.quirks().size()) && text.contains(f.processor().displayName()), text);
                }));
    }

    @Test
    void nexusWalkShowsEventsPlatesSubjectAndModelOutputs() throws IOException {
        C3dFile f = SharedC3dFiles.read("OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d");
        String text = C3dInspection.text(f);
        assertTrue(text.contains("PROCESSING:Bodymass = 47.5"), text);
        assertTrue(text.contains("Force plates: 2"), text);
        assertTrue(text.contains("Events: 12"), text);
        assertTrue(text.contains("angles") && text.contains("[deg]"), text);
        assertTrue(text.contains("KINETIC_UNITS_NOT_NORMALISED"), text);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) ReferenceJson.parse(C3dInspection.json(f));
        assertEquals(47.5, ((Map<?, ?>) json.get("subjectParameters")).get("PROCESSING:Bodymass"));
        assertEquals("INTEL", json.get("processor"));
        assertEquals(100.0, json.get("pointRateHz"));
        assertEquals(1000.0, json.get("analogRateHz"));
    }

    @Test
    void jsonEscapesQuotesBackslashesAndControlCharacters() {
        C3dFile f = C3dFile.builder("we\"ird\\name\n\u0001.c3d").frames(1, 1, 50)
                .points(List.of(C3dPoint.marker("Ä \"x\"\t", "mm")), new float[4], 1f).build();
        String json = C3dInspection.json(f);
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) ReferenceJson.parse(json);
        assertEquals("we\"ird\\name\n\u0001.c3d", parsed.get("file"));
        assertEquals("Ä \"x\"\t", ((Map<?, ?>) ((List<?>) parsed.get("markers")).get(0)).get("label"));
    }
}
