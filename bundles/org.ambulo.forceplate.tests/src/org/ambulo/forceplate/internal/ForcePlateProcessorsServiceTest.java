package org.ambulo.forceplate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.ambulo.forceplate.ContactSettings;
import org.ambulo.forceplate.ForcePlateSettings;
import org.ambulo.forceplate.ForcePlates;
import org.ambulo.pipeline.Processor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Both force-plate steps are registered by SCR as {@link Processor} services under their stable ids (OSGi only). */
class ForcePlateProcessorsServiceTest {

    @Test
    void reactionAndContactProcessorsAreDeclarativeServices() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ForcePlates.class).getBundleContext();
        assertNotNull(context, "org.ambulo.forceplate is started");
        @SuppressWarnings("rawtypes")
        ServiceTracker<Processor, Processor> tracker = new ServiceTracker<>(context, Processor.class, null);
        tracker.open();
        try {
            Map<String, Processor<?>> byId = new HashMap<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (byId.size() < 2 && System.currentTimeMillis() < deadline) {
                tracker.waitForService(1_000);
                for (Processor<?> p : tracker.getTracked().values()) {
                    if (p.id().startsWith("org.ambulo.forceplate.")) {
                        byId.put(p.id(), p);
                    }
                }
            }
            Processor<?> reactions = byId.get("org.ambulo.forceplate.reactions");
            Processor<?> contacts = byId.get("org.ambulo.forceplate.contacts");
            assertNotNull(reactions, "reactions processor registered, found " + byId.keySet());
            assertNotNull(contacts, "contacts processor registered, found " + byId.keySet());
            assertEquals(ForcePlateSettings.class, reactions.settingsType());
            assertEquals(ContactSettings.class, contacts.settingsType());
            assertTrue(reactions instanceof ReactionsProcessor && contacts instanceof ContactsProcessor);
        } finally {
            tracker.close();
        }
    }
}
