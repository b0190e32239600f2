package org.ambulo.pipeline.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The trials of a session: one static trial for the model calibration, any number of walking trials, paths resolved. */
class SessionTrialsTest {

    private static final Path SESSION = Path.of("/lab/sessions/S-1/session.json");

    static String session(String trials) {
        return """
                {"format": "ambulo-session", "formatVersion": 1, "sessionId": "S-1", "sessionDate": "2025-01-10",
                 "patient": {"id": "P1", "name": "Test", "birthDate": "2015-01-01", "sex": "female", "heightCm": 130, "massKg": 28},
                 "referral": {"referringPhysician": "Dr. R", "reason": "gait", "icd10Codes": ["G80.1"]},
                 "lab": {"name": "Lab", "markerSet": "PiG", "personnel": []},
                 "conditions": {"footwear": "barefoot"},
                 "trials": [%s],
                 "signature": {"physicianName": "Dr. P", "credentials": "MD"}}
                """.formatted(trials);
    }

    @Test
    void aStaticTrialAndSeveralWalkingTrials() throws SessionException {
        Session s = SessionJson.parse(session("""
                {"file": "static.c3d", "role": "static"},
                {"file": "walk01.c3d", "role": "walking", "condition": "barefoot"},
                {"file": "../other/walk02.c3d", "role": "walking"},
                {"file": "/abs/walk03.c3d", "role": "walking"}"""), SESSION);
        assertEquals(Path.of("/lab/sessions/S-1/static.c3d"), s.staticTrial().orElseThrow().file());
        assertEquals(List.of(Path.of("/lab/sessions/S-1/walk01.c3d"), Path.of("/lab/sessions/other/walk02.c3d"), Path.of(
                "/abs/walk03.c3d")), s.trials(TrialRole.WALKING).stream().map(SessionTrial::file).toList());
        assertEquals("barefoot", s.trials(TrialRole.WALKING).get(0).condition());
    }

    @Test
    void withoutAStaticTrialTheModelUsesEachTrialsOwnCalibration() throws SessionException {
        Session s = SessionJson.parse(session("{\"file\": \"walk01.c3d\", \"role\": \"walking\"}"), SESSION);
        assertTrue(s.staticTrial().isEmpty());
    }

    @Test
    void twoStaticTrialsAreRejectedNamingBoth() {
        SessionException e = assertThrows(SessionException.class, () -> SessionJson.parse(session("""
                {"file": "static1.c3d", "role": "static"},
                {"file": "static2.c3d", "role": "static"},
                {"file": "walk01.c3d", "role": "walking"}"""), SESSION));
        assertTrue(e.getMessage().contains("static1.c3d") && e.getMessage().contains("static2.c3d"), e.getMessage());
        assertTrue(e.getMessage().contains("session.json"), e.getMessage());
    }

    @Test
    void anUnknownRoleIsNamed() {
        SessionException e = assertThrows(SessionException.class, () -> SessionJson.parse(session(
                "{\"file\": \"walk01.c3d\", \"role\": \"running\"}"), SESSION));
        assertTrue(e.getMessage().contains("trials[0].role") && e.getMessage().contains("running"), e.getMessage());
    }
}
