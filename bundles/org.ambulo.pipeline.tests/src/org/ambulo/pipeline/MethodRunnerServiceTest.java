package org.ambulo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The shipped default method against the processors really installed (needs the analysis bundles in the test
 * runtime): it validates, and running it twice on kineticstoolkit walk.c3d gives bit-identical results.
 */
class MethodRunnerServiceTest {

    private static ProcessorRegistry registry() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ProcessorRegistry.class).getBundleContext();
        ServiceTracker<ProcessorRegistry, ProcessorRegistry> tracker = new ServiceTracker<>(context, ProcessorRegistry.class, null);
        tracker.open();
        ProcessorRegistry registry = tracker.waitForService(10_000);
        assertNotNull(registry, "ProcessorRegistry service registered by SCR");
        return registry;
    }

    @Test
    void theDefaultMethodIsValidForTheInstalledProcessors() throws Exception {
        ProcessorRegistry registry = registry();
        // DS activates the processors asynchronously; give them a moment before judging.
        long deadline = System.currentTimeMillis() + 10_000;
        List<MethodProblem> problems = MethodValidation.validate(DefaultMethods.full(), registry);
        while (!problems.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            problems = MethodValidation.validate(DefaultMethods.full(), registry);
        }
        assertEquals(List.of(), problems.stream().map(MethodProblem::message).toList());
    }

    /** The whole default chain on a real walk, twice: identical results to the bit, with complete provenance. */
    @Test
    void theDefaultMethodGivesBitIdenticalResultsOnWalk() throws Exception {
        ProcessorRegistry registry = registry();
        Path walk = SharedData.resolve("kineticstoolkit__kineticstoolkit/data/walk.c3d");
        MethodRunner runner = new MethodRunner("test", 2);
        Method method = DefaultMethods.full();
        TrialOutcome first = runner.run(method, registry, List.of(walk), TrialLoader.c3d(), ProgressListener.NONE).get(0);
        TrialOutcome second = runner.run(method, registry, List.of(walk), TrialLoader.c3d(), ProgressListener.NONE).get(0);
        assertTrue(first instanceof TrialOutcome.Succeeded,
                () -> "walk.c3d through the default method: " + ((TrialOutcome.Failed) first).error().getMessage());
        TrialContext a = ((TrialOutcome.Succeeded) first).context();
        TrialContext b = ((TrialOutcome.Succeeded) second).context();
        assertEquals(a.keys(), b.keys());
        for (ResultKey<?> key : a.keys()) {
            assertEquals(java.util.Optional.empty(),
                    DeepBits.firstDifference(a.get(key).orElseThrow(), b.get(key).orElseThrow(), key.name()));
        }
        Provenance provenance = a.get(Provenance.KEY).orElseThrow();
        assertEquals(FileDigests.sha256Hex(walk), provenance.inputs().get(0).sha256Hex());
        assertEquals(method.steps().size(), provenance.steps().size());
    }
}
