package org.ambulo.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.ambulo.pipeline.Json;
import org.ambulo.pipeline.JsonException;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionJson;
import org.ambulo.pipeline.session.SessionTrial;

/**
 * Writes a {@link Session} in the session file format that {@link SessionJson} reads, for sessions that did not come
 * with one (Vicon Eclipse .enf folders), and renames trial files inside a stored session file when it is materialized.
 */
public final class SessionJsonWriter {

    private SessionJsonWriter() {
    }

    /** The session as a session file; {@code trialNames} (same order as the trials) are the file names written. */
    public static String write(Session s, List<String> trialNames) {
        Map<String, Json> root = new LinkedHashMap<>();
        root.put("format", str(SessionJson.FORMAT));
        root.put("formatVersion", Json.JsonNumber.of(SessionJson.FORMAT_VERSION));
        root.put("sessionId", str(s.sessionId()));
        root.put("sessionDate", str(s.sessionDate().toString()));
        root.put("reportCreated", str(s.reportCreated().toString()));
        root.put("demo", new Json.JsonBoolean(s.demo()));
        Map<String, Json> patient = new LinkedHashMap<>();
        patient.put("id", str(s.patient().id()));
        patient.put("name", str(s.patient().name()));
        patient.put("birthDate", str(s.patient().birthDate().toString()));
        patient.put("sex", str(s.patient().sex()));
        patient.put("heightCm", Json.JsonNumber.of(s.patient().heightCm()));
        patient.put("massKg", Json.JsonNumber.of(s.patient().massKg()));
        optional(patient, "leftLegLengthMm", s.patient().leftLegLengthMm());
        optional(patient, "rightLegLengthMm", s.patient().rightLegLengthMm());
        root.put("patient", obj(patient));
        Map<String, Json> referral = new LinkedHashMap<>();
        referral.put("referringPhysician", str(s.referral().referringPhysician()));
        referral.put("reason", str(s.referral().reason()));
        referral.put("icd10Codes", strings(s.referral().icd10Codes()));
        referral.put("history", str(s.referral().history()));
        referral.put("medicalNecessity", str(s.referral().medicalNecessity()));
        referral.put("imaging", str(s.referral().imaging()));
        root.put("referral", obj(referral));
        Map<String, Json> lab = new LinkedHashMap<>();
        lab.put("name", str(s.lab().name()));
        lab.put("address", str(s.lab().address()));
        lab.put("cameras", str(s.lab().cameras()));
        lab.put("forcePlates", str(s.lab().forcePlates()));
        lab.put("emgSystem", str(s.lab().emgSystem()));
        lab.put("videoCameras", str(s.lab().videoCameras()));
        lab.put("software", str(s.lab().software()));
        lab.put("markerSet", str(s.lab().markerSet()));
        lab.put("personnel", strings(s.lab().personnel()));
        root.put("lab", obj(lab));
        Map<String, Json> conditions = new LinkedHashMap<>();
        conditions.put("footwear", str(s.conditions().footwear()));
        conditions.put("orthosis", str(s.conditions().orthosis()));
        conditions.put("assistiveDevice", str(s.conditions().assistiveDevice()));
        root.put("conditions", obj(conditions));
        List<Json> trials = new ArrayList<>();
        for (int i = 0; i < s.trials().size(); i++) {
            SessionTrial t = s.trials().get(i);
            Map<String, Json> trial = new LinkedHashMap<>();
            trial.put("file", str(trialNames.get(i)));
            trial.put("role", str(t.role().id()));
            trial.put("condition", str(t.condition()));
            trials.add(obj(trial));
        }
        root.put("trials", new Json.JsonArray(trials));
        Map<String, Json> interpretation = new LinkedHashMap<>();
        interpretation.put("narrative", str(s.interpretation().narrative()));
        interpretation.put("findings", strings(s.interpretation().findings()));
        interpretation.put("impression", str(s.interpretation().impression()));
        interpretation.put("recommendations", str(s.interpretation().recommendations()));
        root.put("interpretation", obj(interpretation));
        Map<String, Json> signature = new LinkedHashMap<>();
        signature.put("physicianName", str(s.signature().physicianName()));
        signature.put("credentials", str(s.signature().credentials()));
        s.signature().signedAt().ifPresent(t -> signature.put("signedAt", str(t.toString())));
        root.put("signature", obj(signature));
        return Json.write(obj(root));
    }

    /**
     * The stored session file with each trial's {@code file} member replaced by the name it is materialized under
     * (the original may have been absolute or outside the imported folder). Other members stay as they were.
     */
    public static String withTrialNames(String sessionJson, List<String> trialNames) throws JsonException {
        Json.JsonObject root = (Json.JsonObject) Json.parse(sessionJson);
        Map<String, Json> members = new LinkedHashMap<>(root.members());
        Json.JsonArray trials = (Json.JsonArray) members.get("trials");
        List<Json> renamed = new ArrayList<>();
        for (int i = 0; i < trials.elements().size(); i++) {
            Map<String, Json> trial = new LinkedHashMap<>(((Json.JsonObject) trials.elements().get(i)).members());
            trial.put("file", str(trialNames.get(i)));
            renamed.add(obj(trial));
        }
        members.put("trials", new Json.JsonArray(renamed));
        return Json.write(obj(members));
    }

    private static void optional(Map<String, Json> o, String name, OptionalDouble value) {
        if (value.isPresent()) {
            o.put(name, Json.JsonNumber.of(value.getAsDouble()));
        }
    }

    private static Json str(String s) {
        return new Json.JsonString(s);
    }

    private static Json strings(List<String> values) {
        return new Json.JsonArray(values.stream().map(SessionJsonWriter::str).toList());
    }

    private static Json.JsonObject obj(Map<String, Json> members) {
        return new Json.JsonObject(members);
    }
}
