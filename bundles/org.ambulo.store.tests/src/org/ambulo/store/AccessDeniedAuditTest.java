package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A refused operation is itself audited: an {@code access.denied} entry (user, role, operation, subject; no patient
 * names) in its own transaction, chained like every other entry. Both engines.
 */
class AccessDeniedAuditTest extends StoreTestSupport {

    private static final String NAME = "Anna Deniedtest";

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTechnicianWhoTriesToSignIsRefusedAndTheAttemptIsInTheTrail(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        store.importSession(session("S-1", "P-1", NAME, 1, false), TECH);
        ReportRecord draft = store.storeAnalysis("S-1", artifacts("v1"), TECH);

        StoreException e = assertThrows(StoreException.class, () -> store.signReport(draft.reportId(), TECH));
        assertTrue(e.getMessage().contains("may not sign reports"), e.getMessage());
        assertEquals(0, e.getSuppressed().length, "the refusal was recorded");
        assertEquals(ReportState.DRAFT, store.report(draft.reportId()).orElseThrow().state(), "nothing signed");

        List<AuditEntry> trail = store.auditTrail();
        assertEquals(List.of("session.import", "report.draft", "access.denied"), trail.stream().map(AuditEntry::action).toList());
        AuditEntry denied = trail.get(2);
        assertEquals(TECH.userName(), denied.userName());
        assertEquals(Role.TECHNICIAN, denied.role());
        assertEquals("report " + draft.reportId(), denied.subject());
        assertTrue(denied.details().contains("operation: sign reports") && denied.details().contains("PHYSICIAN"), denied.details());
        assertEquals(trail.get(1).entryHashHex(), denied.previousHashHex(), "chained to the entry before");
        assertEquals(List.of(denied), store.auditTrail("report " + draft.reportId()).stream()
                .filter(x -> x.action().equals("access.denied")).toList());
        assertTrue(store.verifyAudit().intact(), store.verifyAudit().toString());

        // the trail goes on after the refusal: the physician signs, the chain still verifies
        store.signReport(draft.reportId(), DOC);
        assertEquals(4, store.verifyAudit().entriesChecked());
        assertTrue(store.verifyAudit().intact());
        for (AuditEntry entry : store.auditTrail()) {
            assertFalse(entry.details().contains("Anna") || entry.subject().contains("Anna"), "patient name in " + entry);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void tamperingWithADeniedEntryIsDetected(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        assertThrows(StoreException.class, () -> store.importSession(session("S-1", "P-1", NAME, 1, false), DOC));
        store.importSession(session("S-2", "P-1", NAME, 2, false), TECH);
        assertEquals("access.denied", store.auditTrail().get(0).action());
        assertEquals("sessions", store.auditTrail().get(0).subject(), "the session was not read before the refusal");
        assertTrue(store.verifyAudit().intact());
        // hiding who tried: the entry's hash no longer matches
        f.execute("UPDATE audit_entries SET user_name = 'tina.tech' WHERE seq = 1");
        AuditVerification v = store.verifyAudit();
        assertFalse(v.intact());
        assertEquals(java.util.Optional.of(1L), v.firstBrokenSeq(), v.toString());
    }
}
