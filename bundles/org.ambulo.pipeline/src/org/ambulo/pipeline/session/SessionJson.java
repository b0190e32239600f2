package org.ambulo.pipeline.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.pipeline.Json;
import org.ambulo.pipeline.JsonException;

/**
 * Reads a session file ({@code "format": "ambulo-session"}, format version 1). Trial paths are relative to the session
 * file's folder (or absolute). Every problem names the file and the member, e.g. "session.json: patient.birthDate
 * '2024-13-01' is not a date (YYYY-MM-DD)".
 */
public final class SessionJson {

    public static final String FORMAT = "ambulo-session";
    public static final int FORMAT_VERSION = 1;

    private final Path file;

    private SessionJson(Path file) {
        this.file = file;
    }

    /** Reads and checks the session; trial files are resolved but not opened (the analysis reports missing ones). */
    public static Session read(Path file) throws SessionException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SessionException(file, "cannot read the session file: " + e.getMessage(), e);
        }
        return parse(text, file);
    }

    /** Parses session text; {@code file} names it in messages and is the base of relative trial paths. */
    public static Session parse(String text, Path file) throws SessionException {
        Json root;
        try {
            root = Json.parse(text);
        } catch (JsonException e) {
            throw new SessionException(file, "not valid JSON: " + e.getMessage(), e);
        }
        SessionJson reader = new SessionJson(file.toAbsolutePath());
        return reader.session(reader.object(root, "the document"));
    }

    private Session session(Json.JsonObject root) throws SessionException {
        String format = string(root, "format", "");
        if (!format.equals(FORMAT)) {
            throw problem("format must be \"" + FORMAT + "\", was \"" + format + "\"");
        }
        double version = number(root, "formatVersion", "");
        if (version != FORMAT_VERSION) {
            throw problem("formatVersion " + version + " is not supported (this Ambulo reads " + FORMAT_VERSION + ")");
        }
        LocalDate sessionDate = date(root, "sessionDate", "");
        Instant reportCreated = optionalString(root, "reportCreated").isPresent()
                ? instant(root, "reportCreated", "")
                : sessionDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        boolean demo = root.get("demo").map(j -> j instanceof Json.JsonBoolean b && b.value()).orElse(false);
        Session session = new Session(file, string(root, "sessionId", ""), sessionDate, reportCreated, demo,
                patient(member(root, "patient", "")), referral(member(root, "referral", "")), lab(member(root, "lab", "")),
                conditions(member(root, "conditions", "")), trials(root), interpretation(root), signature(member(root, "signature", "")));
        if (session.patient().birthDate().isAfter(sessionDate)) {
            throw problem("patient.birthDate " + session.patient().birthDate() + " is after the sessionDate " + sessionDate);
        }
        List<SessionTrial> statics = session.trials(TrialRole.STATIC);
        if (statics.size() > 1) {
            // the CGM is calibrated once per session: which static trial would be meant is not for the reader to guess
            throw problem("more than one trial has role \"static\" (" + statics.stream().map(t -> t.file().getFileName().toString())
                    .collect(java.util.stream.Collectors.joining(", ")) + "); keep the one the model is calibrated from");
        }
        return session;
    }

    private Patient patient(Json.JsonObject o) throws SessionException {
        String sex = string(o, "sex", "patient.");
        if (!List.of("female", "male", "any").contains(sex)) {
            throw problem("patient.sex must be \"female\", \"male\" or \"any\", was \"" + sex + "\"");
        }
        double heightCm = positive(o, "heightCm", "patient.", 30, 250);
        double massKg = positive(o, "massKg", "patient.", 2, 400);
        return new Patient(string(o, "id", "patient."), optionalString(o, "name").orElse(""), date(o, "birthDate", "patient."), sex,
                heightCm, massKg, optionalLength(o, "leftLegLengthMm"), optionalLength(o, "rightLegLengthMm"));
    }

    private OptionalDouble optionalLength(Json.JsonObject o, String name) throws SessionException {
        if (o.get(name).isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(positive(o, name, "patient.", 200, 1500));
    }

    private Referral referral(Json.JsonObject o) throws SessionException {
        return new Referral(optionalString(o, "referringPhysician").orElse(""), string(o, "reason", "referral."), strings(o, "icd10Codes"),
                optionalString(o, "history").orElse(""), optionalString(o, "medicalNecessity").orElse(""),
                optionalString(o, "imaging").orElse(""));
    }

    private LabProfile lab(Json.JsonObject o) throws SessionException {
        return new LabProfile(string(o, "name", "lab."), optionalString(o, "address").orElse(""),
                optionalString(o, "cameras").orElse(""), optionalString(o, "forcePlates").orElse(""),
                optionalString(o, "emgSystem").orElse(""), optionalString(o, "videoCameras").orElse(""),
                optionalString(o, "software").orElse(""), string(o, "markerSet", "lab."), strings(o, "personnel"));
    }

    private Conditions conditions(Json.JsonObject o) throws SessionException {
        return new Conditions(string(o, "footwear", "conditions."), optionalString(o, "orthosis").orElse("none"),
                optionalString(o, "assistiveDevice").orElse("none"));
    }

    private List<SessionTrial> trials(Json.JsonObject root) throws SessionException {
        Json value = root.get("trials").orElseThrow(() -> problem("trials is missing"));
        if (!(value instanceof Json.JsonArray array)) {
            throw problem("trials must be an array");
        }
        List<SessionTrial> trials = new ArrayList<>();
        for (int i = 0; i < array.elements().size(); i++) {
            String where = "trials[" + i + "].";
            Json.JsonObject t = object(array.elements().get(i), "trials[" + i + "]");
            String roleId = string(t, "role", where);
            TrialRole role = TrialRole.fromId(roleId)
                    .orElseThrow(() -> problem(where + "role must be \"static\", \"walking\" or \"video\", was \"" + roleId + "\""));
            Path base = file.getParent() == null ? Path.of("") : file.getParent();
            trials.add(new SessionTrial(base.resolve(string(t, "file", where)).normalize(), role,
                    optionalString(t, "condition").orElse("")));
        }
        return trials;
    }

    private InterpretationDraft interpretation(Json.JsonObject root) throws SessionException {
        if (root.get("interpretation").isEmpty()) {
            return new InterpretationDraft("", List.of(), "", "");
        }
        Json.JsonObject o = member(root, "interpretation", "");
        return new InterpretationDraft(optionalString(o, "narrative").orElse(""), strings(o, "findings"),
                optionalString(o, "impression").orElse(""), optionalString(o, "recommendations").orElse(""));
    }

    private SignatureState signature(Json.JsonObject o) throws SessionException {
        Optional<Instant> signedAt = optionalString(o, "signedAt").isPresent()
                ? Optional.of(instant(o, "signedAt", "signature."))
                : Optional.empty();
        return new SignatureState(string(o, "physicianName", "signature."), optionalString(o, "credentials").orElse(""), signedAt);
    }

    // ---- typed members

    private Json.JsonObject member(Json.JsonObject o, String name, String where) throws SessionException {
        return object(o.get(name).orElseThrow(() -> problem(where + name + " is missing")), where + name);
    }

    private Json.JsonObject object(Json value, String what) throws SessionException {
        if (value instanceof Json.JsonObject o) {
            return o;
        }
        throw problem(what + " must be an object");
    }

    private String string(Json.JsonObject o, String name, String where) throws SessionException {
        String value = optionalString(o, name, where).orElseThrow(() -> problem(where + name + " is missing"));
        if (value.isBlank()) {
            throw problem(where + name + " is empty");
        }
        return value;
    }

    private Optional<String> optionalString(Json.JsonObject o, String name) throws SessionException {
        return optionalString(o, name, "");
    }

    private Optional<String> optionalString(Json.JsonObject o, String name, String where) throws SessionException {
        Optional<Json> value = o.get(name);
        if (value.isEmpty() || value.get() instanceof Json.JsonNull) {
            return Optional.empty();
        }
        if (value.get() instanceof Json.JsonString s) {
            return Optional.of(s.value());
        }
        throw problem(where + name + " must be a string, was " + Json.describe(value.get()));
    }

    private List<String> strings(Json.JsonObject o, String name) throws SessionException {
        Optional<Json> value = o.get(name);
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (value.get() instanceof Json.JsonArray array) {
            for (Json e : array.elements()) {
                if (!(e instanceof Json.JsonString s)) {
                    throw problem(name + " must hold strings only, found " + Json.describe(e));
                }
                out.add(s.value());
            }
            return out;
        }
        throw problem(name + " must be an array of strings");
    }

    private double number(Json.JsonObject o, String name, String where) throws SessionException {
        Json value = o.get(name).orElseThrow(() -> problem(where + name + " is missing"));
        if (value instanceof Json.JsonNumber n) {
            return n.asDouble();
        }
        throw problem(where + name + " must be a number, was " + Json.describe(value));
    }

    private double positive(Json.JsonObject o, String name, String where, double min, double max) throws SessionException {
        double value = number(o, name, where);
        if (!(value >= min && value <= max)) {
            throw problem(where + name + " " + value + " is implausible (expected " + min + " to " + max + "; wrong unit?)");
        }
        return value;
    }

    private LocalDate date(Json.JsonObject o, String name, String where) throws SessionException {
        String text = string(o, name, where);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(where + name + " '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private Instant instant(Json.JsonObject o, String name, String where) throws SessionException {
        String text = string(o, name, where);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(where + name + " '" + text + "' is not a UTC time (e.g. 2025-03-14T09:30:00Z)");
        }
    }

    private SessionException problem(String text) {
        return new SessionException(file, text);
    }
}
