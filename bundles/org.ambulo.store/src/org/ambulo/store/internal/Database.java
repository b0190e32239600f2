package org.ambulo.store.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.ambulo.store.Engine;
import org.ambulo.store.StoreConfig;
import org.ambulo.store.StoreException;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store's database: a DataSource made directly (never DriverManager, which does not see drivers across OSGi
 * bundles) and a transaction helper that retries once on the races two processes can run into.
 */
public final class Database {

    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException, StoreException;
    }

    /**
     * The PostgreSQL driver's java.util.logging output at FINE and below carries statements with their parameter
     * values, i.e. patient data; the store switches it off. Held here because loggers are only weakly referenced.
     */
    private static final Logger POSTGRESQL_DRIVER_LOG = Logger.getLogger("org.postgresql");

    private final StoreConfig config;
    private final DataSource dataSource;

    public Database(StoreConfig config) {
        this.config = config;
        this.dataSource = createDataSource(config);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Engine engine() {
        return config.engine();
    }

    /** The database as named in messages. */
    public String name() {
        return config.describeDatabase();
    }

    private static DataSource createDataSource(StoreConfig config) {
        if (config.engine() == Engine.H2) {
            JdbcDataSource ds = new JdbcDataSource();
            // LOCK_TIMEOUT: H2's 1 s default is too short while another connection holds the audit head.
            // WRITE_DELAY: H2 writes commits up to a second later; a killed process would lose imports it reported done.
            // TRACE_LEVEL_FILE: the <db>.trace.db error file would record failing statements with their values.
            String url = withSetting(withSetting(withSetting(config.jdbcUrl(), "LOCK_TIMEOUT", "20000"), "WRITE_DELAY", "0"),
                    "TRACE_LEVEL_FILE", "0");
            ds.setURL(url);
            ds.setUser(config.user());
            // H2 takes "<file key> <user password>" when the file is encrypted
            ds.setPassword(config.h2EncryptionKey().map(key -> key + " " + config.password()).orElse(config.password()));
            return ds;
        }
        POSTGRESQL_DRIVER_LOG.setLevel(Level.OFF);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(config.jdbcUrl());
        ds.setUser(config.user());
        ds.setPassword(config.password());
        if (!config.jdbcUrl().contains("connectTimeout")) {
            ds.setConnectTimeout(10);
        }
        return ds;
    }

    private static String withSetting(String url, String name, String value) {
        return url.toUpperCase(java.util.Locale.ROOT).contains(";" + name + "=") ? url : url + ";" + name + "=" + value;
    }

    /** Idle connections kept for reuse: opening one costs milliseconds, and an open one keeps the H2 file open. */
    private final Deque<Connection> idle = new ArrayDeque<>();
    private static final int MAX_IDLE = 4;
    private boolean closed;

    /**
     * A connection from the pool (or a new one), translating the engine's error into a message that names the database.
     * Closing it returns it to the pool in auto-commit mode; a connection left in a failed state is really closed.
     */
    public Connection connect() throws StoreException {
        Connection raw = null;
        synchronized (idle) {
            if (closed) {
                throw new StoreException("The store on the " + name() + " is closed");
            }
            raw = idle.pollFirst();
        }
        if (raw == null) {
            try {
                raw = dataSource.getConnection();
            } catch (SQLException e) {
                throw new StoreException(openProblem(e), e);
            }
        }
        Connection physical = raw;
        return (Connection) Proxy.newProxyInstance(Database.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        release(physical);
                        return null;
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void release(Connection c) throws SQLException {
        boolean keep;
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            keep = !c.isClosed();
        } catch (SQLException e) {
            keep = false;
        }
        synchronized (idle) {
            if (keep && !closed && idle.size() < MAX_IDLE) {
                idle.addFirst(c);
                return;
            }
        }
        c.close();
    }

    /** Closes the pooled connections (the last one closes an H2 database file). */
    public void close() {
        List<Connection> toClose;
        synchronized (idle) {
            closed = true;
            toClose = new ArrayList<>(idle);
            idle.clear();
        }
        for (Connection c : toClose) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    private String openProblem(SQLException e) {
        String prefix = "Cannot open the " + name() + ": ";
        if (config.engine() == Engine.H2) {
            int code = e.getErrorCode();
            boolean keyProblem = code == 90049 || code == 28000;
            // without a key an encrypted file reads as garbage: H2 then reports it as corrupted
            boolean encryptedWithoutKey = code == 90030 && config.h2EncryptionKey().isEmpty();
            if (keyProblem || encryptedWithoutKey) {
                return prefix + (config.h2EncryptionKey().isPresent()
                        ? "the encryption key does not open it (wrong key, or the database is not encrypted)"
                        : "it is encrypted (or damaged); set h2.encryptionKeyFile to the file holding its key")
                        + " (H2 error " + code + ")";
            }
            if (code == 90020) {
                return prefix + "it is in use by another Ambulo process (H2 allows one process; use PostgreSQL for shared access)";
            }
        } else if ("08001".equals(e.getSQLState()) || "08004".equals(e.getSQLState())) {
            return prefix + "the server does not answer or refuses the connection (" + firstLine(e) + ")";
        } else if ("28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())) {
            return prefix + "user or password rejected (" + firstLine(e) + ")";
        }
        return prefix + firstLine(e);
    }

    /**
     * Runs {@code work} in one transaction: commit on success, roll back on any failure. A unique-key race (two
     * processes inserting the same patient), a serialization failure or a deadlock is retried once, in a fresh
     * transaction that sees the other process's committed rows.
     */
    public <T> T inTransaction(String what, Work<T> work) throws StoreException {
        for (int attempt = 1;; attempt++) {
            try (Connection c = connect()) {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    if (config.engine() == Engine.H2) {
                        flushH2(c);
                    }
                    return result;
                } catch (SQLException e) {
                    rollbackQuietly(c);
                    if (attempt < 3 && isRetryable(e)) {
                        continue;
                    }
                    throw new StoreException(what + " failed in the " + name() + ": " + firstLine(e), e);
                } catch (StoreException | RuntimeException e) {
                    rollbackQuietly(c);
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException(what + " failed in the " + name() + ": " + firstLine(e), e);
            }
        }
    }

    /**
     * Even with WRITE_DELAY=0 a process killed right after commit() returned could lose its last commits (the crash
     * test caught this about once in 80 kills with plain CHECKPOINT); CHECKPOINT SYNC writes them and forces the file
     * to disk. It narrows the window without closing it: a kill within milliseconds of the acknowledgment can still lose
     * the last transaction, whole (seen in one 10-kill crash-test run and in 1 of 160 kills of a plain insert loop; see
     * CrashSafetyTest). PostgreSQL has no such window.
     */
    private static void flushH2(Connection c) {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            // the transaction is committed; H2 then writes it with its next commit or when it closes
        }
    }

    /** Read-only work with auto-commit. */
    public <T> T read(String what, Work<T> work) throws StoreException {
        try (Connection c = connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(what + " failed in the " + name() + ": " + firstLine(e), e);
        }
    }

    static boolean isRetryable(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int code = e.getErrorCode();
        return state.equals("23505") || state.equals("40001") || state.equals("40P01")
        // H2: duplicate key 23505, deadlock 40001, lock timeout 50200 (HYT00), concurrent update 90131
                || code == 50200 || code == 90131;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; the server rolls back what it did not commit
        }
    }

    static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Instants are stored at microsecond precision (PostgreSQL's), so that what is hashed is what reads back. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static OffsetDateTime toDb(Instant instant) {
        return OffsetDateTime.ofInstant(truncate(instant), ZoneOffset.UTC);
    }

    public static Instant fromDb(java.sql.ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

}
