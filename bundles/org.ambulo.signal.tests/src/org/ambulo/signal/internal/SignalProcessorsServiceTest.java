package org.ambulo.signal.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ambulo.pipeline.Processor;
import org.ambulo.testdata.Services;
import org.junit.jupiter.api.Test;

/** Under tycho-surefire (OSGi): both marker processors are registered as DS services of {@link Processor}. */
class SignalProcessorsServiceTest {

    @Test
    @SuppressWarnings("rawtypes")
    void markerProcessorsAreRegisteredAsProcessorServices() throws Exception {
        List<String> wanted = List.of(MarkerLowPassProcessor.ID, MarkerGapFillProcessor.ID);
        List<Processor> found = Services.await(MarkerLowPassProcessor.class, Processor.class, services -> ids(services).containsAll(wanted),
                10_000);
        assertTrue(ids(found).containsAll(wanted), "registered: " + ids(found));
    }

    @SuppressWarnings("rawtypes")
    private static Set<String> ids(List<Processor> processors) {
        return processors.stream().map(Processor::id).collect(Collectors.toSet());
    }
}
