package org.ambulo.c3d.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ambulo.model.catalog.TrialCatalog;
import org.ambulo.model.catalog.TrialFileEntry;
import org.ambulo.model.catalog.TrialFileFacts;
import org.ambulo.model.catalog.TrialFileStatus;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

class C3dTrialCatalogTest {

    @Test
    void componentIsDeclaredAndRegisteredAsTrialCatalogService() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(C3dTrialCatalog.class);
        String components = bundle.getHeaders().get("Service-Component");
        assertNotNull(components, "Service-Component header generated from @Component");
        assertNotNull(bundle.getEntry("OSGI-INF/" + C3dTrialCatalog.class.getName() + ".xml"),
                "component XML in the bundle: " + components);
        ServiceTracker<TrialCatalog, TrialCatalog> tracker = new ServiceTracker<>(bundle.getBundleContext(), TrialCatalog.class, null);
        tracker.open();
        try {
            TrialCatalog service = tracker.waitForService(10_000);
            assertNotNull(service, "TrialCatalog service registered by SCR");
            assertInstanceOf(C3dTrialCatalog.class, service);
        } finally {
            tracker.close();
        }
    }

    @Test
    void listsTheSixSample01VariantsWithTheirFacts() throws Exception {
        Path folder = SharedData.resolve("biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_01");
        List<TrialFileEntry> entries = new C3dTrialCatalog().list(folder);
        assertEquals(List.of("Eb015pi.c3d", "Eb015pr.c3d", "Eb015si.c3d", "Eb015sr.c3d", "Eb015vi.c3d", "Eb015vr.c3d"),
                entries.stream().map(TrialFileEntry::fileName).toList(), "only .c3d files, sorted; the readme is not a trial");
        for (TrialFileEntry entry : entries) {
            TrialFileStatus.Readable readable = assertInstanceOf(TrialFileStatus.Readable.class, entry.status(), entry.fileName());
            assertEquals(new TrialFileFacts(450, 50.0, 200.0, 26, 16), readable.facts(), entry.fileName());
            assertTrue(entry.sizeBytes() > 100_000, entry.fileName() + " size");
        }
    }

    @Test
    void anUnreadableFileIsListedWithItsProblemInsteadOfFailingTheFolder() throws Exception {
        Path folder = SharedData.resolve("OpenMA__openma-data/input/c3d/other");
        List<TrialFileEntry> entries = new C3dTrialCatalog().list(folder);
        TrialFileEntry empty = entries.stream().filter(e -> e.fileName().equals("Empty.c3d")).findFirst().orElseThrow();
        TrialFileStatus.Unreadable unreadable = assertInstanceOf(TrialFileStatus.Unreadable.class, empty.status());
        assertTrue(unreadable.problem().contains("Empty.c3d"), unreadable.problem());
        assertTrue(entries.stream().anyMatch(e -> e.fileName().equals("Gait.c3d") && e.status() instanceof TrialFileStatus.Readable),
                "the other files are still read");
    }
}
