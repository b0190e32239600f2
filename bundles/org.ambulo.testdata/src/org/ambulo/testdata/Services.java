package org.ambulo.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for Declarative Services components in OSGi tests: SCR registers them asynchronously and lazily. */
public final class Services {

    private Services() {
    }

    /**
     * The services of {@code type} once {@code done} accepts them, or whatever is registered when {@code timeoutMillis}
     * pass (the caller's assertion then shows what was found). Starts the bundle of {@code anchor} first, because DS only
     * looks at started bundles.
     */
    public static <T> List<T> await(Class<?> anchor, Class<T> type, Predicate<List<T>> done, long timeoutMillis)
            throws BundleException, InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle == null) {
            throw new IllegalStateException(anchor.getName() + " is not loaded from an OSGi bundle: run this test in OSGi");
        }
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
        BundleContext context = bundle.getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
            List<T> found = new ArrayList<>(tracker.getTracked().values());
            while (!done.test(found) && System.nanoTime() < deadline) {
                Thread.sleep(20);
                found = new ArrayList<>(tracker.getTracked().values());
            }
            return found;
        } finally {
            tracker.close();
        }
    }
}
