package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.ambulo.pipeline.FileDigests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * kill -9 during imports, repeatedly: a child JVM imports sessions in a loop and is killed (destroyForcibly = SIGKILL)
 * at seeded random moments after its store is open. After every kill the store must open, every session be complete
 * (all trials, files present with their hash, its audit entry) or absent, and the audit trail verify. Both engines (H2
 * in file mode).
 */
class CrashSafetyTest extends StoreTestSupport {

    /** At least 10; more for a soak run: -Dambulo.crashTest.kills=100. */
    private static final int KILLS = Math.max(10, Integer.getInteger("ambulo.crashTest.kills", 10));
    /** Enough that every kill finds imports still to do, however fast the machine. */
    private static final int SESSIONS = 40 * KILLS;
    /**
     * Each kill comes after the worker has committed 1 to 5 imports and then a random 0 to 15 ms, about the time of a
     * few imports: so kills land in every phase of an import (files, rows, audit, commit), on fast and slow machines.
     */
    private static final int MAX_IMPORTS_BEFORE_KILL = 5;
    private static final int MAX_DELAY_MS = 15;
    private static final int PATIENTS = 7;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void killedImportsLeaveWholeSessionsOrNothing(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        try (AmbuloStore store = f.open()) {
            assertEquals(2, store.schemaVersion());
        }
        Path root = temp.resolve("sessions");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            String id = String.format("C-%04d", i);
            ids.add(id);
            // every session has its own trial content, so each import writes new files too
            SyntheticSessions.write(root.resolve(id),
                    new SyntheticSessions.Spec(id, "P-" + (i % PATIENTS), "Crash Patient " + (i % PATIENTS),
                            LocalDate.of(2023, 1, 1).plusDays(i), i * 2, i % 5 == 0));
        }
        Path properties = f.writeProperties();
        Random random = new Random(8_2024L + engine.ordinal());
        int killedMidway = 0;
        int lastImportLost = 0;
        Set<String> verified = new TreeSet<>();
        for (int kill = 0; kill < KILLS; kill++) {
            ChildJvm child = ChildJvm.start(temp.resolve("child-" + kill + ".err"), "loop", properties.toString(), root.toString());
            assertTrue(child.awaitOpen(60), "worker did not open the store: " + Files.readString(temp.resolve("child-" + kill + ".err")));
            assertTrue(child.awaitImports(1 + random.nextInt(MAX_IMPORTS_BEFORE_KILL), 60),
                    "worker imported nothing: " + Files.readString(temp.resolve("child-" + kill + ".err")));
            Thread.sleep(random.nextInt(MAX_DELAY_MS + 1));
            if (child.process.isAlive()) {
                killedMidway++;
            }
            child.process.destroyForcibly();
            assertTrue(child.process.waitFor(30, TimeUnit.SECONDS));
            child.awaitOutput();
            assertConsistent(f, root, ids, verified);
            List<String> reported = child.lines.stream().filter(l -> l.startsWith("IMPORTED ")).map(l -> l.substring(9)).toList();
            List<String> mustSurvive = engine == Engine.H2 && !reported.isEmpty() ? reported.subList(0, reported.size() - 1) : reported;
            assertTrue(verified.containsAll(mustSurvive), "kill " + kill + ": imports reported as committed must survive it: "
                    + mustSurvive + ", stored: " + verified.size() + " " + verified);
            if (!verified.containsAll(reported)) {
                lastImportLost++;
            }
        }
        // H2 (MVStore) can acknowledge a commit a few milliseconds before its bytes reach the file (probably its background
        // chunk saving; not confirmed in H2's code): a kill in that window loses that last import, whole (never half). Seen
        // in one 10-kill run of this test and in 1 of 160 kills of a plain insert-and-commit loop, both with CHECKPOINT SYNC
        // after each commit; PostgreSQL never may. The session's files stay in the capture folder, so importing it again
        // recovers it.
        assertTrue(lastImportLost <= Math.max(1, KILLS / 5), "H2 lost the last acknowledged import in " + lastImportLost + " of " + KILLS
                + " kills");
        assertTrue(!verified.isEmpty() && verified.size() < SESSIONS && killedMidway == KILLS,
                "the kills must hit running imports: " + verified.size() + " sessions stored, " + killedMidway + " kills while running");
    }

    /**
     * Every stored session has exactly one import entry and every import entry a stored session; sessions stored since
     * the last check are checked in full (their files never change afterwards: the file store never rewrites).
     */
    private static void assertConsistent(StoreFixture f, Path root, List<String> ids, Set<String> verified) throws Exception {
        try (AmbuloStore store = f.open()) {
            Set<String> stored = new TreeSet<>();
            for (int p = 0; p < PATIENTS; p++) {
                store.sessions("P-" + p).forEach(s -> stored.add(s.sessionId()));
            }
            assertTrue(ids.containsAll(stored));
            assertTrue(stored.containsAll(verified), "a stored session vanished");
            List<String> imported = store.auditTrail().stream().filter(e -> e.action().equals("session.import"))
                    .map(e -> e.subject().substring("session ".length())).sorted().toList();
            assertEquals(List.copyOf(stored), imported, "one import entry per stored session, none for absent ones");
            for (String id : stored) {
                if (verified.add(id)) {
                    assertComplete(store, root.resolve(id), store.session(id).orElseThrow());
                }
            }
            AuditVerification v = store.verifyAudit();
            assertTrue(v.intact(), v.toString());
        }
    }

    private static void assertComplete(AmbuloStore store, Path folder, StoredSession s) throws Exception {
        int expectedTrials = Files.exists(folder.resolve("walk01.avi")) ? 3 : 2;
        assertEquals(expectedTrials, s.trials().size(), s.sessionId());
        for (StoredTrial t : s.trials()) {
            Path file = store.storedFile(t.sha256Hex());
            assertTrue(Files.isRegularFile(file), s.sessionId() + " " + t.fileName());
            assertEquals(t.sha256Hex(), FileDigests.sha256Hex(file));
            assertEquals(FileDigests.sha256Hex(folder.resolve(t.fileName())), t.sha256Hex());
        }
        assertEquals(FileDigests.sha256Hex(store.storedFile(s.sessionJsonSha256Hex())), s.sessionJsonSha256Hex());
    }
}
