package org.ambulo.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ambulo.store.Actor;
import org.ambulo.store.AnalysisArtifacts;
import org.ambulo.store.ReportRecord;
import org.ambulo.store.ReportState;
import org.ambulo.store.Role;
import org.ambulo.store.StoreException;

/**
 * Report versions. A draft may be replaced or deleted; a signed version and its inputs (results, provenance,
 * interpretation, PDF) are never changed: an amendment is a new version that references the old one, which becomes
 * {@link ReportState#AMENDED} and stays readable.
 */
public final class Reports {

    private final Database db;
    private final ContentStore files;

    public Reports(Database db, ContentStore files) {
        this.db = db;
        this.files = files;
    }

    private record StoredArtifacts(ContentStore.Stored results, ContentStore.Stored pdf) {
    }

    private StoredArtifacts put(AnalysisArtifacts a) throws StoreException {
        if (a.reportPdf().length == 0) {
            throw new StoreException("The report PDF is empty");
        }
        try {
            return new StoredArtifacts(files.put(a.resultsJson().getBytes(StandardCharsets.UTF_8)), files.put(a.reportPdf()));
        } catch (IOException e) {
            throw new StoreException("Cannot write the analysis files into the file store " + files.root() + ": " + e.getMessage(), e);
        }
    }

    /** A new draft version; refused when the session already has a signed report (amend that instead). */
    public ReportRecord storeAnalysis(String sessionId, AnalysisArtifacts artifacts, Actor actor) throws StoreException {
        Roles.require(db, actor, "store analyses", "session " + sessionId, Role.TECHNICIAN);
        StoredArtifacts stored = put(artifacts);
        return db.inTransaction("Storing the analysis of session " + sessionId, c -> {
            lockSession(c, sessionId);
            List<ReportRecord> existing = reports(c, sessionId);
            Optional<ReportRecord> signed = existing.stream().filter(r -> r.state() != ReportState.DRAFT).reduce((a, b) -> b);
            if (signed.isPresent()) {
                throw new StoreException("Session " + sessionId + " has a signed report (report " + signed.get().reportId() + ", version "
                        + signed.get().version() + "); a signed report is not replaced by a new analysis, amend it instead");
            }
            Optional<ReportRecord> previousDraft = existing.stream().filter(r -> r.supersededBy().isEmpty()).reduce((a, b) -> b);
            long id = insertVersion(c, sessionId, existing.size() + 1, previousDraft.map(ReportRecord::reportId), artifacts, stored,
                    ReportState.DRAFT, Optional.empty(), actor);
            if (previousDraft.isPresent()) {
                setSupersededBy(c, previousDraft.get().reportId(), id, ReportState.DRAFT);
            }
            AuditLog.append(c, actor, "report.draft", "report " + id, "session " + sessionId + " version " + (existing.size() + 1)
                    + "; pdfSha256=" + stored.pdf().sha256Hex() + "; resultsSha256=" + stored.results().sha256Hex());
            return report(c, id);
        });
    }

    public ReportRecord sign(long reportId, Actor physician) throws StoreException {
        Roles.require(db, physician, "sign reports", "report " + reportId, Role.PHYSICIAN);
        return db.inTransaction("Signing report " + reportId, c -> {
            ReportRecord r = lockReport(c, reportId);
            refuseUnlessCurrentDraft(r, "signed");
            checkPdf(r);
            Instant now = Database.truncate(Instant.now());
            try (PreparedStatement s = c.prepareStatement("UPDATE reports SET report_state = 'SIGNED', signed_by = ?, signed_at = ?"
                    + " WHERE report_id = ? AND report_state = 'DRAFT'")) {
                s.setString(1, physician.userName());
                s.setObject(2, Database.toDb(now));
                s.setLong(3, reportId);
                s.executeUpdate();
            }
            AuditLog.append(c, physician, "report.sign", "report " + reportId,
                    "session " + r.sessionId() + " version " + r.version() + "; pdfSha256=" + r.pdfSha256Hex());
            return report(c, reportId);
        });
    }

