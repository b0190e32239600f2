package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The hash chain verifies, and each kind of tampering through plain JDBC or the file system is caught. Both engines. */
class AuditTrailTest extends StoreTestSupport {

    /** Five entries: three imports, a draft (report 1) and its signature. */
    private AmbuloStore populated(StoreFixture f) throws Exception {
        AmbuloStore store = open(f);
        for (int i = 1; i <= 3; i++) {
            store.importSession(session("S-" + i, "P-" + i, "Patient " + i, i, false), TECH);
        }
        ReportRecord draft = store.storeAnalysis("S-2", artifacts("v1"), TECH);
        store.signReport(draft.reportId(), DOC);
        return store;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void intactChainVerifies(Engine engine) throws Exception {
        AmbuloStore store = populated(fixture(engine));
        AuditVerification v = store.verifyAudit();
        assertTrue(v.intact(), v.toString());
        assertEquals(5, v.entriesChecked());
        assertEquals(1, v.signedReportsChecked());
        List<AuditEntry> trail = store.auditTrail();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), trail.stream().map(AuditEntry::seq).toList());
        for (int i = 1; i < trail.size(); i++) {
            assertEquals(trail.get(i - 1).entryHashHex(), trail.get(i).previousHashHex());
        }
        assertEquals(DOC.userName(), trail.get(4).userName());
        assertEquals(Role.PHYSICIAN, trail.get(4).role());
        assertEquals("session S-2", trail.get(1).subject());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void changedDetailIsCaught(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = populated(f);
        f.execute("UPDATE audit_entries SET details = REPLACE(details, '2 trial files', '1 trial files') WHERE seq = 2");
        assertBroken(store, 2, "changed");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void changedUserIsCaught(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = populated(f);
        f.execute("UPDATE audit_entries SET user_name = 'someone.else' WHERE seq = 5");
        assertBroken(store, 5, "changed");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deletedEntryIsCaught(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = populated(f);
        f.execute("DELETE FROM audit_entries WHERE seq = 3");
        assertBroken(store, 3, "missing");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deletedLastEntryIsCaught(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = populated(f);
        f.execute("DELETE FROM audit_entries WHERE seq = 5");
        assertBroken(store, 5, "removed from the end");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rewrittenChainIsCaughtByTheHead(Engine engine) throws Exception {
        // deleting the last entry and "fixing" nothing else is caught above; re-sequencing a middle deletion is caught here
        StoreFixture f = fixture(engine);
        AmbuloStore store = populated(f);
        f.execute("DELETE FROM audit_entries WHERE seq = 5");
        f.execute("UPDATE audit_head SET last_seq = 4, last_hash = (SELECT entry_hash FROM audit_entries WHERE seq = 4)");
        AuditVerification v = store.verifyAudit();
        assertFalse(v.intact(), "the signed report has lost its signing entry");
        assertTrue(v.problem().orElseThrow().contains("no signing entry"), v.toString());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void alteredSignedPdfIsCaught(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = populated(f);
        ReportRecord signed = store.reports("S-2").get(0);
        Path pdf = store.storedFile(signed.pdfSha256Hex());
        pdf.toFile().setWritable(true);
        Files.writeString(pdf, "%PDF-1.7 forged\n");
        assertBroken(store, 5, "altered after signing");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void swappedPdfHashInTheDatabaseIsCaught(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = populated(f);
        // a forged PDF stored properly, then the signed row pointed at it
        ReportRecord other = store.storeAnalysis("S-3", artifacts("forged"), TECH);
        f.execute("UPDATE reports SET pdf_sha256 = '" + other.pdfSha256Hex() + "' WHERE session_id = 'S-2'");
        assertBroken(store, 5, "differs from the one recorded when it was signed");
    }

    private static void assertBroken(AmbuloStore store, long seq, String problem) throws StoreException {
        AuditVerification v = store.verifyAudit();
        assertFalse(v.intact(), v.toString());
        assertEquals(Optional.of(seq), v.firstBrokenSeq(), v.toString());
        assertTrue(v.problem().orElseThrow().contains(problem), v.toString());
    }
}
