package org.ambulo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** The registry is a DS component that picks up processors as they are registered and refuses a second one per id. */
class ProcessorRegistryServiceTest {

    record NoSettings() {
    }

    record Fake(String id, String note) implements Processor<NoSettings> {
        @Override
        public String version() {
            return "1";
        }

        @Override
        public String description() {
            return note;
        }

        @Override
        public Class<NoSettings> settingsType() {
            return NoSettings.class;
        }

        @Override
        public NoSettings defaultSettings() {
            return new NoSettings();
        }

        @Override
        public TrialContext process(TrialContext context, NoSettings settings) {
            return context;
        }
    }

    @Test
    void registeredProcessorsAreFoundAndDuplicateIdsRefused() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ProcessorRegistry.class).getBundleContext();
        ServiceTracker<ProcessorRegistry, ProcessorRegistry> tracker = new ServiceTracker<>(context, ProcessorRegistry.class, null);
        tracker.open();
        Fake first = new Fake("org.ambulo.test.fake", "first");
        Fake second = new Fake("org.ambulo.test.fake", "second");
        ServiceRegistration<?> one = context.registerService(Processor.class, first, new Hashtable<>());
        ServiceRegistration<?> two = context.registerService(Processor.class, second, new Hashtable<>());
        try {
            ProcessorRegistry registry = tracker.waitForService(10_000);
            assertNotNull(registry, "ProcessorRegistry service registered by SCR");
            assertSame(first, registry.find("org.ambulo.test.fake").orElseThrow(), "the first registration of an id wins");
            assertEquals(1, registry.all().stream().filter(p -> p.id().equals("org.ambulo.test.fake")).count());
            one.unregister();
            one = null;
            assertSame(second, registry.find("org.ambulo.test.fake").orElseThrow(), "the waiting one takes over when the first goes");
            two.unregister();
            two = null;
            assertTrue(registry.find("org.ambulo.test.fake").isEmpty(), "gone when no plugin provides the id");
        } finally {
            if (one != null) {
                one.unregister();
            }
            if (two != null) {
                two.unregister();
            }
            tracker.close();
        }
    }
}