    /** A new version, signed by the amending physician, that supersedes a signed one. */
    public ReportRecord amend(long reportId, AnalysisArtifacts replacement, String reason, Actor physician) throws StoreException {
        Roles.require(db, physician, "amend reports", "report " + reportId, Role.PHYSICIAN);
        if (reason == null || reason.isBlank()) {
            throw new StoreException("Amending report " + reportId + " needs a reason");
        }
        StoredArtifacts stored = put(replacement);
        return db.inTransaction("Amending report " + reportId, c -> {
            ReportRecord old = lockReport(c, reportId);
            if (old.state() == ReportState.DRAFT) {
                throw new StoreException(
                        "Report " + reportId + " is a draft; only a signed report is amended (sign it, or store a new analysis)");
            }
            if (old.state() == ReportState.AMENDED) {
                throw new StoreException("Report " + reportId + " was already amended by report " + old.supersededBy().orElse(-1L)
                        + "; amend the newest version");
            }
            int version = reports(c, old.sessionId()).size() + 1;
            long id = insertVersion(c, old.sessionId(), version, Optional.of(reportId), replacement, stored, ReportState.SIGNED,
                    Optional.of(reason), physician);
            setSupersededBy(c, reportId, id, ReportState.AMENDED);
            AuditLog.append(c, physician, "report.amend", "report " + id, "amends report " + reportId + "; session " + old.sessionId()
                    + " version " + version + "; pdfSha256=" + stored.pdf().sha256Hex() + "; reason: " + reason);
            return report(c, id);
        });
    }

    /** Deletes a draft (never a signed or amended version). */
    public void deleteDraft(long reportId, Actor actor) throws StoreException {
        Roles.require(db, actor, "delete draft reports", "report " + reportId, Role.TECHNICIAN);
        db.inTransaction("Deleting report " + reportId, c -> {
            ReportRecord r = lockReport(c, reportId);
            if (r.state() != ReportState.DRAFT) {
                throw new StoreException("Report " + reportId + " is " + r.state() + " by " + r.signedBy().orElse("?")
                        + "; signed reports are never deleted (amend it instead)");
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE reports SET previous_report_id = NULL WHERE previous_report_id = ?")) {
                s.setLong(1, reportId);
                s.executeUpdate();
            }
            long resultId;
            Long interpretationId;
            try (PreparedStatement s = c.prepareStatement("SELECT result_id, interpretation_id FROM reports WHERE report_id = ?")) {
                s.setLong(1, reportId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    resultId = rs.getLong(1);
                    long i = rs.getLong(2);
                    interpretationId = rs.wasNull() ? null : i;
                }
            }
            execute(c, "DELETE FROM reports WHERE report_id = ?", reportId);
            execute(c, "DELETE FROM results WHERE result_id = ?", resultId);
            if (interpretationId != null) {
                execute(c, "DELETE FROM interpretations WHERE interpretation_id = ?", interpretationId);
            }
            AuditLog.append(c, actor, "report.delete-draft", "report " + reportId, "session " + r.sessionId() + " version " + r.version());
            return null;
        });
    }

    public List<ReportRecord> reports(String sessionId) throws StoreException {
        return db.read("Listing the reports of session " + sessionId, c -> reports(c, sessionId));
    }

    public Optional<ReportRecord> report(long reportId) throws StoreException {
        return db.read("Reading report " + reportId, c -> find(c, reportId, ""));
    }

    private void checkPdf(ReportRecord r) throws StoreException {
        try {
            switch (files.check(r.pdfSha256Hex())) {
                case MISSING -> throw new StoreException(
                        "Report " + r.reportId() + ": its PDF " + r.pdfSha256Hex() + " is missing from the file store " + files.root());
                case ALTERED ->
                    throw new StoreException("Report " + r.reportId() + ": its PDF in the file store was altered; it cannot be signed");
                case INTACT -> {
                }
            }
        } catch (IOException e) {
            throw new StoreException("Report " + r.reportId() + ": cannot read its PDF: " + e.getMessage(), e);
        }
    }

    private static void refuseUnlessCurrentDraft(ReportRecord r, String what) throws StoreException {
        if (r.state() == ReportState.SIGNED || r.state() == ReportState.AMENDED) {
            throw new StoreException("Report " + r.reportId() + " is already signed (by " + r.signedBy().orElse("?") + " at "
                    + r.signedAt().map(Instant::toString).orElse("?") + "); a signed report cannot be " + what + " again");
        }
        if (r.supersededBy().isPresent()) {
            throw new StoreException("Report " + r.reportId() + " is an old draft replaced by report " + r.supersededBy().get()
                    + "; it cannot be " + what);
        }
    }

