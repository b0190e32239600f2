package org.ambulo.store.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.ambulo.store.AmbuloStore;
import org.ambulo.store.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

/**
 * All Flyway use of the store, in one place (its resource lookup may need replacing under OSGi). Migrations are the
 * SQL scripts in {@code org/ambulo/store/migration}; the same scripts serve H2 and PostgreSQL.
 */
public final class Migrations {

    /** Where the scripts are, on the store bundle's class path. */
    public static final String LOCATION = "classpath:org/ambulo/store/migration";

    private Migrations() {
    }

    /**
     * Flyway's own logger (it reaches java.util.logging directly or through commons-logging): silenced, since the store
     * logs nothing and reports through exceptions. Held here because loggers are only weakly referenced. A custom
     * Flyway LogCreator is no option: Flyway instantiates it by name through its own class loader, which in OSGi cannot
     * see this bundle.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private static Flyway flyway(Database db, OptionalInt targetVersion) {
        FLYWAY_LOG.setLevel(Level.OFF);
        return Flyway.configure(AmbuloStore.class.getClassLoader())
                .target(targetVersion.isPresent()
                        ? MigrationVersion.fromVersion(Integer.toString(targetVersion.getAsInt()))
                        : MigrationVersion.LATEST)
                .dataSource(db.dataSource())
                .locations(LOCATION)
                // the scripts listed in migration/index.txt, read through this bundle's class loader: works from
                // jars, folders and OSGi bundles alike, where Flyway's class-path scanning depends on the layout
                .resourceProvider(BundledMigrations.load())
                .cleanDisabled(true)
                .load();
    }

    /**
     * Reads the schema history first and refuses a database that a newer Ambulo has migrated beyond the newest
     * script known here (nothing is changed then); otherwise applies the missing scripts.
     *
     * @return the schema version after migrating
     */
    public static int migrate(Database db) throws StoreException {
        return migrate(db, OptionalInt.empty());
    }

    /**
     * As {@link #migrate(Database)}, but stops at {@code targetVersion} when given: how tests make a database as an
     * older Ambulo left it.
     */
    public static int migrate(Database db, OptionalInt targetVersion) throws StoreException {
        try {
            Flyway flyway = flyway(db, targetVersion);
            MigrationInfoService info = flyway.info();
            int newestKnown = newestKnown(info);
            Optional<MigrationInfo> newer = Arrays.stream(info.applied())
                    .filter(m -> m.getVersion() != null && version(m.getVersion()) > newestKnown)
                    .max(Comparator.comparing(MigrationInfo::getVersion));
            if (newer.isPresent()) {
                throw new StoreException("The " + db.name() + " has schema version " + newer.get().getVersion() + " (\""
                        + newer.get().getDescription() + "\"), newer than this Ambulo knows (" + newestKnown
                        + "); it was left unchanged. Use the Ambulo version that migrated it, or a newer one.");
            }
            flyway.migrate();
            return current(flyway.info());
        } catch (FlywayException e) {
            throw new StoreException("Cannot migrate the " + db.name() + ": " + Database.firstLine(e), e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new StoreException("Cannot migrate the " + db.name() + ": " + e.getMessage() + " (a packaging error)", e);
        }
    }

    /** Newest script version this code has. */
    public static int newestKnown(MigrationInfoService info) {
        return Arrays.stream(info.all()).filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .mapToInt(m -> version(m.getVersion())).max().orElse(0);
    }

    private static int current(MigrationInfoService info) {
        MigrationInfo current = info.current();
        return current == null || current.getVersion() == null ? 0 : version(current.getVersion());
    }

    private static int version(MigrationVersion v) {
        return Integer.parseInt(v.getVersion().split("\\.")[0]);
    }
}
