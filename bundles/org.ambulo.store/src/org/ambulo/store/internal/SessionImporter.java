package org.ambulo.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dReader;
import org.ambulo.pipeline.session.Patient;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionException;
import org.ambulo.pipeline.session.SessionJson;
import org.ambulo.pipeline.session.SessionTrial;
import org.ambulo.pipeline.session.TrialRole;
import org.ambulo.store.Actor;
import org.ambulo.store.ImportResult;
import org.ambulo.store.Role;
import org.ambulo.store.StoreException;
import org.ambulo.store.internal.enf.EnfSessionReader;

/**
 * Imports one session folder: everything is checked and the files are put into the content store first, then all
 * rows and the audit entry are written in one transaction. Killing the process at any moment leaves the whole session
 * or no rows at all (at worst unreferenced files).
 */
public final class SessionImporter {

    /** Name of the session file in an import folder. */
    public static final String SESSION_FILE = "session.json";

    private final Database db;
    private final ContentStore files;

    public SessionImporter(Database db, ContentStore files) {
        this.db = db;
        this.files = files;
    }

    /** A session read from a folder, with the names its trial files are stored under. */
    record Source(Session session, String sessionJson, String format, List<String> trialNames) {
    }

    public ImportResult importSession(Path folder, Actor actor) throws StoreException {
        Roles.require(db, actor, "import sessions", "sessions", Role.TECHNICIAN);
        Source source = read(folder);
        Session session = source.session();
        refuseDuplicate(session.sessionId());
        List<ContentStore.Stored> stored = new ArrayList<>();
        ContentStore.Stored sessionFile;
        try {
            for (SessionTrial t : session.trials()) {
                stored.add(files.put(t.file()));
            }
            sessionFile = files.put(source.sessionJson().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("Cannot copy the files of " + folder + " into the file store " + files.root() + ": " + e.getMessage(),
                    e);
        }
        Instant now = Database.truncate(Instant.now());
        db.inTransaction("Importing " + folder.getFileName(), c -> {
            insert(c, source, stored, sessionFile, now, actor);
            return null;
        });
        int added = (int) stored.stream().filter(ContentStore.Stored::added).count() + (sessionFile.added() ? 1 : 0);
        long bytes = stored.stream().mapToLong(ContentStore.Stored::sizeBytes).sum() + sessionFile.sizeBytes();
        return new ImportResult(session.sessionId(), session.patient().id(), session.trials().size(), added, bytes, now, actor.userName());
    }

    /** Reads session.json (or the .enf files) and checks every trial file; nothing is written. */
    Source read(Path folder) throws StoreException {
        if (!Files.isDirectory(folder)) {
            throw new StoreException("Cannot import " + folder + ": not a folder");
        }
        Path sessionFile = folder.resolve(SESSION_FILE);
        Session session;
        String json;
        String format;
        try {
            if (Files.isRegularFile(sessionFile)) {
                session = SessionJson.read(sessionFile);
                json = Files.readString(sessionFile, StandardCharsets.UTF_8);
                format = "session-json";
            } else {
                Optional<Session> enf = EnfSessionReader.read(folder);
                if (enf.isEmpty()) {
                    throw new StoreException(
                            "Cannot import " + folder + ": it has no " + SESSION_FILE + " and no Vicon Eclipse .enf files");
                }
                session = enf.get();
                format = "vicon-enf";
                json = null;
            }
        } catch (SessionException e) {
            throw new StoreException("Cannot import " + folder + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("Cannot import " + folder + ": cannot read " + sessionFile + ": " + e.getMessage(), e);
        }
        List<String> names = trialNames(folder, session);
        for (int i = 0; i < session.trials().size(); i++) {
            check(folder, session, session.trials().get(i), names.get(i));
        }
        if (json == null) {
            json = SessionJsonWriter.write(session, names);
            try {
                SessionJson.parse(json, sessionFile); // what is stored must read back
            } catch (SessionException e) {
                throw new StoreException(
                        "Cannot import " + folder + ": the session read from the .enf files is incomplete: " + e.getMessage(), e);
            }
        }
        return new Source(session, json, format, names);
    }

    /** Names relative to the folder; a trial outside the folder keeps its file name. Names must be unique. */
    private static List<String> trialNames(Path folder, Session session) throws StoreException {
        Path base = folder.toAbsolutePath().normalize();
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SessionTrial t : session.trials()) {
            Path file = t.file().toAbsolutePath().normalize();
            String name = file.startsWith(base) ? base.relativize(file).toString().replace('\\', '/') : file.getFileName().toString();
            if (!seen.add(name)) {
                throw new StoreException(
                        "Cannot import " + folder + ": session " + session.sessionId() + " lists the file " + name + " twice");
            }
            names.add(name);
        }
        return names;
    }

    private static void check(Path folder, Session session, SessionTrial t, String name) throws StoreException {
        String what = "Cannot import " + folder + ": session " + session.sessionId() + " lists the " + t.role().id() + " trial file "
                + name;
        if (!Files.isRegularFile(t.file())) {
            throw new StoreException(what + ", which is missing (" + t.file() + ")");
        }
        if (t.role() == TrialRole.VIDEO) {
            return; // videos are stored as they are
        }
        try {
            C3dReader.read(t.file());
        } catch (C3dFormatException e) {
            throw new StoreException(what + ", which is not a readable C3D file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(what + ", which cannot be read: " + e.getMessage(), e);
        }
    }

    private void refuseDuplicate(String sessionId) throws StoreException {
        Optional<String> duplicate = db.read("Checking session " + sessionId, c -> duplicateMessage(c, sessionId));
        if (duplicate.isPresent()) {
            throw new StoreException(duplicate.get());
        }
    }

    private Optional<String> duplicateMessage(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT imported_at, imported_by FROM sessions WHERE session_id = ?")) {
            s.setString(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(
                            "Session " + sessionId + " is already in the " + db.name() + ": imported " + Database.fromDb(rs, "imported_at")
                                    + " by " + rs.getString("imported_by") + " (a duplicate import is refused; nothing was changed)");
                }
            }
        }
        return Optional.empty();
    }

