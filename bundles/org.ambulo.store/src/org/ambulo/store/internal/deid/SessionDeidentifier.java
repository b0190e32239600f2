package org.ambulo.store.internal.deid;

import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ambulo.pipeline.Json;
import org.ambulo.pipeline.session.LabProfile;
import org.ambulo.pipeline.session.Patient;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionTrial;
import org.ambulo.pipeline.session.TrialRole;

/**
 * The research copy of a session ({@code "format": "ambulo-session-deidentified"}, format version 1) following the
 * HIPAA Safe Harbor method (45 CFR 164.514(b)(2)): no names (patient, referring physician, personnel, signer), no
 * patient or session id (the pseudonym instead), no dates but the session year, the birth date replaced by the age at
 * the session (years, one decimal, truncated; "90+" from the 90th birthday on), no free text that may hold any of these
 * (reason, history, medical necessity, imaging, interpretation), no lab name or address (a geographic subdivision
 * smaller than a state) and no video (faces). Kept: sex, height, mass, leg lengths, ICD-10 codes, conditions, the
 * equipment description, trial roles and conditions with the exported file names. Every dropped field is listed in
 * {@code "removed"} so that a reader knows it existed. Kept text is searched for the session's names and ids and for
 * full dates, which are replaced by "[removed]" and "[date]".
 */
public final class SessionDeidentifier {

