package org.ambulo.signal.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ambulo.pipeline.Processor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Under tycho-surefire (OSGi): both marker processors are registered as DS services of {@link Processor}. */
class SignalProcessorsServiceTest {

    @Test
    void markerProcessorsAreRegisteredAsProcessorServices() throws InterruptedException, BundleException {
        Bundle bundle = FrameworkUtil.getBundle(MarkerLowPassProcessor.class);
        assertTrue(bundle != null, "must run inside OSGi");
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start(); // lazy activation: DS only looks at active bundles
        }
        BundleContext context = bundle.getBundleContext();
        @SuppressWarnings("rawtypes")
        ServiceTracker<Processor, Processor> tracker = new ServiceTracker<>(context, Processor.class, null);
        tracker.open();
        try {
            Set<String> wanted = Set.of(MarkerLowPassProcessor.ID, MarkerGapFillProcessor.ID);
            Set<String> ids = Set.of();
            for (int attempt = 0; attempt < 50 && !ids.containsAll(wanted); attempt++) {
                tracker.waitForService(100);
                Object[] services = tracker.getServices();
                ids = services == null ? Set.of() : Stream.of(services).map(s -> ((Processor<?>) s).id()).collect(Collectors.toSet());
            }
            assertTrue(ids.containsAll(wanted), "registered processors: " + ids);
        } finally {
            tracker.close();
        }
    }
}
