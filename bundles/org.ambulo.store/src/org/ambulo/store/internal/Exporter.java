package org.ambulo.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionException;
import org.ambulo.pipeline.session.SessionJson;
import org.ambulo.pipeline.session.SessionTrial;
import org.ambulo.pipeline.session.TrialRole;
import org.ambulo.store.Actor;
import org.ambulo.store.ExportResult;
import org.ambulo.store.Role;
import org.ambulo.store.StoreException;
import org.ambulo.store.internal.deid.C3dDeidentifier;
import org.ambulo.store.internal.deid.SessionDeidentifier;

/**
 * De-identified export for research: one folder per session, named by a random pseudonym of its patient (random per
 * export, so it cannot be recomputed from the patient id and two exports cannot be linked), holding the de-identified
 * session file and C3D files; videos are left out. The identified working copies are deleted afterwards.
 */
public final class Exporter {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Database db;
    private final Queries queries;
    private final SecureRandom random = new SecureRandom();

    public Exporter(Database db, Queries queries) {
        this.db = db;
        this.queries = queries;
    }

    private record Row(String sessionId, String patientId) {
    }

    public ExportResult export(Path outFolder, Actor actor) throws StoreException {
        Roles.require(db, actor, "export de-identified data", "export", Role.PHYSICIAN);
        try {
            if (Files.exists(outFolder) && (!Files.isDirectory(outFolder) || hasEntries(outFolder))) {
                throw new StoreException("Cannot export into " + outFolder + ": it exists and is not an empty folder");
            }
            Files.createDirectories(outFolder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the export folder " + outFolder + ": " + e.getMessage(), e);
        }
        List<Row> rows = db.read("Listing sessions for export", c -> {
            List<Row> out = new ArrayList<>();
            try (PreparedStatement s = c
                    .prepareStatement("SELECT session_id, patient_id FROM sessions ORDER BY patient_id, session_date, session_id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        });
        Map<String, String> pseudonyms = new HashMap<>();
        Map<String, Integer> perPatient = new HashMap<>();
        List<String> folders = new ArrayList<>();
        int c3dCount = 0;
        int videos = 0;
        Path work = outFolder.resolve(".identified-work");
        try {
            for (Row row : rows) {
                String pseudonym = pseudonyms.computeIfAbsent(row.patientId(), id -> newPseudonym(pseudonyms));
                int n = perPatient.merge(row.patientId(), 1, Integer::sum);
                String folderName = pseudonym + "-S" + n;
                Path sessionWork = work.resolve(Integer.toString(folders.size()));
                Session session = SessionJson.read(queries.materialize(row.sessionId(), sessionWork));
                Path target = outFolder.resolve(folderName);
                Files.createDirectories(target);
                Map<Path, String> names = new LinkedHashMap<>();
                int k = 0;
                for (SessionTrial t : session.trials()) {
                    if (t.role() == TrialRole.VIDEO) {
                        videos++;
                        continue;
                    }
                    String name = String.format(java.util.Locale.ROOT, "trial%02d-%s.c3d", ++k, t.role().id());
                    Files.write(target.resolve(name), C3dDeidentifier.deidentify(t.file(), pseudonym));
                    names.put(t.file(), name);
                    c3dCount++;
                }
                Files.writeString(target.resolve("session.json"), SessionDeidentifier.json(session, pseudonym, names),
                        StandardCharsets.UTF_8);
                folders.add(folderName);
                deleteTree(sessionWork);
            }
        } catch (IOException | SessionException | IllegalArgumentException e) {
            throw new StoreException("De-identified export into " + outFolder + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(work);
        }
        Path manifest = outFolder.resolve("README.txt");
        try {
            Files.writeString(manifest, readme(folders, c3dCount, videos), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot write " + manifest + ": " + e.getMessage(), e);
        }
        int c3d = c3dCount;
        int left = videos;
        db.inTransaction("Recording the export", c -> AuditLog.append(c, actor, "export.deidentified", "export",
                rows.size() + " sessions of " + pseudonyms.size() + " patients, " + c3d + " C3D files, " + left + " videos left out"));
        return new ExportResult(outFolder, rows.size(), c3dCount, videos, manifest);
    }

    private String newPseudonym(Map<String, String> taken) {
        while (true) {
            StringBuilder b = new StringBuilder("SUBJ-");
            for (int i = 0; i < 8; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String p = b.toString();
            if (!taken.containsValue(p)) {
                return p;
            }
        }
    }

    private static String readme(List<String> folders, int c3d, int videos) {
        StringBuilder b = new StringBuilder();
        b.append("Ambulo de-identified export\n===========================\n\n");
        b.append("Each folder holds one session: session.json and its C3D trials. A folder is named by a random pseudonym of\n");
        b.append("the patient (the same within this export, new in every export; no table links it to the patient) and the\n");
        b.append("session's number for that patient.\n\n");
        b.append("Removed or replaced (HIPAA Safe Harbor, 45 CFR 164.514(b)(2); each session.json lists its removed fields\n");
        b.append("under \"removed\"):\n");
        b.append("- patient name and patient id, session id: replaced by the pseudonym\n");
        b.append("- birth date: replaced by the age in years at the session (\"90+\" from 90 on); other dates: only the year kept\n");
        b.append("- names of the referring physician, personnel and signer; laboratory name and address\n");
        b.append("- free text that may hold names or dates: referral reason, history, medical necessity, imaging, interpretation\n");
        b.append("- original trial file names (they often hold names): trials are renamed trialNN-<role>.c3d\n");
        b.append("- C3D files: identifying parameters (subject names and the like) replaced by the pseudonym, Vicon subject\n");
        b.append("  prefixes removed from point labels; the data are unchanged\n");
        b.append("- video files: left out (they show the person); ").append(videos).append(" left out\n");
        b.append("Kept: sex, height, mass, leg lengths, ICD-10 codes, walking conditions, equipment, trial roles and conditions.\n\n");
        b.append("Contents: ").append(folders.size()).append(" sessions, ").append(c3d).append(" C3D files\n");
        for (String f : folders) {
            b.append("- ").append(f).append('\n');
        }
        return b.toString();
    }

    private static boolean hasEntries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isPresent();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException ignored) {
            // the working copies stay in a hidden folder of the export; the caller sees the export's own error
        }
    }

}
