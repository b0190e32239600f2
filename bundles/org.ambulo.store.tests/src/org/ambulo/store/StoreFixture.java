package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One empty store per test on either engine. H2: a file database in the test's temporary folder. PostgreSQL: the
 * server named by AMBULO_TEST_POSTGRES_URL / _USER / _PASSWORD (default localhost:5432/ambulo_test, ambulo/ambulo), in
 * a fresh schema {@code ambulo_t_<random>} that {@link #close()} drops. An unreachable server fails the test.
 */
final class StoreFixture implements AutoCloseable {

    static final String PG_URL = env("AMBULO_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/ambulo_test");
    static final String PG_USER = env("AMBULO_TEST_POSTGRES_USER", "ambulo");
    static final String PG_PASSWORD = env("AMBULO_TEST_POSTGRES_PASSWORD", "ambulo");

    final Engine engine;
    final Path folder;
    final StoreConfig config;
    private final Optional<String> schema;

    private StoreFixture(Engine engine, Path folder, StoreConfig config, Optional<String> schema) {
        this.engine = engine;
        this.folder = folder;
        this.config = config;
        this.schema = schema;
    }

    static StoreFixture create(Engine engine, Path temp) {
        return create(engine, temp, Optional.empty());
    }

    static StoreFixture create(Engine engine, Path temp, Optional<String> h2Key) {
        Path folder = temp.resolve("store-" + engine.name().toLowerCase(java.util.Locale.ROOT));
        if (engine == Engine.H2) {
            return new StoreFixture(engine, folder, StoreConfig.h2(folder, h2Key), Optional.empty());
        }
        String schema = "ambulo_t_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        try (Connection c = admin(PG_URL).getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail("PostgreSQL for the store tests is not reachable at " + PG_URL + " as " + PG_USER + " (" + e.getMessage() + ").\n"
                    + "Start one, e.g. on Debian: sudo apt-get install -y postgresql && sudo service postgresql start && "
                    + "sudo -u postgres psql -c \"CREATE USER ambulo PASSWORD 'ambulo'\" -c \"CREATE DATABASE ambulo_test OWNER ambulo\"\n"
                    + "or point AMBULO_TEST_POSTGRES_URL / AMBULO_TEST_POSTGRES_USER / AMBULO_TEST_POSTGRES_PASSWORD at a server "
                    + "(.ci/run does this).", e);
        }
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new StoreFixture(engine, folder, StoreConfig.postgres(url, PG_USER, PG_PASSWORD, folder.resolve("files")),
                Optional.of(schema));
    }

    AmbuloStore open() throws StoreException {
        return AmbuloStore.open(config);
    }

    /** Plain JDBC into the store's database, bypassing the store (for tampering). */
    Connection jdbc() throws SQLException {
        if (engine == Engine.H2) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(config.jdbcUrl());
            ds.setUser(config.user());
            ds.setPassword(config.h2EncryptionKey().map(k -> k + " " + config.password()).orElse(config.password()));
            return ds.getConnection();
        }
        return admin(config.jdbcUrl()).getConnection();
    }

    long count(String sql) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = jdbc(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The configuration as a properties file (what a child JVM reads). */
    Path writeProperties() throws IOException {
        Properties p = new Properties();
        if (engine == Engine.H2) {
            p.setProperty("engine", "h2");
            p.setProperty("h2.folder", folder.toString());
        } else {
            p.setProperty("engine", "postgresql");
            p.setProperty("postgresql.url", config.jdbcUrl());
            p.setProperty("postgresql.user", config.user());
            p.setProperty("postgresql.password", config.password());
            p.setProperty("files.root", config.fileRoot().toString());
        }
        Files.createDirectories(folder.getParent());
        Path file = folder.getParent().resolve("store-" + engine.name().toLowerCase(java.util.Locale.ROOT) + ".properties");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "test store");
        }
        return file;
    }

    private static PGSimpleDataSource admin(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(PG_USER);
        ds.setPassword(PG_PASSWORD);
        ds.setConnectTimeout(5);
        return ds;
    }

    @Override
    public void close() throws SQLException {
        if (schema.isPresent()) {
            try (Connection c = admin(PG_URL).getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema.get() + " CASCADE");
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
