package org.ambulo.store.internal.enf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionException;
import org.ambulo.pipeline.session.TrialRole;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synthetic Eclipse databases around real Nexus trials (the shared data holds no .enf files; gaitutils' test data in
 * shared/data has none either). The C3D files are copied into the temporary folder, as Eclipse keeps them beside the
 * Trial nodes.
 */
class EnfSessionReaderTest {

    private static final String PIG = "OpenMA__openma-data/input/c3d/plugingait/";
    private static final String STATIC_C3D = PIG + "PiG_Calibration-FlatFoot-Full.c3d";
    private static final String WALK_C3D = PIG + "PiG_Motion-FlatFoot-Full.c3d";

    @TempDir
    Path root;

    /** Patient node with identity only; measurements come from the C3D. Written UTF-16 LE with BOM, as Nexus 2 does. */
    private Path utf16Database() throws Exception {
        write(root.resolve("Jane Roe.Patient.enf"), """
                [Node Information]
                TYPE=PATIENT
                NAME=Jane Roe
                PARENT=Database
                CREATIONDATEANDTIME=2019,3,1,9,0,0
                [SUBJECT_INFO]
                ID=MRN-0042
                FIRST_NAME=Jane
                LAST_NAME=Roe
                BIRTH_DATE=2011-07-15
                SEX=F
                """, StandardCharsets.UTF_16LE, true);
        Path session = Files.createDirectories(root.resolve("Session 1"));
        write(session.resolve("Session 1.Session.enf"), """
                [Node Information]
                TYPE=SESSION
                NAME=Session 1
                PARENT=Jane Roe
                CREATIONDATEANDTIME=2019,3,14,10,25,16
                [SESSION_INFO]
                DESCRIPTION=
                MARKER_SET=PlugInGait
                """, StandardCharsets.UTF_16LE, true);
        trial(session, "Static 1", 1, "Static", "static calibration", "", StandardCharsets.UTF_16LE, STATIC_C3D);
        trial(session, "Walk 1", 2, "Dynamic", "barefoot", "self-selected speed", StandardCharsets.UTF_16LE, WALK_C3D);
        trial(session, "Walk 2", 3, "Dynamic", "junk", "", StandardCharsets.UTF_16LE, WALK_C3D); // excluded
        trial(session, "Unipedal", 4, "Dynamic", "Unipedal right", "", StandardCharsets.UTF_16LE, WALK_C3D); // not walking
        trial(session, "Walk 3", 5, "Dynamic", "", "", StandardCharsets.UTF_16LE, null); // never processed: no C3D
        return session;
    }

    @Test
    void utf16SessionWithMeasurementsFromTheStaticTrial() throws Exception {
        Path folder = utf16Database();
        Session s = EnfSessionReader.read(folder).orElseThrow();
        assertEquals("Session 1", s.sessionId());
        assertEquals(LocalDate.of(2019, 3, 14), s.sessionDate(), "session node CREATIONDATEANDTIME");
        assertEquals(folder.resolve("Session 1.Session.enf"), s.source());
        assertEquals("MRN-0042", s.patient().id());
        assertEquals("Jane Roe", s.patient().name());
        assertEquals(LocalDate.of(2011, 7, 15), s.patient().birthDate());
        assertEquals("female", s.patient().sex());
        // reference values: the static trial's own PROCESSING group (Nexus writes Height in mm, Bodymass in kg)
        C3dFile staticTrial = C3dReader.read(SharedData.resolve(STATIC_C3D));
        assertEquals(number(staticTrial, "Height") / 10, s.patient().heightCm(), 1e-9);
        assertEquals(number(staticTrial, "Bodymass"), s.patient().massKg(), 1e-9);
        assertEquals(number(staticTrial, "LLegLength"), s.patient().leftLegLengthMm().getAsDouble(), 1e-9);
        assertEquals(number(staticTrial, "RLegLength"), s.patient().rightLegLengthMm().getAsDouble(), 1e-9);

        assertEquals(List.of("Static 1.c3d", "Walk 1.c3d"), s.trials().stream().map(t -> t.file().getFileName().toString()).toList(),
                "junk, unipedal and unprocessed trials left out");
        assertEquals(List.of(TrialRole.STATIC, TrialRole.WALKING), s.trials().stream().map(t -> t.role()).toList());
        assertEquals("barefoot; self-selected speed", s.trials().get(1).condition());
        assertTrue(s.trials().get(0).file().isAbsolute());

        assertEquals(EnfSessionReader.NOT_RECORDED, s.referral().referringPhysician());
        assertEquals(EnfSessionReader.NOT_RECORDED, s.referral().reason());
        assertEquals(EnfSessionReader.NOT_RECORDED, s.lab().name());
        assertEquals(EnfSessionReader.NOT_RECORDED, s.conditions().footwear());
        assertEquals("PlugInGait", s.lab().markerSet());
        assertTrue(s.lab().forcePlates().startsWith("2 force plates"), s.lab().forcePlates());
        assertTrue(s.lab().software().contains("Nexus"), s.lab().software());
        assertFalse(s.interpretation().isWritten());
    }

