package org.ambulo.cycles;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ambulo.pipeline.Processor;
import org.ambulo.testdata.Services;
import org.junit.jupiter.api.Test;

/** In OSGi (tycho-surefire): both processors are registered as DS services. */
class CycleProcessorsServiceTest {

    @Test
    @SuppressWarnings("rawtypes")
    void bothProcessorsAreDeclarativeServices() throws Exception {
        List<String> wanted = List.of("org.ambulo.cycles.segment", "org.ambulo.cycles.spatiotemporal");
        List<Processor> found = Services.await(GaitCycles.class, Processor.class, services -> ids(services).containsAll(wanted), 10_000);
        assertTrue(ids(found).containsAll(wanted), "registered: " + ids(found));
    }

    @SuppressWarnings("rawtypes")
    private static Set<String> ids(List<Processor> processors) {
        return processors.stream().map(Processor::id).collect(Collectors.toSet());
    }
}
