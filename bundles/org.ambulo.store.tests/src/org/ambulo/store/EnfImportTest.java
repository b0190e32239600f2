package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionJson;
import org.ambulo.pipeline.session.TrialRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Vicon Eclipse folder (no session.json, .enf nodes beside the C3D files) is imported through the .enf reader; the
 * stored session file is generated and reads back. Both engines.
 */
class EnfImportTest extends StoreTestSupport {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void eclipseSessionFolderIsImported(Engine engine) throws Exception {
        AmbuloStore store = open(fixture(engine));
        Path database = Files.createDirectories(temp.resolve("Eclipse"));
        Files.writeString(database.resolve("Rex Tanaka.Patient.enf"), crlf("""
                [Node Information]
                TYPE=PATIENT
                NAME=Rex Tanaka
                [SUBJECT_INFO]
                ID=MRN-ENF-7
                FIRST_NAME=Rex
                LAST_NAME=Tanaka
                BIRTH_DATE=2013-02-03
                SEX=M
                HEIGHT=1405
                BODYMASS=33.5
                """));
        Path session = Files.createDirectories(database.resolve("Gait 2024"));
        Files.writeString(session.resolve("Gait 2024.Session.enf"), crlf("""
                [Node Information]
                TYPE=SESSION
                NAME=Gait 2024
                PARENT=Rex Tanaka
                CREATIONDATEANDTIME=2024,6,7,10,0,0
                [SESSION_INFO]
                MARKER_SET=PlugInGait
                """));
        trial(session, "Static 1", 1, "Static", "static", 0);
        trial(session, "Walk 1", 2, "Dynamic", "barefoot walk", 1);

        ImportResult result = store.importSession(session, TECH);
        assertEquals("Gait 2024", result.sessionId());
        assertEquals("MRN-ENF-7", result.patientId());
        assertEquals(2, result.trialCount());
        StoredSession stored = store.session("Gait 2024").orElseThrow();
        assertEquals(List.of("Static 1.c3d", "Walk 1.c3d"), stored.trials().stream().map(StoredTrial::fileName).toList());
        assertEquals(List.of(TrialRole.STATIC, TrialRole.WALKING), stored.trials().stream().map(StoredTrial::role).toList());
        assertEquals("Rex Tanaka", store.patients().get(0).name());
        assertTrue(store.auditTrail("session Gait 2024").get(0).details().contains("vicon-enf"));

        Session back = SessionJson.read(store.materialize("Gait 2024", temp.resolve("work")));
        assertEquals(LocalDate.of(2024, 6, 7), back.sessionDate());
        assertEquals(LocalDate.of(2013, 2, 3), back.patient().birthDate());
        assertEquals(140.5, back.patient().heightCm(), 1e-9, "1405 mm");
        assertTrue(Files.isRegularFile(temp.resolve("work/Walk 1.c3d")));
    }

    private static void trial(Path session, String name, int number, String type, String description, int seed) throws Exception {
        Files.writeString(session.resolve(name + ".Trial0" + number + ".enf"), crlf("""
                [Node Information]
                TYPE=TRIAL
                NAME=%s
                PARENT=Gait 2024
                CREATIONDATEANDTIME=2024,6,7,10,%d,0
                [TRIAL_INFO]
                TYPE=%s
                DESCRIPTION=%s
                """.formatted(name, 10 + number, type, description)));
        Files.write(session.resolve(name + ".c3d"), SyntheticSessions.tinyC3d(seed));
    }

    private static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }
}
