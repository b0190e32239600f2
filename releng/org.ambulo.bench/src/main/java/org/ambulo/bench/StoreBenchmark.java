package org.ambulo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ambulo.store.Actor;
import org.ambulo.store.AmbuloStore;
import org.ambulo.store.Engine;
import org.ambulo.store.PatientSummary;
import org.ambulo.store.Role;
import org.ambulo.store.SessionSummary;
import org.ambulo.store.StoreConfig;
import org.ambulo.store.StoreException;
import org.ambulo.store.SyntheticSessions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store at lab scale: 10,000 synthetic sessions (1,000 patients with 10 sessions each, small C3D files) imported
 * one transaction each, then the time to list one patient's sessions and all patients, and to import one more
 * session. Goal: listing a patient's sessions under 50 ms on both engines. The set-up prints the bulk import rate.
 * PostgreSQL: the server named by AMBULO_TEST_POSTGRES_URL / _USER / _PASSWORD (the store tests' defaults), in a fresh
 * schema dropped afterwards.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class StoreBenchmark {

    static final int SESSIONS_PER_PATIENT = 10;
    static final Actor TECHNICIAN = new Actor("bench", Role.TECHNICIAN);

    @Param({"H2", "POSTGRESQL"})
    public String engine;

    @Param({"10000"})
    public int sessions;

    private Path temp;
    private String schema;
    private AmbuloStore store;

    @Setup(Level.Trial)
    public void fill() throws IOException, StoreException, SQLException {
        temp = Files.createTempDirectory("ambulo-store-bench-");
        store = AmbuloStore.open(config());
        long start = System.nanoTime();
        int patients = sessions / SESSIONS_PER_PATIENT;
        for (int p = 0; p < patients; p++) {
            String patientId = String.format(Locale.ROOT, "P%05d", p);
            Path folder = temp.resolve("incoming").resolve(patientId);
            for (Path session : SyntheticSessions.write(folder, patientId, "Synthetic Patient " + p, SESSIONS_PER_PATIENT)) {
                store.importSession(session, TECHNICIAN);
            }
            deleteTree(folder);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%n[%s] imported %,d sessions of %,d patients in %.1f s: %.0f sessions/s%n", engine,
                patients * SESSIONS_PER_PATIENT, patients, seconds, patients * SESSIONS_PER_PATIENT / seconds);
    }

    private StoreConfig config() throws SQLException {
        if (Engine.valueOf(engine) == Engine.H2) {
            return StoreConfig.h2(temp.resolve("store"));
        }
        schema = "ambulo_bench_" + Long.toHexString(System.nanoTime());
        try (Connection c = postgres(url()).getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return StoreConfig.postgres(url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema, user(), password(),
                temp.resolve("files"));
    }

    /** A fresh session folder for each import invocation, written outside the measured time. */
    @State(Scope.Thread)
    public static class NextSession {
        private Path root;
        private int count;
        Path folder;

        @Setup(Level.Trial)
        public void create() throws IOException {
            root = Files.createTempDirectory("ambulo-store-bench-next-");
        }

        @Setup(Level.Invocation)
        public void write() throws IOException {
            String patientId = "P-EXTRA";
            folder = SyntheticSessions.write(root.resolve(Integer.toString(count)), new SyntheticSessions.Spec(patientId + "-S" + count,
                    patientId, "Extra Patient", java.time.LocalDate.of(2024, 1, 1), count + 100_000, false));
            count++;
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            deleteTree(root);
        }
    }

    @Benchmark
    public List<SessionSummary> listOnePatientsSessions() throws StoreException {
        return store.sessions("P00500");
    }

    @Benchmark
    public List<PatientSummary> listAllPatients() throws StoreException {
        return store.patients();
    }

    @Benchmark
    public Object importOneSession(NextSession next) throws StoreException {
        return store.importSession(next.folder, TECHNICIAN);
    }

    @TearDown(Level.Trial)
    public void drop() throws IOException, SQLException {
        store.close();
        if (schema != null) {
            try (Connection c = postgres(url()).getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
        deleteTree(temp);
    }

    private static PGSimpleDataSource postgres(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user());
        ds.setPassword(password());
        return ds;
    }

    private static String url() {
        return env("AMBULO_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/ambulo_test");
    }

    private static String user() {
        return env("AMBULO_TEST_POSTGRES_USER", "ambulo");
    }

    private static String password() {
        return env("AMBULO_TEST_POSTGRES_PASSWORD", "ambulo");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