    private void insert(Connection c, Source source, List<ContentStore.Stored> stored, ContentStore.Stored sessionFile, Instant now,
            Actor actor) throws SQLException, StoreException {
        Session s = source.session();
        Optional<String> duplicate = duplicateMessage(c, s.sessionId());
        if (duplicate.isPresent()) {
            throw new StoreException(duplicate.get());
        }
        String patientChange = upsertPatient(c, s.patient(), now);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO sessions (session_id, patient_id, session_date, report_created, demo,"
                + " footwear, orthosis, assistive_device, lab_name, marker_set, lab_profile, operators, signing_physician,"
                + " session_json_sha256, source_format, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.sessionId());
            p.setString(2, s.patient().id());
            p.setObject(3, s.sessionDate());
            p.setObject(4, Database.toDb(s.reportCreated()));
            p.setBoolean(5, s.demo());
            p.setString(6, s.conditions().footwear());
            p.setString(7, s.conditions().orthosis());
            p.setString(8, s.conditions().assistiveDevice());
            p.setString(9, s.lab().name());
            p.setString(10, s.lab().markerSet());
            p.setString(11, String.join("\n", s.lab().equipment()));
            p.setString(12, String.join("\n", s.lab().personnel()));
            p.setString(13, s.signature().physicianName());
            p.setString(14, sessionFile.sha256Hex());
            p.setString(15, source.format());
            p.setObject(16, Database.toDb(now));
            p.setString(17, actor.userName());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO referrals (session_id, referring_physician, reason, icd10_codes,"
                + " history, medical_necessity, imaging) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.sessionId());
            p.setString(2, s.referral().referringPhysician());
            p.setString(3, s.referral().reason());
            p.setString(4, String.join(",", s.referral().icd10Codes()));
            p.setString(5, s.referral().history());
            p.setString(6, s.referral().medicalNecessity());
            p.setString(7, s.referral().imaging());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO trials (session_id, ordinal, file_name, trial_role, trial_condition,"
                + " sha256, size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < s.trials().size(); i++) {
                p.setString(1, s.sessionId());
                p.setInt(2, i + 1);
                p.setString(3, source.trialNames().get(i));
                p.setString(4, s.trials().get(i).role().name());
                p.setString(5, s.trials().get(i).condition());
                p.setString(6, stored.get(i).sha256Hex());
                p.setLong(7, stored.get(i).sizeBytes());
                p.addBatch();
            }
            p.executeBatch();
        }
        if (s.interpretation().isWritten()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO interpretations (session_id, narrative, findings, impression,"
                    + " recommendations, source, created_at, created_by) VALUES (?, ?, ?, ?, ?, 'session-file', ?, ?)")) {
                p.setString(1, s.sessionId());
                p.setString(2, s.interpretation().narrative());
                p.setString(3, String.join("\n", s.interpretation().findings()));
                p.setString(4, s.interpretation().impression());
                p.setString(5, s.interpretation().recommendations());
                p.setObject(6, Database.toDb(now));
                p.setString(7, actor.userName());
                p.executeUpdate();
            }
        }
        long c3d = s.trials().stream().filter(t -> t.role() != TrialRole.VIDEO).count();
        AuditLog.append(c, actor, "session.import", "session " + s.sessionId(),
                s.trials().size() + " trial files (" + c3d + " C3D, " + (s.trials().size() - c3d) + " video) from " + source.format()
                        + "; session file sha256=" + sessionFile.sha256Hex() + "; patient record " + patientChange);
    }

