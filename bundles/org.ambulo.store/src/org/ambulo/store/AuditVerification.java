package org.ambulo.store;

import java.util.Optional;

/**
 * Result of {@link AmbuloStore#verifyAudit()}.
 *
 * @param firstBrokenSeq
 *            sequence number of the first entry that does not verify (or of the signed report's signing entry whose PDF
 *            no longer matches); empty when intact
 * @param problem
 *            what is wrong, empty when intact
 */
public record AuditVerification(long entriesChecked, int signedReportsChecked, Optional<Long> firstBrokenSeq, Optional<String> problem) {

    public boolean intact() {
        return problem.isEmpty();
    }
}
