package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ambulo.demo.DemoSession;
import org.ambulo.pipeline.FileDigests;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionJson;
import org.ambulo.pipeline.session.TrialRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Import, listing, reading back and materializing sessions; bad input refused with nothing written. Both engines. */
class ImportAndQueryTest extends StoreTestSupport {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void emptyDatabaseIsMigratedToTheNewestSchema(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        try (AmbuloStore store = f.open()) {
            assertEquals(2, store.schemaVersion(), "V2 adds lab norm datasets");
            assertEquals(List.of(), store.patients());
        }
        assertEquals(1, f.count("SELECT COUNT(*) FROM audit_head"), "audit head row created by the migration");
        try (AmbuloStore again = f.open()) { // migrating twice is a no-op
            assertEquals(2, again.schemaVersion());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void demoSessionRoundTrip(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        Path demo = temp.resolve("demo");
        Path sessionFile = DemoSession.extractTo(demo);
        Files.delete(demo.resolve(DemoSession.LICENSE)); // not listed in the session; must not matter
        Session original = SessionJson.read(sessionFile);

        ImportResult result = store.importSession(demo, TECH);
        assertEquals(original.sessionId(), result.sessionId());
        assertEquals(original.patient().id(), result.patientId());
        assertEquals(1, result.trialCount());
        assertEquals(2, result.newFileCount(), "walk.c3d and session.json");
        assertEquals(Files.size(demo.resolve("walk.c3d")) + Files.size(sessionFile), result.storedBytes());

        List<PatientSummary> patients = store.patients();
        assertEquals(1, patients.size());
        assertEquals(original.patient().name(), patients.get(0).name());
        assertEquals(original.patient().birthDate(), patients.get(0).birthDate());
        assertEquals(1, patients.get(0).sessionCount());
        assertEquals(original.sessionDate(), patients.get(0).lastSessionDate().orElseThrow());

        List<SessionSummary> sessions = store.sessions(original.patient().id());
        assertEquals(1, sessions.size());
        assertEquals(original.sessionDate(), sessions.get(0).sessionDate());
        assertEquals(TECH.userName(), sessions.get(0).importedBy());
        assertEquals(List.of(), store.sessions("nobody"));

        StoredSession stored = store.session(original.sessionId()).orElseThrow();
        assertEquals(original.conditions().describe(), stored.conditions());
        assertEquals(original.lab().personnel(), stored.operators());
        assertEquals(original.referral().icd10Codes(), stored.icd10Codes());
        StoredTrial trial = stored.trials().get(0);
        assertEquals("walk.c3d", trial.fileName());
        assertEquals(TrialRole.WALKING, trial.role());
        String hash = FileDigests.sha256Hex(demo.resolve("walk.c3d"));
        assertEquals(hash, trial.sha256Hex());
        Path inStore = f.config.fileRoot().resolve("sha256").resolve(hash.substring(0, 2)).resolve(hash);
        assertEquals(inStore, store.storedFile(hash));
        assertArrayEquals(Files.readAllBytes(demo.resolve("walk.c3d")), Files.readAllBytes(inStore));

        Path work = temp.resolve("work");
        Path materialized = store.materialize(original.sessionId(), work);
        Session back = SessionJson.read(materialized);
        assertEquals(original.patient(), back.patient());
        assertEquals(original.referral(), back.referral());
        assertEquals(original.trials().size(), back.trials().size());
        assertEquals(work.resolve("walk.c3d").toAbsolutePath(), back.trials().get(0).file());
        assertArrayEquals(Files.readAllBytes(demo.resolve("walk.c3d")), Files.readAllBytes(work.resolve("walk.c3d")));
        assertTrue(store.session("no-such-session").isEmpty());
        assertThrows(StoreException.class, () -> store.materialize("no-such-session", temp.resolve("w2")));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sameContentIsStoredOnceAndSessionsListByDate(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        // same trial content (seed 5), S-2 recorded before S-1
        ImportResult first = store.importSession(SyntheticSessions.write(temp.resolve("a"),
                new SyntheticSessions.Spec("S-2", "P-1", "Anna Example", java.time.LocalDate.of(2024, 1, 1), 5, true)), TECH);
        ImportResult second = store.importSession(SyntheticSessions.write(temp.resolve("b"),
                new SyntheticSessions.Spec("S-1", "P-1", "Anna Example", java.time.LocalDate.of(2024, 2, 1), 5, true)), ADMIN);
        assertEquals(4, first.newFileCount(), "two C3D, a video, session.json");
        assertEquals(1, second.newFileCount(), "only the different session.json is new");
        try (Stream<Path> files = Files.walk(f.config.fileRoot().resolve("sha256"))) {
            assertEquals(5, files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).count());
        }
        List<SessionSummary> sessions = store.sessions("P-1");
        assertEquals(List.of("S-2", "S-1"), sessions.stream().map(SessionSummary::sessionId).toList(), "by session date, not id");
        assertEquals(3, sessions.get(0).trialCount());
        assertEquals(1, store.patients().size());
        assertEquals(2, store.patients().get(0).sessionCount());
        assertEquals(2, f.count("SELECT COUNT(*) FROM audit_entries WHERE action = 'session.import'"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void patientIsUpdatedByALaterImport(Engine engine) throws Exception {
        AmbuloStore store = open(fixture(engine));
        store.importSession(session("S-1", "P-1", "Anna Example", 1, false), TECH);
        store.importSession(session("S-2", "P-1", "Anna Married-Name", 2, false), TECH);
        assertEquals("Anna Married-Name", store.patients().get(0).name());
        assertTrue(store.auditTrail("session S-2").get(0).details().endsWith("patient record updated"));
        assertTrue(store.auditTrail("session S-1").get(0).details().endsWith("patient record created"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void duplicateImportIsRefusedNamingWhenAndWho(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        Path folder = session("S-1", "P-1", "Anna Example", 1, false);
        ImportResult first = store.importSession(folder, TECH);
        StoreException e = assertThrows(StoreException.class, () -> store.importSession(folder, ADMIN));
        assertTrue(e.getMessage().contains("S-1") && e.getMessage().contains("already") && e.getMessage().contains(TECH.userName())
                && e.getMessage().contains(first.importedAt().toString()), e.getMessage());
        assertEquals(1, f.count("SELECT COUNT(*) FROM audit_entries"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void corruptC3dIsRefusedNamingFileAndProblemAndNothingIsWritten(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        Path folder = session("S-1", "P-1", "Anna Example", 1, false);
        byte[] bytes = Files.readAllBytes(folder.resolve("walk01.c3d"));
        Files.write(folder.resolve("walk01.c3d"), java.util.Arrays.copyOf(bytes, 700)); // header and parameters, data cut off
        StoreException e = assertThrows(StoreException.class, () -> store.importSession(folder, TECH));
        assertTrue(e.getMessage().contains("walk01.c3d") && e.getMessage().contains("not a readable C3D"), e.getMessage());
        assertNothingStored(f, store);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void missingVideoIsRefusedAndNothingIsWritten(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        Path folder = session("S-1", "P-1", "Anna Example", 1, true);
        Files.delete(folder.resolve("walk01.avi"));
        StoreException e = assertThrows(StoreException.class, () -> store.importSession(folder, TECH));
        assertTrue(e.getMessage().contains("video trial file walk01.avi") && e.getMessage().contains("missing"), e.getMessage());
        assertNothingStored(f, store);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void folderWithoutSessionFileIsRefused(Engine engine) throws Exception {
        AmbuloStore store = open(fixture(engine));
        Path empty = Files.createDirectories(temp.resolve("empty"));
        StoreException e = assertThrows(StoreException.class, () -> store.importSession(empty, TECH));
        assertTrue(e.getMessage().contains("session.json") && e.getMessage().contains(".enf"), e.getMessage());
        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve("session.json"), "{ \"format\": \"ambulo-session\", ");
        e = assertThrows(StoreException.class, () -> store.importSession(broken, TECH));
        assertTrue(e.getMessage().contains("session.json") && e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    private static void assertNothingStored(StoreFixture f, AmbuloStore store) throws Exception {
        assertEquals(List.of(), store.patients());
        assertEquals(0, f.count("SELECT COUNT(*) FROM sessions"));
        assertEquals(0, f.count("SELECT COUNT(*) FROM trials"));
        assertEquals(0, f.count("SELECT COUNT(*) FROM audit_entries"));
        assertFalse(Files.exists(f.config.fileRoot().resolve("sha256")) && hasStoredFiles(f.config.fileRoot().resolve("sha256")),
                "no file stored before validation");
    }

    private static boolean hasStoredFiles(Path root) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.anyMatch(p -> p.getFileName().toString().matches("[0-9a-f]{64}"));
        }
    }
}