    @Test
    void utf8SessionWithMeasurementsInThePatientNode() throws Exception {
        Path patientDir = Files.createDirectories(root.resolve("Roe"));
        write(patientDir.resolve("Roe.Patient.enf"), """
                [Node Information]
                TYPE=PATIENT
                NAME=Roe
                [SUBJECT_INFO]
                PATIENT_ID=778812
                NAME=John Roe
                DATE_OF_BIRTH=28.02.1950
                GENDER=Male
                HEIGHT=172
                BODYMASS=70,5
                LLEGLENGTH=890
                RLEGLENGTH=895
                """, StandardCharsets.UTF_8, false);
        Path session = Files.createDirectories(patientDir.resolve("2024").resolve("Gait"));
        write(session.resolve("Gait.Session.enf"), """
                [Node Information]
                TYPE=SESSION
                NAME=Gait
                =
                [SESSION_INFO]
                DATE=2024-03-14
                """, StandardCharsets.UTF_8, false);
        trial(session, "Cal", 1, "Static", "", "", StandardCharsets.UTF_8, STATIC_C3D);
        trial(session, "Walking 01", 2, "", "walk barefoot", "", StandardCharsets.UTF_8, WALK_C3D);

        Session s = EnfSessionReader.read(session).orElseThrow();
        assertEquals("778812", s.patient().id());
        assertEquals("John Roe", s.patient().name());
        assertEquals(LocalDate.of(1950, 2, 28), s.patient().birthDate());
        assertEquals("male", s.patient().sex());
        assertEquals(172.0, s.patient().heightCm());
        assertEquals(70.5, s.patient().massKg(), "decimal comma");
        assertEquals(890.0, s.patient().leftLegLengthMm().getAsDouble());
        assertEquals(895.0, s.patient().rightLegLengthMm().getAsDouble());
        assertEquals(LocalDate.of(2024, 3, 14), s.sessionDate(), "SESSION_INFO:DATE");
        assertEquals(List.of(TrialRole.STATIC, TrialRole.WALKING), s.trials().stream().map(t -> t.role()).toList());
    }

    @Test
    void aFolderWithoutEnfIsNoEclipseSession() throws Exception {
        Files.copy(SharedData.resolve(WALK_C3D), root.resolve("walk.c3d"));
        assertTrue(EnfSessionReader.read(root).isEmpty());
    }

    @Test
    void malformedEnfNamesFileAndLine() throws Exception {
        Path folder = utf16Database();
        write(folder.resolve("Walk 1.Trial02.enf"), "[Node Information]\nTYPE=TRIAL\nthis line is broken\n", StandardCharsets.UTF_8,
                false);
        SessionException e = assertThrows(SessionException.class, () -> EnfSessionReader.read(folder));
        assertTrue(e.getMessage().startsWith("Walk 1.Trial02.enf: line 3"), e.getMessage());
        assertEquals("Walk 1.Trial02.enf", e.file().getFileName().toString());
    }

