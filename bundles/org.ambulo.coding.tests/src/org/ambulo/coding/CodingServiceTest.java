package org.ambulo.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** In OSGi (tycho-surefire) only: the US rule set is a DS service, and its rule file is found inside the bundle. */
class CodingServiceTest {

    @Test
    void theUsRuleSetIsRegisteredAsACodingRuleSetService() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(CodingRuleSet.class);
        assertNotNull(bundle, "runs inside OSGi");
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        BundleContext context = bundle.getBundleContext();
        ServiceTracker<CodingRuleSet, CodingRuleSet> tracker = new ServiceTracker<>(context, CodingRuleSet.class, null);
        tracker.open();
        try {
            List<CodingRuleSet> sets = List.of();
            long deadline = System.currentTimeMillis() + 5000;
            while (System.currentTimeMillis() < deadline) {
                Object[] services = tracker.getServices();
                sets = services == null ? List.of() : Arrays.stream(services).map(CodingRuleSet.class::cast).toList();
                if (sets.stream().anyMatch(s -> s.id().equals("us-cpt-2026"))) {
                    break;
                }
                Thread.sleep(50);
            }
            CodingRuleSet us = sets.stream().filter(s -> s.id().equals("us-cpt-2026")).findFirst().orElse(null);
            assertNotNull(us, "registered rule sets: " + sets.stream().map(CodingRuleSet::id).toList());
            CodingRecord r = Coding.propose(Sessions.fullStudy().build(), us);
            assertEquals(List.of("96000", "96002", "96004"), Sessions.codes(r));
            assertTrue(r.readyToFinalise(), r.toText());
        } finally {
            tracker.close();
        }
    }
}
