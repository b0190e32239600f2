package org.ambulo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

class TrialContextTest {

    private static final ResultKey<String> NOTE = ResultKey.of("test.note", String.class);
    private static final ResultKey<Integer> COUNT = ResultKey.of("test.count", Integer.class);

    private static C3dFile cube() throws Exception {
        return C3dReader.read(SharedData.resolve("OpenMA__openma-data/input/c3d/other/MyCube.c3d"));
    }

    @Test
    void resultsAreTypedImmutableAndRememberTheirProducer() throws Exception {
        TrialContext empty = TrialContext.of(cube());
        TrialContext one = empty.with(NOTE, "filtered", "org.example.filter");
        TrialContext two = one.with(COUNT, 3, "org.example.counter");

        assertTrue(empty.get(NOTE).isEmpty(), "the original context is unchanged");
        assertEquals("filtered", two.get(NOTE).orElseThrow());
        assertEquals(3, two.get(COUNT).orElseThrow());
        assertEquals("org.example.filter", two.producerOf(NOTE).orElseThrow());
        assertEquals(List.of(NOTE, COUNT), two.keys());
        assertEquals("again", two.with(NOTE, "again", "org.example.other").get(NOTE).orElseThrow(), "a later step replaces a result");
    }

    @Test
    void aMissingResultNamesTheTrialTheStepAndTheKey() throws Exception {
        TrialContext context = TrialContext.of(cube());
        ProcessingException error = assertThrows(ProcessingException.class, () -> context.require(COUNT, "org.example.needsCount"));
        assertTrue(error.getMessage().contains("MyCube.c3d"), error.getMessage());
        assertTrue(error.getMessage().contains("org.example.needsCount"), error.getMessage());
        assertTrue(error.getMessage().contains("test.count"), error.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() throws Exception {
        @SuppressWarnings({"unchecked", "rawtypes"})
        ResultKey<String> lying = (ResultKey) COUNT;
        assertThrows(ClassCastException.class, () -> TrialContext.of(cube()).with(lying, "not a number", "org.example"));
    }
}