    /** Inserts or refreshes the patient; returns "created", "updated" or "unchanged" for the audit entry. */
    private static String upsertPatient(Connection c, Patient p, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT full_name, birth_date, sex, height_cm, mass_kg, left_leg_length_mm,"
                + " right_leg_length_mm FROM patients WHERE patient_id = ? FOR UPDATE")) {
            s.setString(1, p.id());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    boolean same = rs.getString(1).equals(p.name()) && rs.getObject(2, java.time.LocalDate.class).equals(p.birthDate())
                            && rs.getString(3).equals(p.sex()) && rs.getDouble(4) == p.heightCm() && rs.getDouble(5) == p.massKg()
                            && same(rs, 6, p.leftLegLengthMm()) && same(rs, 7, p.rightLegLengthMm());
                    if (same) {
                        return "unchanged";
                    }
                    writePatient(c, p, now, "UPDATE patients SET full_name = ?, birth_date = ?, sex = ?, height_cm = ?, mass_kg = ?,"
                            + " left_leg_length_mm = ?, right_leg_length_mm = ?, updated_at = ? WHERE patient_id = ?");
                    return "updated";
                }
            }
        }
        // a concurrent process may insert the same patient first: the unique key then fails and the transaction is
        // retried (Database.inTransaction), finding the row this time
        writePatient(c, p, now, "INSERT INTO patients (full_name, birth_date, sex, height_cm, mass_kg, left_leg_length_mm,"
                + " right_leg_length_mm, updated_at, patient_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        return "created";
    }

    private static boolean same(ResultSet rs, int column, OptionalDouble value) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? value.isEmpty() : value.isPresent() && value.getAsDouble() == v;
    }

    private static void writePatient(Connection c, Patient p, Instant now, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, p.name());
            s.setObject(2, p.birthDate());
            s.setString(3, p.sex());
            s.setDouble(4, p.heightCm());
            s.setDouble(5, p.massKg());
            setOptional(s, 6, p.leftLegLengthMm());
            setOptional(s, 7, p.rightLegLengthMm());
            s.setObject(8, Database.toDb(now));
            s.setString(9, p.id());
            if (sql.startsWith("INSERT")) {
                s.setObject(10, Database.toDb(now));
            }
            s.executeUpdate();
        }
    }

    private static void setOptional(PreparedStatement s, int index, OptionalDouble value) throws SQLException {
        if (value.isPresent()) {
            s.setDouble(index, value.getAsDouble());
        } else {
            s.setNull(index, Types.DOUBLE);
        }
    }
}
