package org.ambulo.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The SQL migrations shipped inside this bundle, listed in {@code migration/index.txt}. Flyway's own class-path
 * scanning depends on how the bundle is laid out (jar, folder, OSGi dev mode); an explicit list works everywhere.
 */
public final class BundledMigrations implements ResourceProvider {

    static final String FOLDER = "org/ambulo/store/migration/";

    private final List<Migration> migrations;

    private BundledMigrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** Loads the index and every migration it names; a missing file is a packaging error worth failing loudly. */
    public static BundledMigrations load() {
        ClassLoader loader = BundledMigrations.class.getClassLoader();
        List<Migration> found = new ArrayList<>();
        for (String line : read(loader, FOLDER + "index.txt").split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                found.add(new Migration(name, read(loader, FOLDER + name)));
            }
        }
        return new BundledMigrations(found);
    }

    /** File names in index order, e.g. {@code V1__initial_schema.sql}. */
    public List<String> fileNames() {
        return migrations.stream().map(Migration::getFilename).toList();
    }

    /** The highest version the shipped migrations bring the schema to. */
    public int latestVersion() {
        return migrations.stream().mapToInt(m -> versionOf(m.getFilename())).max().orElse(0);
    }

    static int versionOf(String fileName) {
        int end = fileName.indexOf("__");
        if (!fileName.startsWith("V") || end < 2) {
            throw new IllegalStateException("migration " + fileName + " is not named V<n>__<description>.sql");
        }
        return Integer.parseInt(fileName.substring(1, end));
    }

    @Override
    public LoadableResource getResource(String name) {
        return migrations.stream().filter(m -> m.getFilename().equals(name) || m.getRelativePath().equals(name)).findFirst()
                .orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return migrations.stream()
                .filter(m -> m.getFilename().startsWith(prefix) && Arrays.stream(suffixes).anyMatch(m.getFilename()::endsWith))
                .map(LoadableResource.class::cast).toList();
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("store migration resource " + path + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read store migration resource " + path, e);
        }
    }

    private static final class Migration extends LoadableResource {
        private final String fileName;
        private final String sql;

        Migration(String fileName, String sql) {
            this.fileName = Objects.requireNonNull(fileName);
            this.sql = sql;
        }

        @Override
        public Reader read() {
            return new StringReader(sql);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + fileName;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return FOLDER + fileName;
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public String getRelativePath() {
            return fileName;
        }
    }
}
