package org.ambulo.cgm;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ambulo.pipeline.Processor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** In OSGi (tycho-surefire): both CGM processors are registered as DS services. */
class CgmServiceTest {

    private static final List<String> IDS = List.of("org.ambulo.cgm.calibration", "org.ambulo.cgm.kinematics", "org.ambulo.cgm.kinetics");

    @Test
    void processorsAreDeclarativeServices() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(ConventionalGaitModel.class);
        assertNotNull(bundle, "runs inside OSGi");
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        BundleContext context = bundle.getBundleContext();
        @SuppressWarnings("rawtypes")
        ServiceTracker<Processor, Processor> tracker = new ServiceTracker<>(context, Processor.class, null);
        tracker.open();
        try {
            Set<String> ids = Set.of();
            long deadline = System.currentTimeMillis() + 5000;
            while (System.currentTimeMillis() < deadline) {
                Object[] services = tracker.getServices();
                ids = services == null ? Set.of() : Arrays.stream(services).map(s -> ((Processor<?>) s).id()).collect(Collectors.toSet());
                if (ids.containsAll(IDS)) {
                    break;
                }
                Thread.sleep(50);
            }
            assertTrue(ids.containsAll(IDS), "registered: " + ids);
        } finally {
            tracker.close();
        }
    }
}
