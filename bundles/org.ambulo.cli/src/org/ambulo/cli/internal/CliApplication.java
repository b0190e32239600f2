package org.ambulo.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.ambulo.model.catalog.TrialCatalog;
import org.ambulo.norms.NormDataset;
import org.ambulo.pipeline.DefaultMethods;
import org.ambulo.pipeline.Method;
import org.ambulo.pipeline.MethodValidation;
import org.ambulo.pipeline.ProcessorRegistry;
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
        ServiceTracker<ProcessorRegistry, ProcessorRegistry> processors = new ServiceTracker<>(bundleContext, ProcessorRegistry.class,
                null);
        processors.open();
        try {
            AmbuloCli cli = new AmbuloCli(versionOf(bundle), () -> waitFor(catalogs), () -> datasets(norms), () -> registry(processors),
                    System.out, System.err);
            return cli.run(args);
        } finally {
            processors.close();
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

    /**
     * The processor registry once every step of the default method is installed: DS activates the processor bundles
     * lazily, so the registry may at first know only some of them.
     */
    private static Optional<ProcessorRegistry> registry(ServiceTracker<ProcessorRegistry, ProcessorRegistry> tracker) {
        Optional<ProcessorRegistry> registry = waitFor(tracker);
        if (registry.isEmpty()) {
            return registry;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SERVICE_WAIT_MILLIS);
        try {
            Method method = DefaultMethods.full();
            while (!MethodValidation.validate(method, registry.get()).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The default method could not be read: analyze reports it with the file named.
        }
        return registry;
    }

    @Override
    public void stop() {
        // Commands are short and leave nothing to clean up.
    }
}
