package org.ambulo.ui.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.ambulo.store.AmbuloStore;
import org.ambulo.store.Engine;
import org.ambulo.store.StoreConfig;
import org.ambulo.store.StoreException;

/**
 * Reads the store off the UI thread, one request at a time. The store is opened per request and closed right after:
 * an embedded H2 file admits one process, so the workbench must not hold it while the user only looks. A missing H2
 * database is reported, not created: browsing never makes a store as a side effect.
 */
final class StoreReader {

    /** What one request reads from an open store. */
    @FunctionalInterface
    interface Query<T> {
        T read(AmbuloStore store) throws StoreException;
    }

    /** The result of one request; {@code storeDescription} names the database, never a password. */
    sealed interface Outcome<T> {
        record Read<T>(String storeDescription, T value) implements Outcome<T> {
        }

        record NoStoreYet<T>(String storeDescription) implements Outcome<T> {
        }

        record Failed<T>(Optional<String> storeDescription, String problem) implements Outcome<T> {
        }
    }

    private final StoreConfigSource source;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "Ambulo patient browser store reader");
        thread.setDaemon(true);
        return thread;
    });

    StoreReader(StoreConfigSource source) {
        this.source = source;
    }

    <T> CompletableFuture<Outcome<T>> read(Query<T> query) {
        return CompletableFuture.supplyAsync(() -> readNow(query), worker);
    }

    void shutdown() {
        worker.shutdownNow();
    }

    private <T> Outcome<T> readNow(Query<T> query) {
        Optional<String> description = Optional.empty();
        try {
            StoreConfig config = source.config();
            description = Optional.of(config.describeDatabase());
            if (isMissingH2Database(config)) {
                return new Outcome.NoStoreYet<>(description.get());
            }
            try (AmbuloStore store = AmbuloStore.open(config)) {
                return new Outcome.Read<>(description.get(), query.read(store));
            }
        } catch (StoreException e) {
            return new Outcome.Failed<>(description, e.getMessage());
        } catch (RuntimeException e) {
            // e.g. an invalid setting the config record refuses; shown in the part, never as a crash
            return new Outcome.Failed<>(description, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static boolean isMissingH2Database(StoreConfig config) {
        if (config.engine() != Engine.H2) {
            return false;
        }
        String base = config.jdbcUrl().substring("jdbc:h2:file:".length()).split(";")[0];
        return !Files.exists(Path.of(base + ".mv.db"));
    }
}