    private static void lockSession(Connection c, String sessionId) throws SQLException, StoreException {
        try (PreparedStatement s = c.prepareStatement("SELECT session_id FROM sessions WHERE session_id = ? FOR UPDATE")) {
            s.setString(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("Session " + sessionId + " is not in the store");
                }
            }
        }
    }

    private static ReportRecord lockReport(Connection c, long reportId) throws SQLException, StoreException {
        return find(c, reportId, " FOR UPDATE").orElseThrow(() -> new StoreException("Report " + reportId + " does not exist"));
    }

    private static long insertVersion(Connection c, String sessionId, int version, Optional<Long> previous, AnalysisArtifacts a,
            StoredArtifacts stored, ReportState state, Optional<String> reason, Actor actor) throws SQLException {
        Instant now = Database.truncate(Instant.now());
        long resultId;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO results (session_id, results_sha256, results_size, provenance_json,"
                + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)", new String[]{"result_id"})) {
            s.setString(1, sessionId);
            s.setString(2, stored.results().sha256Hex());
            s.setLong(3, stored.results().sizeBytes());
            s.setString(4, a.provenanceJson());
            s.setObject(5, Database.toDb(now));
            s.setString(6, actor.userName());
            s.executeUpdate();
            resultId = generatedKey(s);
        }
        Long interpretationId = null;
        if (a.interpretation().isPresent()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO interpretations (session_id, narrative, findings, impression,"
                    + " recommendations, source, created_at, created_by) VALUES (?, ?, '', '', '', 'report', ?, ?)",
                    new String[]{"interpretation_id"})) {
                s.setString(1, sessionId);
                s.setString(2, a.interpretation().get());
                s.setObject(3, Database.toDb(now));
                s.setString(4, actor.userName());
                s.executeUpdate();
                interpretationId = generatedKey(s);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO reports (session_id, report_version, previous_report_id, result_id,"
                + " interpretation_id, report_state, amendment_reason, pdf_sha256, pdf_size, created_at, created_by, signed_by, signed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[]{"report_id"})) {
            s.setString(1, sessionId);
            s.setInt(2, version);
            if (previous.isPresent()) {
                s.setLong(3, previous.get());
            } else {
                s.setNull(3, Types.BIGINT);
            }
            s.setLong(4, resultId);
            if (interpretationId != null) {
                s.setLong(5, interpretationId);
            } else {
                s.setNull(5, Types.BIGINT);
            }
            s.setString(6, state.name());
            s.setString(7, reason.orElse(null));
            s.setString(8, stored.pdf().sha256Hex());
            s.setLong(9, stored.pdf().sizeBytes());
            s.setObject(10, Database.toDb(now));
            s.setString(11, actor.userName());
            boolean signed = state == ReportState.SIGNED;
            s.setString(12, signed ? actor.userName() : null);
            s.setObject(13, signed ? Database.toDb(now) : null, Types.TIMESTAMP_WITH_TIMEZONE);
            s.executeUpdate();
            return generatedKey(s);
        }
    }

    private static long generatedKey(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated key");
            }
            return keys.getLong(1);
        }
    }

    private static void setSupersededBy(Connection c, long oldId, long newId, ReportState state) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE reports SET superseded_by = ?, report_state = ? WHERE report_id = ?")) {
            s.setLong(1, newId);
            s.setString(2, state.name());
            s.setLong(3, oldId);
            s.executeUpdate();
        }
    }

    private static void execute(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    private static final String COLUMNS = "r.report_id, r.session_id, r.report_version, r.report_state, r.previous_report_id,"
            + " r.superseded_by, r.amendment_reason, r.pdf_sha256, r.pdf_size, res.results_sha256, r.created_at, r.created_by,"
            + " r.signed_by, r.signed_at";

    private static ReportRecord report(Connection c, long reportId) throws SQLException {
        return find(c, reportId, "").orElseThrow(() -> new SQLException("report " + reportId + " vanished"));
    }

    private static Optional<ReportRecord> find(Connection c, long reportId, String suffix) throws SQLException {
        // FOR UPDATE locks the report row only (PostgreSQL refuses FOR UPDATE on the nullable side of a join)
        if (!suffix.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("SELECT report_id FROM reports WHERE report_id = ?" + suffix)) {
                s.setLong(1, reportId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM reports r JOIN results res ON res.result_id = r.result_id WHERE r.report_id = ?")) {
            s.setLong(1, reportId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(record(rs)) : Optional.empty();
            }
        }
    }

    static List<ReportRecord> reports(Connection c, String sessionId) throws SQLException {
        List<ReportRecord> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM reports r JOIN results res ON res.result_id = r.result_id WHERE r.session_id = ? ORDER BY r.report_version")) {
            s.setString(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(record(rs));
                }
            }
        }
        return out;
    }

    private static ReportRecord record(ResultSet rs) throws SQLException {
        return new ReportRecord(rs.getLong(1), rs.getString(2), rs.getInt(3), ReportState.valueOf(rs.getString(4)), optionalLong(rs, 5),
                optionalLong(rs, 6), Optional.ofNullable(rs.getString(7)), rs.getString(8), rs.getLong(9), rs.getString(10),
                Database.fromDb(rs, "created_at"), rs.getString(12), Optional.ofNullable(rs.getString(13)),
                Optional.ofNullable(Database.fromDb(rs, "signed_at")));
    }

    private static Optional<Long> optionalLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }
}
