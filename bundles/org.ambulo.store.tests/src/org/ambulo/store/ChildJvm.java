package org.ambulo.store;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link StoreWorker} in a child JVM: same java, class path built from the code sources of the classes it needs
 * (works from plain class folders, jars and OSGi bundles alike).
 */
final class ChildJvm {

    private static final List<Class<?>> NEEDED = List.of(StoreWorker.class, AmbuloStore.class, org.flywaydb.core.Flyway.class,
            flywayPostgresql(), org.h2.jdbcx.JdbcDataSource.class,
            org.postgresql.ds.PGSimpleDataSource.class, org.ambulo.pipeline.session.Session.class, org.ambulo.c3d.C3dReader.class,
            org.ambulo.model.Side.class, org.ambulo.demo.DemoSession.class);

    final Process process;
    final List<String> lines = new CopyOnWriteArrayList<>();
    private final CountDownLatch opened = new CountDownLatch(1);

    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null;) {
                    lines.add(line);
                    if (line.equals("OPEN")) {
                        opened.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
            opened.countDown();
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Path errorLog, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Xmx128m");
        command.add("-XX:TieredStopAtLevel=1"); // faster start-up; the children do little work
        command.add("-cp");
        command.add(classPath());
        command.add(StoreWorker.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(errorLog.toFile());
        return new ChildJvm(pb.start());
    }

    /** Waits until all output of the ended process is read. */
    void awaitOutput() throws InterruptedException {
        reader.join(10_000);
    }

    /** Waits until the worker has reported {@code count} committed imports (or ended); false on time-out. */
    boolean awaitImports(int count, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (lines.stream().filter(l -> l.startsWith("IMPORTED ")).count() < count) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    /** Waits until the worker's store is open (or it ended); false on time-out. */
    boolean awaitOpen(long seconds) throws InterruptedException {
        return opened.await(seconds, TimeUnit.SECONDS);
    }

    /**
     * Flyway's PostgreSQL support, found through Flyway's own class loader: under OSGi it is a fragment of the Flyway
     * bundle whose package need not be exported.
     */
    private static Class<?> flywayPostgresql() {
        try {
            return Class.forName("org.flywaydb.database.postgresql.PostgreSQLDatabaseType", false,
                    org.flywaydb.core.Flyway.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Flyway's PostgreSQL support (flyway-database-postgresql) is not installed", e);
        }
    }

    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : NEEDED) {
            try {
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("cannot locate the code of " + c.getName() + " for the child JVM", e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