    public static final String FORMAT = "ambulo-session-deidentified";
    public static final int FORMAT_VERSION = 1;
    /** Safe Harbor: ages over 89 are aggregated into one category. */
    public static final int OLDEST_AGE_YEARS = 90;

    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)((19|20)\\d{2}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.](\\d{4}|\\d{2}))(?!\\d)");

    private SessionDeidentifier() {
    }

    /**
     * @param exportedTrialNames
     *            file name of each exported C3D trial (key: the trial's path in the session); video trials are never
     *            exported and need no entry
     * @throws IllegalArgumentException
     *             for a blank pseudonym, one or an exported name that holds the patient's name or id, or a C3D trial
     *             without an exported name
     */
    public static String json(Session session, String pseudonym, Map<Path, String> exportedTrialNames) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(exportedTrialNames, "exportedTrialNames");
        Scrubber scrubber = new Scrubber(identifiers(session));
        if (pseudonym.isBlank() || scrubber.holdsIdentifier(pseudonym)) {
            throw new IllegalArgumentException("the pseudonym must be non-blank and must not hold the patient's name or id");
        }
        List<String> removed = new ArrayList<>(List.of("sessionId", "sessionDate (year kept as sessionYear)", "reportCreated",
                "patient.id", "patient.name", "patient.birthDate (age at the session kept as patient.ageYears)",
                "referral.referringPhysician", "referral.reason", "referral.history", "referral.medicalNecessity",
                "referral.imaging", "lab.name", "lab.address", "lab.personnel", "interpretation.narrative",
                "interpretation.findings", "interpretation.impression", "interpretation.recommendations",
                "signature.physicianName", "signature.credentials", "signature.signedAt", "trials[].file (original path)"));
        Map<String, Json> root = new LinkedHashMap<>();
        root.put("format", new Json.JsonString(FORMAT));
        root.put("formatVersion", Json.JsonNumber.of(FORMAT_VERSION));
        root.put("pseudonym", new Json.JsonString(pseudonym));
        root.put("sessionYear", Json.JsonNumber.of(session.sessionDate().getYear()));
        root.put("demo", new Json.JsonBoolean(session.demo()));
        root.put("patient", patient(session));
        root.put("referral", object(Map.of("icd10Codes", strings(session.referral().icd10Codes()))));
        root.put("lab", lab(session.lab(), scrubber));
        Map<String, Json> conditions = new LinkedHashMap<>();
        conditions.put("footwear", new Json.JsonString(scrubber.text(session.conditions().footwear())));
        conditions.put("orthosis", new Json.JsonString(scrubber.text(session.conditions().orthosis())));
        conditions.put("assistiveDevice", new Json.JsonString(scrubber.text(session.conditions().assistiveDevice())));
        root.put("conditions", object(conditions));
        root.put("trials", trials(session, exportedTrialNames, scrubber, removed));
        root.put("removed", strings(removed));
        return Json.write(object(root));
    }

    private static Json patient(Session session) {
        Patient p = session.patient();
        Map<String, Json> o = new LinkedHashMap<>();
        o.put("sex", new Json.JsonString(p.sex()));
        o.put("ageYears", age(session));
        o.put("heightCm", Json.JsonNumber.of(p.heightCm()));
        o.put("massKg", Json.JsonNumber.of(p.massKg()));
        length(o, "leftLegLengthMm", p.leftLegLengthMm());
        length(o, "rightLegLengthMm", p.rightLegLengthMm());
        return object(o);
    }

    /**
     * Age at the session: "90+" from the 90th birthday (calendar years), else years of 365.25 days truncated to one
     * decimal (truncated so that nobody is shown older than they are, and 89.97 never reads 90.0).
     */
    static Json age(Session session) {
        if (Period.between(session.patient().birthDate(), session.sessionDate()).getYears() >= OLDEST_AGE_YEARS) {
            return new Json.JsonString(OLDEST_AGE_YEARS + "+");
        }
        double tenths = Math.floor(session.patientAgeYears() * 10 + 1e-9);
        return Json.JsonNumber.of(Math.min(tenths / 10, OLDEST_AGE_YEARS - 0.1));
    }

    private static void length(Map<String, Json> o, String name, OptionalDouble value) {
        if (value.isPresent()) {
            o.put(name, Json.JsonNumber.of(value.getAsDouble()));
        }
    }

    private static Json lab(LabProfile lab, Scrubber scrubber) {
        Map<String, Json> o = new LinkedHashMap<>();
        o.put("cameras", new Json.JsonString(scrubber.text(lab.cameras())));
        o.put("forcePlates", new Json.JsonString(scrubber.text(lab.forcePlates())));
        o.put("emgSystem", new Json.JsonString(scrubber.text(lab.emgSystem())));
        o.put("videoCameras", new Json.JsonString(scrubber.text(lab.videoCameras())));
        o.put("software", new Json.JsonString(scrubber.text(lab.software())));
        o.put("markerSet", new Json.JsonString(scrubber.text(lab.markerSet())));
        return object(o);
    }

    private static Json trials(Session session, Map<Path, String> exported, Scrubber scrubber, List<String> removed) {
        List<Json> out = new ArrayList<>();
        int videos = 0;
        for (SessionTrial t : session.trials()) {
            if (t.role() == TrialRole.VIDEO) {
                videos++;
                continue;
            }
            String name = exportedName(exported, t.file()).orElseThrow(() -> new IllegalArgumentException(
                    "trial " + t.file().getFileName() + " (" + t.role().id() + ") has no exported file name"));
            if (scrubber.holdsIdentifier(name)) {
                throw new IllegalArgumentException("the exported name of trial " + t.file().getFileName() + " holds a name or id");
            }
            Map<String, Json> o = new LinkedHashMap<>();
            o.put("file", new Json.JsonString(name));
            o.put("role", new Json.JsonString(t.role().id()));
            o.put("condition", new Json.JsonString(scrubber.text(t.condition())));
            out.add(object(o));
        }
        if (videos > 0) {
            removed.add("trials with role video (" + videos + "; faces identify)");
        }
        return new Json.JsonArray(out);
    }

    private static Optional<String> exportedName(Map<Path, String> exported, Path file) {
        String direct = exported.get(file);
        if (direct != null) {
            return Optional.of(direct);
        }
        Path wanted = file.toAbsolutePath().normalize();
        return exported.entrySet().stream().filter(e -> e.getKey().toAbsolutePath().normalize().equals(wanted))
                .map(Map.Entry::getValue).findFirst();
    }

    /** Names and ids of the session that must not appear in kept text. */
    private static List<String> identifiers(Session s) {
        List<String> ids = new ArrayList<>(List.of(s.patient().name(), s.patient().id(), s.sessionId(), s.referral().referringPhysician(),
                s.signature().physicianName(), s.lab().name(), s.lab().address()));
        ids.addAll(s.lab().personnel());
        return ids;
    }

    private static Json.JsonObject object(Map<String, Json> members) {
        return new Json.JsonObject(members);
    }

    private static Json strings(List<String> values) {
        return new Json.JsonArray(values.stream().map(v -> (Json) new Json.JsonString(v)).toList());
    }

    /** Replaces the session's identifiers (case-insensitive, longest first) and full dates in kept text. */
    private static final class Scrubber {
        private final List<Pattern> patterns;

        Scrubber(List<String> identifiers) {
            patterns = identifiers.stream().map(String::strip).filter(s -> s.length() >= 2).distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(s -> Pattern.compile(Pattern.quote(s), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        }

        boolean holdsIdentifier(String text) {
            return patterns.stream().anyMatch(p -> p.matcher(text).find());
        }

        String text(String text) {
            String out = text;
            for (Pattern p : patterns) {
                out = p.matcher(out).replaceAll(Matcher.quoteReplacement("[removed]"));
            }
            return DATE.matcher(out).replaceAll("[date]");
        }
    }
}
