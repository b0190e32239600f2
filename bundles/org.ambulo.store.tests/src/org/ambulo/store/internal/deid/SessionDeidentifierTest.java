package org.ambulo.store.internal.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import org.ambulo.demo.DemoSession;
import org.ambulo.pipeline.Json;
import org.ambulo.pipeline.session.Conditions;
import org.ambulo.pipeline.session.InterpretationDraft;
import org.ambulo.pipeline.session.LabProfile;
import org.ambulo.pipeline.session.Patient;
import org.ambulo.pipeline.session.Referral;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionJson;
import org.ambulo.pipeline.session.SessionTrial;
import org.ambulo.pipeline.session.SignatureState;
import org.ambulo.pipeline.session.TrialRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionDeidentifierTest {

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}");

    @TempDir
    Path dir;

    @Test
    void demoSessionKeepsMeasurementsAndLosesIdentifiers() throws Exception {
        Session session = SessionJson.read(DemoSession.extractTo(dir));
        Path walk = session.trials().get(0).file();
        String text = SessionDeidentifier.json(session, "P-0001", Map.of(walk, "P-0001_trial01.c3d"));

        for (String identifier : identifiers(session)) {
            assertFalse(text.toLowerCase(Locale.ROOT).contains(identifier.toLowerCase(Locale.ROOT)), "left: " + identifier + "\n" + text);
        }
        assertFalse(FULL_DATE.matcher(text).find(), "a full date is left:\n" + text);
        assertFalse(text.contains("walk.c3d"), "original file name");

        Json.JsonObject root = (Json.JsonObject) Json.parse(text);
        assertEquals("ambulo-session-deidentified", string(root, "format"));
        assertEquals(1.0, number(root, "formatVersion"));
        assertEquals("P-0001", string(root, "pseudonym"));
        assertEquals(2024.0, number(root, "sessionYear"));
        Json.JsonObject patient = (Json.JsonObject) root.get("patient").orElseThrow();
        // 1990-06-01 to 2024-03-14: 12340 days / 365.25 = 33.785 -> 33.7 (truncated)
        long days = session.sessionDate().toEpochDay() - session.patient().birthDate().toEpochDay();
        assertEquals(Math.floor(days / 365.25 * 10) / 10, number(patient, "ageYears"));
        assertEquals(33.7, number(patient, "ageYears"));
        assertEquals(session.patient().heightCm(), number(patient, "heightCm"));
        assertEquals(session.patient().massKg(), number(patient, "massKg"));
        assertEquals(886.0, number(patient, "leftLegLengthMm"));
        assertEquals(884.0, number(patient, "rightLegLengthMm"));
        assertEquals("any", string(patient, "sex"));
        assertTrue(text.contains("Z00.00"));
        assertTrue(text.contains("Delsys Trigno"), "equipment kept");
        Json.JsonArray trials = (Json.JsonArray) root.get("trials").orElseThrow();
        Json.JsonObject trial = (Json.JsonObject) trials.elements().get(0);
        assertEquals("P-0001_trial01.c3d", string(trial, "file"));
        assertEquals("walking", string(trial, "role"));
        assertEquals("barefoot, self-selected speed", string(trial, "condition"));
        String removed = root.get("removed").orElseThrow().toString();
        for (String field : List.of("patient.name", "patient.birthDate", "referral.history", "referral.reason", "lab.address",
                "signature.physicianName", "interpretation.narrative")) {
            assertTrue(removed.contains(field), field + " not listed as removed");
        }
    }

    @Test
    void theDemoTextDoesHoldWhatTheCheckLooksFor() throws Exception {
        String original = java.nio.file.Files.readString(DemoSession.extractTo(dir));
        Session session = SessionJson.read(dir.resolve(DemoSession.SESSION));
        for (String identifier : identifiers(session)) {
            assertTrue(original.contains(identifier), identifier);
        }
        assertTrue(FULL_DATE.matcher(original).find());
    }

    @Test
    void agesFromTheNinetiethBirthdayAreNinetyPlus() {
        LocalDate sessionDate = LocalDate.of(2025, 6, 1);
        assertEquals("90+", age(LocalDate.of(1935, 6, 1), sessionDate), "90th birthday on the session day");
        assertEquals("90+", age(LocalDate.of(1920, 1, 15), sessionDate));
        // one day short of 90: 32871 days / 365.25 = 89.996 -> 89.9, never 90.0
        assertEquals("89.9", age(LocalDate.of(1935, 6, 2), sessionDate));
        // 10 years exactly by the calendar: 3653 days / 365.25 = 10.0014 -> 10.0
        assertEquals("10.0", age(LocalDate.of(2015, 6, 1), sessionDate));
        assertEquals("0.0", age(sessionDate, sessionDate));
    }

    @Test
    void syntheticSessionLosesNamesDatesAndVideos() {
        Session s = synthetic(LocalDate.of(1931, 2, 3));
        Map<Path, String> exported = Map.of(Path.of("/lab/Jane Roe/static.c3d"), "X7_static.c3d", Path.of("/lab/Jane Roe/walk1.c3d"),
                "X7_walk1.c3d");
        String text = SessionDeidentifier.json(s, "X7", exported);
        for (String id : List.of("Jane Roe", "MRN-778812", "Dr. Who", "Dr. Signer", "Alex Tech", "St. Elsewhere", "1 Main Street",
                "1931", "2025-05-20", "05/20/2025", "VID.avi")) {
            assertFalse(text.contains(id), "left: " + id + "\n" + text);
        }
        assertTrue(text.contains("\"90+\""));
        assertTrue(text.contains("[removed]"), "the technician's name inside the equipment text is replaced");
        assertTrue(text.contains("[date]"), "the date inside the trial condition is replaced");
        assertTrue(text.contains("video (1"), "video dropped and listed");
        assertTrue(text.contains("\"static\"") && text.contains("X7_walk1.c3d"));
    }

    @Test
    void missingExportNamesAndIdentifyingPseudonymsAreRefused() {
        Session s = synthetic(LocalDate.of(1980, 1, 1));
        Map<Path, String> exported = Map.of(Path.of("/lab/Jane Roe/static.c3d"), "X7_static.c3d");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionDeidentifier.json(s, "X7", exported));
        assertTrue(e.getMessage().contains("walk1.c3d"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SessionDeidentifier.json(s, "jane roe", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> SessionDeidentifier.json(s, " ", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> SessionDeidentifier.json(s, "X7",
                Map.of(Path.of("/lab/Jane Roe/static.c3d"), "MRN-778812_static.c3d", Path.of("/lab/Jane Roe/walk1.c3d"), "b.c3d")));
    }

    private static String age(LocalDate birth, LocalDate sessionDate) {
        Session s = synthetic(birth);
        Session at = new Session(s.source(), s.sessionId(), sessionDate, s.reportCreated(), false, s.patient(), s.referral(), s.lab(),
                s.conditions(), s.trials(), s.interpretation(), s.signature());
        return switch (SessionDeidentifier.age(at)) {
            case Json.JsonString str -> str.value();
            case Json.JsonNumber n -> String.valueOf(n.asDouble());
            default -> throw new AssertionError();
        };
    }

    private static Session synthetic(LocalDate birth) {
        Patient patient = new Patient("MRN-778812", "Jane Roe", birth, "female", 150.5, 51.2, OptionalDouble.of(790),
                OptionalDouble.empty());
        Referral referral = new Referral("Dr. Who", "falls since 2025-01-02", List.of("G80.1", "R26.89"), "Jane Roe fell",
                "needed", "MRI 2024-12-01");
        LabProfile lab = new LabProfile("St. Elsewhere Gait Lab", "1 Main Street", "Vicon Vero, 12 cameras, 100 Hz",
                "2 AMTI plates", "none", "camera room of Alex Tech", "Vicon Nexus 2.16", "Plug-in Gait lower body",
                List.of("Alex Tech"));
        List<SessionTrial> trials = new ArrayList<>(List.of(new SessionTrial(Path.of("/lab/Jane Roe/static.c3d"), TrialRole.STATIC, ""),
                new SessionTrial(Path.of("/lab/Jane Roe/walk1.c3d"), TrialRole.WALKING, "shod, recorded 05/20/2025"),
                new SessionTrial(Path.of("/lab/Jane Roe/VID.avi"), TrialRole.VIDEO, "")));
        return new Session(Path.of("/lab/Jane Roe/session.json"), "S-2025-05-20-Roe", LocalDate.of(2025, 5, 20),
                Instant.parse("2025-05-20T12:00:00Z"), false, patient, referral, lab, new Conditions("shod", "none", "none"), trials,
                new InterpretationDraft("Jane Roe walks with crouch", List.of("finding"), "impression", "AFO"),
                new SignatureState("Dr. Signer", "MD", Optional.of(Instant.parse("2025-05-21T08:00:00Z"))));
    }

    /** Names, ids and full dates of a session that must not reach the research copy. */
    private static List<String> identifiers(Session s) {
        List<String> ids = new ArrayList<>(List.of(s.patient().name(), s.patient().id(), s.sessionId(), s.referral().referringPhysician(),
                s.signature().physicianName(), s.lab().name(), s.lab().address(), s.patient().birthDate().toString(),
                s.sessionDate().toString()));
        ids.addAll(s.lab().personnel());
        return ids;
    }

    private static String string(Json.JsonObject o, String name) {
        return ((Json.JsonString) o.get(name).orElseThrow(() -> new AssertionError(name + " missing"))).value();
    }

    private static double number(Json.JsonObject o, String name) {
        return ((Json.JsonNumber) o.get(name).orElseThrow(() -> new AssertionError(name + " missing"))).asDouble();
    }
}
