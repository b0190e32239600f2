package org.ambulo.norms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ambulo.pipeline.Processor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Runs under tycho-surefire only: the GPS processor is registered as a DS service. */
class NormsServiceTest {

    @Test
    void theGaitProfileProcessorIsADeclarativeService() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(NormsServiceTest.class).getBundleContext();
        @SuppressWarnings("rawtypes")
        ServiceTracker<Processor, Processor> tracker = new ServiceTracker<>(context, Processor.class, null);
        tracker.open();
        try {
            tracker.waitForService(5000);
            boolean found = false;
            for (Object service : tracker.getServices()) {
                found |= ((Processor<?>) service).id().equals("org.ambulo.norms.gps");
            }
            assertTrue(found, "org.ambulo.norms.gps registered");
        } finally {
            tracker.close();
        }
    }
}