    @Test
    void missingBirthDateNamesFileAndField() throws Exception {
        Path folder = utf16Database();
        write(root.resolve("Jane Roe.Patient.enf"), "[Node Information]\nNAME=Jane Roe\n[SUBJECT_INFO]\nID=1\n", StandardCharsets.UTF_8,
                false);
        SessionException e = assertThrows(SessionException.class, () -> EnfSessionReader.read(folder));
        assertTrue(e.getMessage().startsWith("Jane Roe.Patient.enf: SUBJECT_INFO:BIRTH_DATE"), e.getMessage());
    }

    @Test
    void refusals() throws Exception {
        Path folder = utf16Database();
        // an ambiguous day/month order is not guessed
        write(root.resolve("Jane Roe.Patient.enf"), "[SUBJECT_INFO]\nID=1\nDOB=03/04/2010\n", StandardCharsets.UTF_8, false);
        assertTrue(assertThrows(SessionException.class, () -> EnfSessionReader.read(folder)).getMessage().contains("ambiguous"));
        // a second static trial: which one calibrates the model is not for the reader to guess
        write(root.resolve("Jane Roe.Patient.enf"), "[SUBJECT_INFO]\nID=1\nDOB=2010-04-03\n", StandardCharsets.UTF_8, false);
        trial(folder, "Static 2", 6, "Static", "", "", StandardCharsets.UTF_8, STATIC_C3D);
        assertTrue(assertThrows(SessionException.class, () -> EnfSessionReader.read(folder)).getMessage()
                .contains("more than one static trial"));
        // trial nodes without a session node
        Path orphan = Files.createDirectories(root.resolve("orphan"));
        trial(orphan, "Walk", 1, "Dynamic", "", "", StandardCharsets.UTF_8, WALK_C3D);
        assertTrue(assertThrows(SessionException.class, () -> EnfSessionReader.read(orphan)).getMessage()
                .contains("no <session>.Session.enf"));
    }

    @Test
    void encodingsAreRecognised() throws Exception {
        String text = "[SUBJECT_INFO]\nNAME=Jörg Müller\n";
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_8)) {
            Path f = root.resolve("bom-" + cs.name() + ".enf");
            write(f, text, cs, true);
            assertEquals("Jörg Müller", EnfFile.read(f).value("SUBJECT_INFO", "NAME").orElseThrow(), cs.name());
        }
        Path noBom = root.resolve("nobom.enf");
        write(noBom, text, StandardCharsets.UTF_16LE, false);
        assertEquals("Jörg Müller", EnfFile.read(noBom).value("subject info", "name").orElseThrow());
        Path latin = root.resolve("latin.enf");
        Files.write(latin, text.getBytes(Charset.forName("windows-1252")));
        assertEquals("Jörg Müller", EnfFile.read(latin).value("SUBJECT_INFO", "NAME").orElseThrow());
    }

    private static double number(C3dFile c3d, String processing) {
        return c3d.parameters().parameter("PROCESSING", processing).orElseThrow().firstNumber().getAsDouble();
    }

    private static void trial(Path session, String name, int number, String type, String description, String notes, Charset cs,
            String c3d) throws Exception {
        write(session.resolve(name + ".Trial" + String.format("%02d", number) + ".enf"), """
                [Node Information]
                TYPE=TRIAL
                NAME=%s
                PARENT=Session 1
                CREATIONDATEANDTIME=2019,3,14,10,%d,0
                [TRIAL_INFO]
                TYPE=%s
                DESCRIPTION=%s
                NOTES=%s
                FP1=Auto
                """.formatted(name, 30 + number, type, description, notes), cs, cs != StandardCharsets.UTF_8);
        if (c3d != null) {
            Files.copy(SharedData.resolve(c3d), session.resolve(name + ".c3d"));
        }
    }

    /** Windows line ends, as Eclipse writes them; a byte order mark when asked. */
    private static void write(Path file, String text, Charset cs, boolean bom) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write("\uFEFF".getBytes(cs));
        }
        out.write(text.replace("\n", "\r\n").getBytes(cs));
        Files.write(file, out.toByteArray());
    }
}
