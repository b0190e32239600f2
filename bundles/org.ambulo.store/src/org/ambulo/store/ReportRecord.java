package org.ambulo.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One report version.
 *
 * @param previousReportId
 *            the version this one amends
 * @param supersededBy
 *            the amendment that replaced this version (state {@link ReportState#AMENDED})
 * @param pdfSha256Hex
 *            hash of the PDF in the content store; verifyAudit checks signed PDFs still hash to it
 */
public record ReportRecord(long reportId, String sessionId, int version, ReportState state, Optional<Long> previousReportId,
        Optional<Long> supersededBy, Optional<String> amendmentReason, String pdfSha256Hex, long pdfSizeBytes, String resultsSha256Hex,
        Instant createdAt, String createdBy, Optional<String> signedBy, Optional<Instant> signedAt) {
}
