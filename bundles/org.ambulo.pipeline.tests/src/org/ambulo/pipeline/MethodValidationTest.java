package org.ambulo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class MethodValidationTest {

    private static List<String> problems(Method method) {
        return MethodValidation.validate(method, FakeProcessors.standard()).stream().map(MethodProblem::message).toList();
    }

    private static Method.Step step(String id, String settingsJson) throws Exception {
        return new Method.Step(id, (Json.JsonObject) Json.parse(settingsJson));
    }

    @Test
    void aGoodMethodHasNoProblems() {
        assertEquals(List.of(), problems(MethodJsonTest.sample()));
    }

    @Test
    void unknownProcessorIdIsNamedWithItsStep() {
        assertEquals(List.of("step 2 (org.ambulo.test.smoth): no processor with this id is installed"),
                problems(
                        new Method("m", "1", "", List.of(Method.Step.of(FakeProcessors.SMOOTH), Method.Step.of("org.ambulo.test.smoth")))));
    }

    @Test
    void settingsThatDoNotFitTheRecordAreNamedWithStepFieldAndValue() throws Exception {
        assertEquals(List.of("step 1 (org.ambulo.test.smooth): field 'windowFrames': expected a whole number, found \"5\""),
                problems(new Method("m", "1", "", List.of(step(FakeProcessors.SMOOTH, "{\"windowFrames\": \"5\"}")))));
        assertEquals(List
                .of("step 1 (org.ambulo.test.smooth): field 'window': unknown field of SmoothSettings; known fields: windowFrames, scale"),
                problems(new Method("m", "1", "", List.of(step(FakeProcessors.SMOOTH, "{\"window\": 5}")))));
        assertEquals(List.of("step 1 (org.ambulo.test.smooth): refused by SmoothSettings: windowFrames must be odd and positive, was 4"),
                problems(new Method("m", "1", "", List.of(step(FakeProcessors.SMOOTH, "{\"windowFrames\": 4}")))));
    }

    @Test
    void aRequiredInputThatNoEarlierStepProducesIsReported() {
        assertEquals(List.of("step 1 (org.ambulo.test.pathLength): needs 'org.ambulo.test.smoothed', which no earlier step produces"),
                problems(new Method("m", "1", "",
                        List.of(Method.Step.of(FakeProcessors.PATH_LENGTH), Method.Step.of(FakeProcessors.SMOOTH)))));
    }

    @Test
    void carriedResultsMustComeFromStaticSteps() {
        assertEquals(List.of("carries 'org.ambulo.test.smoothed', which no static step produces"),
                problems(
                        new Method("m", "1", "", List.of(Method.Step.of(FakeProcessors.CALIBRATE)), List.of(FakeProcessors.SMOOTHED.name()),
                                List.of(Method.Step.of(FakeProcessors.SMOOTH)))));
        assertEquals(List.of("carries 'x' from the static trial but has no static steps"),
                problems(new Method("m", "1", "", List.of(), List.of("x"), List.of(Method.Step.of(FakeProcessors.SMOOTH)))));
        assertEquals(List.of("has no steps"), problems(new Method("m", "1", "", List.of())));
    }

    @Test
    void requireValidListsEveryProblemUnderTheMethodName() throws Exception {
        Method bad = new Method("org.example.lab", "4", "",
                List.of(Method.Step.of("nope"), step(FakeProcessors.SMOOTH, "{\"scale\": \"big\"}")));
        MethodException e = assertThrows(MethodException.class, () -> MethodValidation.requireValid(bad, FakeProcessors.standard()));
        assertEquals("method org.example.lab version 4: step 1 (nope): no processor with this id is installed; "
                + "step 2 (org.ambulo.test.smooth): field 'scale': expected a number (or \"NaN\", \"Infinity\", \"-Infinity\"), found \"big\"",
                e.getMessage());
        assertEquals(2, e.problems().size());
    }
}
