package org.ambulo.emg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ambulo.pipeline.Processor;
import org.ambulo.testdata.Services;
import org.junit.jupiter.api.Test;

/** In OSGi (tycho-surefire): both EMG processors are registered as DS services. */
class EmgProcessorsServiceTest {

    private static final List<String> IDS = List.of("org.ambulo.emg.process", "org.ambulo.emg.activation");

    @Test
    @SuppressWarnings("rawtypes")
    void bothProcessorsAreDeclarativeServices() throws Exception {
        List<String> wanted = IDS;
        List<Processor> found = Services.await(EmgProcessing.class, Processor.class, services -> ids(services).containsAll(wanted), 10_000);
        assertTrue(ids(found).containsAll(wanted), "registered: " + ids(found));
    }

    @SuppressWarnings("rawtypes")
    private static Set<String> ids(List<Processor> processors) {
        return processors.stream().map(Processor::id).collect(Collectors.toSet());
    }
}
