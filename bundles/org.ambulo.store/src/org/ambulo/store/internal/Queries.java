package org.ambulo.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.ambulo.pipeline.FileDigests;
import org.ambulo.pipeline.JsonException;
import org.ambulo.pipeline.session.TrialRole;
import org.ambulo.store.PatientSummary;
import org.ambulo.store.SessionSummary;
import org.ambulo.store.StoreException;
import org.ambulo.store.StoredSession;
import org.ambulo.store.StoredTrial;

/** Reading patients and sessions, and writing a stored session back out as files. */
public final class Queries {

    private final Database db;
    private final ContentStore files;

    public Queries(Database db, ContentStore files) {
        this.db = db;
        this.files = files;
    }

    public List<PatientSummary> patients() throws StoreException {
        return db.read("Listing patients", c -> {
            List<PatientSummary> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT p.patient_id, p.full_name, p.birth_date, p.sex,"
                    + " (SELECT COUNT(*) FROM sessions s WHERE s.patient_id = p.patient_id) AS n,"
                    + " (SELECT MAX(s.session_date) FROM sessions s WHERE s.patient_id = p.patient_id) AS last_date"
                    + " FROM patients p ORDER BY p.patient_id"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new PatientSummary(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                            rs.getInt(5), Optional.ofNullable(rs.getObject(6, LocalDate.class))));
                }
            }
            return out;
        });
    }

    private static final String SESSION_COLUMNS = "s.session_id, s.patient_id, s.session_date, s.lab_name,"
            + " (SELECT COUNT(*) FROM trials t WHERE t.session_id = s.session_id) AS trial_count, s.imported_at, s.imported_by";

    /** The patient's sessions by date; uses the (patient_id, session_date, session_id) index. */
    public List<SessionSummary> sessions(String patientId) throws StoreException {
        return db.read("Listing the sessions of a patient", c -> {
            List<SessionSummary> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + SESSION_COLUMNS
                    + " FROM sessions s WHERE s.patient_id = ? ORDER BY s.session_date, s.session_id")) {
                s.setString(1, patientId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(summary(rs));
                    }
                }
            }
            return out;
        });
    }

    private static SessionSummary summary(ResultSet rs) throws SQLException {
        return new SessionSummary(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getInt(5),
                Database.fromDb(rs, "imported_at"), rs.getString(7));
    }

    public Optional<StoredSession> session(String sessionId) throws StoreException {
        return db.read("Reading session " + sessionId, c -> session(c, sessionId));
    }

    static Optional<StoredSession> session(Connection c, String sessionId) throws SQLException {
        SessionSummary summary;
        String conditions;
        String markerSet;
        List<String> operators;
        String jsonHash;
        try (PreparedStatement s = c.prepareStatement("SELECT " + SESSION_COLUMNS + ", s.footwear, s.orthosis, s.assistive_device,"
                + " s.marker_set, s.operators, s.session_json_sha256 FROM sessions s WHERE s.session_id = ?")) {
            s.setString(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                summary = summary(rs);
                conditions = new org.ambulo.pipeline.session.Conditions(rs.getString(8), rs.getString(9), rs.getString(10)).describe();
                markerSet = rs.getString(11);
                operators = lines(rs.getString(12));
                jsonHash = rs.getString(13);
            }
        }
        List<String> icd10;
        try (PreparedStatement s = c.prepareStatement("SELECT icd10_codes FROM referrals WHERE session_id = ?")) {
            s.setString(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                icd10 = rs.next() && !rs.getString(1).isEmpty() ? Arrays.asList(rs.getString(1).split(",")) : List.of();
            }
        }
        List<StoredTrial> trials = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT ordinal, file_name, trial_role, trial_condition, sha256, size_bytes"
                + " FROM trials WHERE session_id = ? ORDER BY ordinal")) {
            s.setString(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    trials.add(new StoredTrial(rs.getInt(1), rs.getString(2), TrialRole.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getString(5), rs.getLong(6)));
                }
            }
        }
        return Optional.of(new StoredSession(summary, conditions, markerSet, operators, icd10, jsonHash, trials));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    /**
     * Writes the session file and its trial files (original names) into {@code workFolder}, checking each copy against
     * its recorded hash.
     *
     * @return the written session.json
     */
    public Path materialize(String sessionId, Path workFolder) throws StoreException {
        StoredSession s = session(sessionId).orElseThrow(() -> new StoreException("Session " + sessionId + " is not in the " + db.name()));
        try {
            Files.createDirectories(workFolder);
            Path base = workFolder.toAbsolutePath().normalize();
            for (StoredTrial t : s.trials()) {
                Path target = base.resolve(t.fileName()).normalize();
                if (!target.startsWith(base)) {
                    throw new StoreException("Session " + sessionId + ": trial name " + t.fileName() + " points outside " + workFolder);
                }
                Files.createDirectories(target.getParent());
                copyChecked(t.sha256Hex(), target);
            }
            String json = new String(readChecked(s.sessionJsonSha256Hex()), StandardCharsets.UTF_8);
            String renamed = SessionJsonWriter.withTrialNames(json, s.trials().stream().map(StoredTrial::fileName).toList());
            Path sessionFile = base.resolve(SessionImporter.SESSION_FILE);
            Files.writeString(sessionFile, renamed, StandardCharsets.UTF_8);
            return sessionFile;
        } catch (IOException | JsonException | ClassCastException e) {
            throw new StoreException("Cannot write session " + sessionId + " into " + workFolder + ": " + e.getMessage(), e);
        }
    }

    private Path stored(String hash) throws StoreException {
        return files.existing(hash).orElseThrow(() -> new StoreException("The file store " + files.root() + " lacks the file " + hash
                + " that the " + db.name() + " references (restore it from the backup)"));
    }

    byte[] readChecked(String hash) throws StoreException, IOException {
        byte[] bytes = Files.readAllBytes(stored(hash));
        if (!FileDigests.sha256Hex(bytes).equals(hash)) {
            throw new StoreException("The file store file " + files.path(hash) + " no longer has the content it was stored with");
        }
        return bytes;
    }

    void copyChecked(String hash, Path target) throws StoreException, IOException {
        MessageDigest digest = FileDigests.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(stored(hash)), digest);
                OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
            in.transferTo(out);
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(hash)) {
            throw new StoreException("The file store file " + files.path(hash) + " no longer has the content it was stored with");
        }
    }
}
