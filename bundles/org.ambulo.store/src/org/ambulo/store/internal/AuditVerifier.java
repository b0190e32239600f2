package org.ambulo.store.internal;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

import org.ambulo.store.AuditEntry;
import org.ambulo.store.AuditVerification;
import org.ambulo.store.StoreException;

/**
 * Recomputes the audit chain, then checks every signed report: its signing entry must record the PDF hash the report
 * row holds, and the PDF in the file store must still hash to it.
 */
public final class AuditVerifier {

    private AuditVerifier() {
    }

    public static AuditVerification verify(Database db, ContentStore files) throws StoreException {
        return db.read("Verifying the audit trail", c -> {
            AuditLog.Problem chain = AuditLog.verifyChain(c);
            if (chain.problem() != null) {
                return new AuditVerification(chain.entriesChecked(), 0, Optional.of(chain.seq()), Optional.of(chain.problem()));
            }
            int checked = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT report_id, pdf_sha256 FROM reports WHERE signed_at IS NOT NULL"
                    + " ORDER BY report_id"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String hash = rs.getString(2);
                    checked++;
                    List<AuditEntry> signing = AuditLog.entries(c, "WHERE subject = ? AND action IN ('report.sign', 'report.amend')",
                            "report " + id);
                    if (signing.isEmpty()) {
                        return broken(chain, checked, -1, "signed report " + id + " has no signing entry in the audit trail");
                    }
                    AuditEntry entry = signing.get(signing.size() - 1);
                    if (!entry.details().contains("pdfSha256=" + hash)) {
                        return broken(chain, checked, entry.seq(), "signed report " + id + " holds a PDF hash that differs from the one"
                                + " recorded when it was signed (entry " + entry.seq() + ")");
                    }
                    try {
                        switch (files.check(hash)) {
                            case MISSING -> {
                                return broken(chain, checked, entry.seq(),
                                        "the PDF of signed report " + id + " is missing from the file store");
                            }
                            case ALTERED -> {
                                return broken(chain, checked, entry.seq(), "the PDF of signed report " + id + " (" + files.path(hash)
                                        + ") was altered after signing");
                            }
                            case INTACT -> {
                            }
                        }
                    } catch (IOException e) {
                        return broken(chain, checked, entry.seq(), "the PDF of signed report " + id + " cannot be read: " + e.getMessage());
                    }
                }
            }
            return new AuditVerification(chain.entriesChecked(), checked, Optional.empty(), Optional.empty());
        });
    }

    private static AuditVerification broken(AuditLog.Problem chain, int reports, long seq, String problem) {
        return new AuditVerification(chain.entriesChecked(), reports, seq < 0 ? Optional.empty() : Optional.of(seq), Optional.of(problem));
    }
}
