package org.ambulo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MethodJsonTest {

    static Method sample() {
        FakeProcessors.Smooth smooth = new FakeProcessors.Smooth();
        return new Method("org.example.lab", "3", "lab method \"A\"", List.of(Method.Step.of(FakeProcessors.CALIBRATE)),
                List.of(FakeProcessors.CALIBRATION.name()),
                List.of(Method.Step.of(smooth, new FakeProcessors.SmoothSettings(7, 1.0)), Method.Step.of(FakeProcessors.PATH_LENGTH)));
    }

    @Test
    void aMethodSurvivesARoundTripAndWritesOnlyChangedSettings() throws Exception {
        String text = MethodJson.write(sample());
        assertEquals(sample(), MethodJson.read(text, "lab.json"));
        assertEquals(text, MethodJson.write(MethodJson.read(text, "lab.json")), "same method, same bytes");
        assertTrue(text.contains("\"settings\": {\n        \"windowFrames\": 7\n      }"), text);
        assertTrue(!text.contains("scale"), "a default setting is not written: " + text);
        assertTrue(text.startsWith("{\n  \"format\": \"ambulo-method\",\n  \"formatVersion\": 1,"), text);
    }

    @Test
    void aMethodWithoutStaticSectionHasNone() throws Exception {
        Method plain = new Method("m", "1", "", List.of(Method.Step.of("a.b")));
        String text = MethodJson.write(plain);
        assertTrue(!text.contains("static"), text);
        assertEquals(plain, MethodJson.read(text, "plain.json"));
    }

    private static String error(String text) {
        return assertThrows(MethodException.class, () -> MethodJson.read(text, "bad.json")).getMessage();
    }

    @Test
    void structuralErrorsAreNamed() {
        String head = "{\"format\": \"ambulo-method\", \"formatVersion\": 1, \"id\": \"m\", \"version\": \"1\", ";
        assertEquals("method bad.json: \"format\" is \"ambulo-report\", expected \"ambulo-method\"",
                error("{\"format\": \"ambulo-report\", \"formatVersion\": 1, \"id\": \"m\", \"version\": \"1\", \"steps\": []}"));
        assertEquals(
                "method bad.json: formatVersion 2 is not supported; this Ambulo reads formatVersion 1 (a newer Ambulo wrote the file?)",
                error("{\"format\": \"ambulo-method\", \"formatVersion\": 2, \"id\": \"m\", \"version\": \"1\", \"steps\": []}"));
        assertEquals("method bad.json: the document lacks \"steps\"", error(head + "\"description\": \"\"}"));
        assertEquals("method bad.json: the document: \"version\" must be a string, found 1",
                error("{\"format\": \"ambulo-method\", \"formatVersion\": 1, \"id\": \"m\", \"version\": 1, \"steps\": []}"));
        assertEquals(
                "method bad.json: the document has unknown member \"step\"; allowed: [description, format, formatVersion, id, static, steps, version]",
                error(head + "\"step\": []}"));
        assertEquals("method bad.json: \"steps\" entry 2 lacks \"processor\"", error(head + "\"steps\": [{\"processor\": \"a\"}, {}]}"));
        assertEquals("method bad.json: \"steps\" entry 1 (a): \"settings\" must be an object, found [1]",
                error(head + "\"steps\": [{\"processor\": \"a\", \"settings\": [1]}]}"));
        assertEquals("method bad.json: \"static\".\"carry\" must hold result names, found 3",
                error(head + "\"static\": {\"steps\": [], \"carry\": [3]}, \"steps\": []}"));
        assertTrue(error(head + "\"steps\": [}").startsWith("method bad.json: not valid JSON: line 1, column "));
    }

    @Test
    void theDefaultMethodListsTheFullChainInOrderWithDefaultSettings() {
        Method full = DefaultMethods.full();
        assertEquals(DefaultMethods.FULL_ID, full.id());
        assertEquals(List.of("org.ambulo.signal.markers.gapfill", "org.ambulo.signal.markers.lowpass", "org.ambulo.forceplate.reactions",
                "org.ambulo.forceplate.contacts", "org.ambulo.events.combined", "org.ambulo.cgm.kinematics", "org.ambulo.cgm.kinetics",
                "org.ambulo.cycles.segment", "org.ambulo.cycles.spatiotemporal", "org.ambulo.emg.process", "org.ambulo.emg.activation",
                "org.ambulo.norms.gps"), full.steps().stream().map(Method.Step::processorId).toList());
        assertEquals(List.of("org.ambulo.signal.markers.gapfill", "org.ambulo.signal.markers.lowpass", "org.ambulo.cgm.calibration"),
                full.staticSteps().stream().map(Method.Step::processorId).toList());
        assertEquals(List.of("org.ambulo.cgm.calibration"), full.carriedResults());
        assertTrue(full.steps().stream().allMatch(step -> step.settings().members().isEmpty()), "defaults are omitted");
    }
}
