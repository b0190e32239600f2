package org.ambulo.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Set;
import java.util.TreeSet;

import org.ambulo.events.GaitEventDetector;
import org.ambulo.pipeline.Processor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Runs only in OSGi (tycho-surefire): the four detectors are registered as Processor and GaitEventDetector services. */
class EventServiceTest {

    private static final Set<String> IDS = Set.of("org.ambulo.events.forceplate", "org.ambulo.events.zeni", "org.ambulo.events.oconnor",
            "org.ambulo.events.combined");

    @Test
    void detectorsAreRegisteredAsProcessorsAndDetectors() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(EventServiceTest.class).getBundleContext();
        assertNotNull(context, "running inside OSGi");
        assertEquals(IDS, ids(context, Processor.class));
        assertEquals(IDS, ids(context, GaitEventDetector.class));
    }

    /** The org.ambulo.events ids among the services of {@code type}, waiting up to 10 s for all four to appear. */
    private static <T> Set<String> ids(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            Set<String> ids = new TreeSet<>();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (ids.size() < IDS.size() && System.nanoTime() < deadline) {
                tracker.waitForService(1000);
                ids.clear();
                Object[] services = tracker.getServices();
                for (Object service : services == null ? new Object[0] : services) {
                    String id = service instanceof Processor<?> p ? p.id() : ((GaitEventDetector) service).id();
                    if (id.startsWith("org.ambulo.events.")) {
                        ids.add(id);
                    }
                }
                if (ids.size() < IDS.size()) {
                    Thread.sleep(50);
                }
            }
            return ids;
        } finally {
            tracker.close();
        }
    }
}
