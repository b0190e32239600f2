package org.ambulo.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

class ServicesTest {

    /** A service type nobody else registers. */
    record Marker(String name) {
    }

    @Test
    void findsRegisteredServicesAndGivesUpAfterTheTimeout() throws Exception {
        assertTrue(Services.await(ServicesTest.class, Marker.class, found -> !found.isEmpty(), 100).isEmpty(),
                "nothing registered: empty after the timeout");
        ServiceRegistration<Marker> registration = FrameworkUtil.getBundle(ServicesTest.class).getBundleContext()
                .registerService(Marker.class, new Marker("one"), new Hashtable<>());
        try {
            List<Marker> found = Services.await(ServicesTest.class, Marker.class, list -> !list.isEmpty(), 5_000);
            assertEquals(List.of(new Marker("one")), found);
        } finally {
            registration.unregister();
        }
    }
}
