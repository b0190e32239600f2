package org.ambulo.norms.supplier.emgwindows.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ambulo.norms.NormDataset;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Runs under tycho-surefire only: the dataset is registered as a DS service. */
class EmgWindowsServiceTest {

    @Test
    void theDatasetIsADeclarativeService() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(EmgWindowsServiceTest.class).getBundleContext();
        ServiceTracker<NormDataset, NormDataset> tracker = new ServiceTracker<>(context, NormDataset.class, null);
        tracker.open();
        try {
            tracker.waitForService(5000);
            boolean found = false;
            for (Object service : tracker.getServices()) {
                found |= ((NormDataset) service).id().equals("emgwindows");
            }
            assertTrue(found, "emgwindows NormDataset service registered");
        } finally {
            tracker.close();
        }
    }
}
