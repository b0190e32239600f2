package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import org.ambulo.pipeline.FileDigests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Draft, sign, amend: signed versions and their inputs are immutable; roles enforced. Both engines. */
class ReportLifecycleTest extends StoreTestSupport {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void draftSignAmend(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        store.importSession(session("S-1", "P-1", "Anna Example", 1, false), TECH);

        ReportRecord draft = store.storeAnalysis("S-1", artifacts("v1"), TECH);
        assertEquals(ReportState.DRAFT, draft.state());
        assertEquals(1, draft.version());
        assertEquals(TECH.userName(), draft.createdBy());
        assertEquals(FileDigests.sha256Hex(store.storedFile(draft.pdfSha256Hex())), draft.pdfSha256Hex());
        assertArrayEquals(artifacts("v1").reportPdf(), store.reportPdf(draft.reportId()));

        ReportRecord draft2 = store.storeAnalysis("S-1", artifacts("v2"), TECH);
        assertEquals(2, draft2.version());
        assertEquals(Optional.of(draft.reportId()), draft2.previousReportId());
        assertEquals(Optional.of(draft2.reportId()), store.report(draft.reportId()).orElseThrow().supersededBy());
        StoreException e = assertThrows(StoreException.class, () -> store.signReport(draft.reportId(), DOC));
        assertTrue(e.getMessage().contains("replaced by report " + draft2.reportId()), e.getMessage());

        ReportRecord signed = store.signReport(draft2.reportId(), DOC);
        assertEquals(ReportState.SIGNED, signed.state());
        assertEquals(Optional.of(DOC.userName()), signed.signedBy());
        assertTrue(signed.signedAt().isPresent());

        e = assertThrows(StoreException.class, () -> store.signReport(signed.reportId(), ADMIN));
        assertTrue(e.getMessage().contains("already signed") && e.getMessage().contains(DOC.userName()), e.getMessage());
        e = assertThrows(StoreException.class, () -> store.storeAnalysis("S-1", artifacts("v3"), TECH));
        assertTrue(e.getMessage().contains("amend"), e.getMessage());
        e = assertThrows(StoreException.class, () -> store.deleteDraftReport(signed.reportId(), ADMIN));
        assertTrue(e.getMessage().contains("never deleted"), e.getMessage());
        e = assertThrows(StoreException.class, () -> store.amendReport(signed.reportId(), artifacts("v3"), " ", DOC));
        assertTrue(e.getMessage().contains("reason"), e.getMessage());

        ReportRecord amendment = store.amendReport(signed.reportId(), artifacts("v3"), "wrong side in the kinematics legend", DOC);
        assertEquals(3, amendment.version());
        assertEquals(ReportState.SIGNED, amendment.state());
        assertEquals(Optional.of(signed.reportId()), amendment.previousReportId());
        assertEquals(Optional.of("wrong side in the kinematics legend"), amendment.amendmentReason());
        ReportRecord old = store.report(signed.reportId()).orElseThrow();
        assertEquals(ReportState.AMENDED, old.state());
        assertEquals(Optional.of(amendment.reportId()), old.supersededBy());
        assertEquals(signed.pdfSha256Hex(), old.pdfSha256Hex(), "the old version stays as signed");
        assertEquals(signed.signedAt(), old.signedAt());
        assertArrayEquals(artifacts("v2").reportPdf(), store.reportPdf(old.reportId()), "old version still readable");

        e = assertThrows(StoreException.class, () -> store.amendReport(signed.reportId(), artifacts("v4"), "again", DOC));
        assertTrue(e.getMessage().contains("already amended by report " + amendment.reportId()), e.getMessage());
        assertEquals(List.of(1, 2, 3), store.reports("S-1").stream().map(ReportRecord::version).toList());
        assertEquals(List.of("report.draft", "report.draft", "report.sign", "report.amend"), store.auditTrail().stream()
                .map(AuditEntry::action).filter(a -> a.startsWith("report.")).toList());
        assertTrue(store.verifyAudit().intact());
        assertEquals(2, store.verifyAudit().signedReportsChecked());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void draftIsNotAmendedButMayBeDeleted(Engine engine) throws Exception {
        AmbuloStore store = open(fixture(engine));
        store.importSession(session("S-1", "P-1", "Anna Example", 1, false), TECH);
        ReportRecord draft = store.storeAnalysis("S-1", artifacts("v1"), TECH);
        StoreException e = assertThrows(StoreException.class, () -> store.amendReport(draft.reportId(), artifacts("v2"), "typo", DOC));
        assertTrue(e.getMessage().contains("is a draft"), e.getMessage());
        store.deleteDraftReport(draft.reportId(), TECH);
        assertEquals(List.of(), store.reports("S-1"));
        assertThrows(StoreException.class, () -> store.signReport(draft.reportId(), DOC));
        assertThrows(StoreException.class, () -> store.storeAnalysis("no-such-session", artifacts("x"), TECH));
        assertTrue(store.verifyAudit().intact());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void rolesAreEnforced(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        StoreException e = assertThrows(StoreException.class, () -> store.importSession(session("S-0", "P-1", "A", 0, false), DOC));
        assertTrue(e.getMessage().contains(DOC.userName()) && e.getMessage().contains("may not import"), e.getMessage());
        store.importSession(session("S-1", "P-1", "Anna Example", 1, false), TECH);
        assertThrows(StoreException.class, () -> store.storeAnalysis("S-1", artifacts("v1"), DOC));
        ReportRecord draft = store.storeAnalysis("S-1", artifacts("v1"), TECH);
        e = assertThrows(StoreException.class, () -> store.signReport(draft.reportId(), TECH));
        assertTrue(e.getMessage().contains("may not sign") && e.getMessage().contains("PHYSICIAN"), e.getMessage());
        assertThrows(StoreException.class, () -> store.deleteDraftReport(draft.reportId(), DOC));
        ReportRecord signed = store.signReport(draft.reportId(), ADMIN);
        assertThrows(StoreException.class, () -> store.amendReport(signed.reportId(), artifacts("v2"), "r", TECH));
        e = assertThrows(StoreException.class, () -> store.exportDeidentified(temp.resolve("export"), TECH));
        assertTrue(e.getMessage().contains("may not export"), e.getMessage());
        // each refusal is audited (access.denied) beside the three operations done: import, draft, sign
        assertEquals(3, f.count("SELECT COUNT(*) FROM audit_entries WHERE action <> 'access.denied'"), "refusals change nothing");
        assertEquals(List.of("sessions:import sessions", "session S-1:store analyses", "report " + draft.reportId() + ":sign reports",
                "report " + draft.reportId() + ":delete draft reports", "report " + signed.reportId() + ":amend reports",
                "export:export de-identified data"),
                store.auditTrail().stream().filter(x -> x.action().equals("access.denied"))
                        .map(x -> x.subject() + ":" + x.details().replaceAll("^operation: ([^;]*);.*$", "$1")).toList());
        assertTrue(store.verifyAudit().intact());
        assertTrue(Files.notExists(temp.resolve("export")));
    }
}
