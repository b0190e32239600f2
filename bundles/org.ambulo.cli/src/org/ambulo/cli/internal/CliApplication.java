package org.ambulo.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.ambulo.model.catalog.TrialCatalog;
import org.ambulo.norms.NormDataset;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Eclipse headless application {@code org.ambulo.cli.app}: runs {@link AmbuloCli} and returns its exit code. */
public final class CliApplication implements IApplication {

    private static final long SERVICE_WAIT_MILLIS = 5_000;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        context.applicationRunning();
        Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
        BundleContext bundleContext = bundle.getBundleContext();
        ServiceTracker<TrialCatalog, TrialCatalog> catalogs = new ServiceTracker<>(bundleContext, TrialCatalog.class, null);
        catalogs.open();
        ServiceTracker<NormDataset, NormDataset> norms = new ServiceTracker<>(bundleContext, NormDataset.class, null);
        norms.open();
        try {
            AmbuloCli cli = new AmbuloCli(versionOf(bundle), () -> waitFor(catalogs), () -> datasets(norms), System.out, System.err);
            return cli.run(args);
        } finally {
            norms.close();
            catalogs.close();
            System.out.flush();
        }
    }

    /** "0.1.0 (build 202611271450)" from the bundle version 0.1.0.202611271450. */
    static String versionOf(Bundle bundle) {
        var version = bundle.getVersion();
        String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
        return version.getQualifier().isEmpty() ? release : release + " (build " + version.getQualifier() + ")";
    }

    private static <T> Optional<T> waitFor(ServiceTracker<T, T> tracker) {
        try {
            return Optional.ofNullable(tracker.waitForService(TimeUnit.MILLISECONDS.toMillis(SERVICE_WAIT_MILLIS)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The installed norm datasets, sorted by id; waits briefly for the first because DS registers them lazily. */
    private static List<NormDataset> datasets(ServiceTracker<NormDataset, NormDataset> tracker) {
        waitFor(tracker);
        List<NormDataset> datasets = new ArrayList<>(tracker.getTracked().values());
        datasets.sort(Comparator.comparing(dataset -> dataset.provenance().id()));
        return datasets;
    }

    @Override
    public void stop() {
        // Commands are short and leave nothing to clean up.
    }
}
