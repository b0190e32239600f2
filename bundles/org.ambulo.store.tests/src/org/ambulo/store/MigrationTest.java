package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.ambulo.demo.DemoSession;
import org.ambulo.pipeline.FileDigests;
import org.ambulo.pipeline.session.SessionJson;
import org.ambulo.store.internal.BundledMigrations;
import org.ambulo.store.internal.ContentStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schema versions: a database an older Ambulo made (schema version 1, with real imported sessions, a signed report and
 * its audit chain) is migrated to the newest schema and keeps all of it; a database migrated by a newer Ambulo is
 * refused before anything is changed. Both engines.
 */
class MigrationTest extends StoreTestSupport {

    /** Flyway creates it with a quoted lower-case name (H2 folds unquoted names to upper case). */
    private static final String HISTORY = "\"flyway_schema_history\"";

    /** The newest schema version this code has (2: lab norm datasets). */
    private static final int NEWEST = BundledMigrations.load().latestVersion();

    @ParameterizedTest
    @EnumSource(Engine.class)
    void version1DatabaseIsMigratedKeepingSessionsReportsAndAuditChain(Engine engine) throws Exception {
        assertEquals(2, NEWEST, "this test was written when version 2 was the newest");
        StoreFixture f = fixture(engine);
        Path demo = temp.resolve("demo");
        String demoId = SessionJson.read(DemoSession.extractTo(demo)).sessionId();
        List<AuditEntry> trailAtV1;
        String walkSha;
        ReportRecord signed;
        try (AmbuloStore v1 = AmbuloStore.openAtSchemaVersion(f.config, 1)) {
            assertEquals(1, v1.schemaVersion());
            v1.importSession(demo, TECH); // the demo's walk.c3d is a real capture
            v1.importSession(session("S-2", "P-2", "Anna Example", 2, true), TECH);
            signed = v1.signReport(v1.storeAnalysis(demoId, artifacts("v1"), TECH).reportId(), DOC);
            assertThrows(StoreException.class, () -> v1.amendReport(signed.reportId(), artifacts("v2"), "typo", TECH));
            trailAtV1 = v1.auditTrail();
            walkSha = v1.session(demoId).orElseThrow().trials().get(0).sha256Hex();
            assertTrue(v1.verifyAudit().intact());
        }
        assertEquals(List.of("1"), historyVersions(f));
        assertThrows(SQLException.class, () -> f.count("SELECT COUNT(*) FROM norm_datasets"), "no version 2 table yet");

        try (AmbuloStore store = f.open()) {
            assertEquals(NEWEST, store.schemaVersion());
            assertEquals(List.of("1", "2"), historyVersions(f));
            assertEquals(trailAtV1, store.auditTrail(), "the audit trail is unchanged by the migration");
            AuditVerification v = store.verifyAudit();
            assertTrue(v.intact(), v.toString());
            assertEquals(trailAtV1.size(), v.entriesChecked());
            assertEquals(1, v.signedReportsChecked());
            assertEquals(java.util.stream.Stream.of(demoId, "S-2").sorted().toList(), store.patients().stream()
                    .flatMap(p -> uncheckedSessions(store, p.patientId()).stream()).map(SessionSummary::sessionId).sorted().toList());
            assertEquals(signed, store.report(signed.reportId()).orElseThrow());
            Path work = temp.resolve("work");
            store.materialize(demoId, work);
            assertEquals(walkSha, FileDigests.sha256Hex(work.resolve(DemoSession.TRIAL)));
            assertEquals(-1, Files.mismatch(demo.resolve(DemoSession.TRIAL), work.resolve(DemoSession.TRIAL)));

            // the new table works and the chain continues from the migrated trail
            store.storeNormDataset(LabNorms.write(temp.resolve("norms"), "1"), DOC);
            assertEquals(1, store.normDatasets().size());
            List<AuditEntry> after = store.auditTrail();
            assertEquals(trailAtV1.get(trailAtV1.size() - 1).entryHashHex(), after.get(trailAtV1.size()).previousHashHex());
            assertTrue(store.verifyAudit().intact());
        }
        try (AmbuloStore again = f.open()) { // migrating twice is a no-op
            assertEquals(NEWEST, again.schemaVersion());
            assertEquals(List.of("1", "2"), historyVersions(f));
        }
    }

    private static List<SessionSummary> uncheckedSessions(AmbuloStore store, String patientId) {
        try {
            return store.sessions(patientId);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Versions applied (H2's history also holds Flyway's schema-creation row, which has none). */
    private static List<String> historyVersions(StoreFixture f) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (var c = f.jdbc();
                var s = c.createStatement();
                var rs = s.executeQuery("SELECT \"version\" FROM " + HISTORY
                        + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void newerSchemaIsRefusedAndLeftUnchanged(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        try (AmbuloStore store = f.open()) {
            assertEquals(NEWEST, store.schemaVersion());
            store.importSession(session("S-1", "P-1", "Anna Example", 1, false), TECH);
        }
        int future = NEWEST + 1;
        // what a future Ambulo with one more script would have left behind
        f.execute("INSERT INTO " + HISTORY + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                + " \"installed_by\", \"execution_time\", \"success\") VALUES (" + (NEWEST + 1) + ", '" + future + "', 'future change',"
                + " 'SQL', 'V" + future + "__future_change.sql', 12345, 'future', 1, TRUE)");
        long historyRows = f.count("SELECT COUNT(*) FROM " + HISTORY);
        long auditRows = f.count("SELECT COUNT(*) FROM audit_entries");

        StoreException e = assertThrows(StoreException.class, f::open);
        assertTrue(e.getMessage().contains("schema version " + future)
                && e.getMessage().contains("newer than this Ambulo knows (" + NEWEST + ")") && e.getMessage().contains("left unchanged"),
                e.getMessage());
        assertTrue(e.getMessage().contains(engine == Engine.H2 ? "H2 database" : "PostgreSQL database"), e.getMessage());
        assertEquals(historyRows, f.count("SELECT COUNT(*) FROM " + HISTORY));
        assertEquals(auditRows, f.count("SELECT COUNT(*) FROM audit_entries"));
        assertEquals(1, f.count("SELECT COUNT(*) FROM sessions"));

        // removing the future row makes it acceptable again: the refusal was about the version only
        f.execute("DELETE FROM " + HISTORY + " WHERE \"version\" = '" + future + "'");
        try (AmbuloStore store = f.open()) {
            assertEquals(1, store.sessions("P-1").size());
        }
    }
}
