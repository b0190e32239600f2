package org.ambulo.cgm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subject measurements from PROCESSING, .vsk and .mp. */
class SubjectParametersTest {

    @Test
    void vskOfCadopSubject() throws IOException {
        Path vsk = PigFiles.path("cadop__pyCGM/SampleData/59993_Frame/59993_Frame_SM.vsk");
        SubjectMeasurements s = SubjectParameters.fromFile(vsk);
        // values as written in the VSK's StaticParameter elements
        assertEquals(65, s.bodyMassKg(), 0);
        assertEquals(1700, s.heightMm(), 0);
        assertEquals(800, s.left().legLengthMm(), 0);
        assertEquals(120, s.right().kneeWidthMm(), 0);
        assertEquals(100, s.left().ankleWidthMm(), 0);
        assertEquals(200, s.interAsisDistanceMm().orElseThrow(), 0);
        assertEquals(54.4799995422363, s.left().asisTrochanterDistanceMm().orElseThrow(), 1e-9);
        assertEquals(0.0995968654751778, s.left().staticPlantarFlexionRad().orElseThrow(), 1e-12);
        assertEquals(-0.0793431922793388, s.right().staticRotationOffsetRad().orElseThrow(), 1e-12);
    }

    @Test
    void allThreeCadopVsksHaveTheRequiredMeasurements() throws IOException {
        for (String f : new String[]{"cadop__pyCGM/SampleData/ROM/Sample_SM.vsk", "cadop__pyCGM/SampleData/Sample_2/RoboSM.vsk"}) {
            SubjectMeasurements s = SubjectParameters.fromFile(PigFiles.path(f));
            assertTrue(s.missingForKinematics().isEmpty(), f);
        }
    }

    @Test
    void mpFile(@TempDir Path dir) throws IOException {
        Path mp = dir.resolve("subject.mp");
        Files.writeString(mp, """
                {* Vicon subject parameters *}
                $Bodymass = 71
                $Height = 1756
                $LeftLegLength = 860
                $RightLegLength = 865
                $LeftKneeWidth = 102
                $RightKneeWidth = 103.4
                $LeftAnkleWidth = 75.3
                $RightAnkleWidth = 72.9
                $LeftTibialTorsion = -0.2
                $InterAsisDistance = 0
                """);
        SubjectMeasurements s = SubjectParameters.fromFile(mp);
        assertEquals(71, s.bodyMassKg(), 0);
        assertEquals(865, s.right().legLengthMm(), 0);
        assertEquals(103.4, s.right().kneeWidthMm(), 1e-12);
        assertEquals(-0.2, s.left().tibialTorsionRad(), 1e-12);
        assertTrue(s.interAsisDistanceMm().isEmpty(), "0 means not entered");
        assertEquals(0.1288 * 860 - 48.56, s.left().effectiveAsisTrochanterDistanceMm(), 1e-12, "Davis regression");
    }

    @Test
    void missingMeasurementsAreNamed(@TempDir Path dir) throws IOException {
        Path mp = dir.resolve("incomplete.mp");
        Files.writeString(mp, "$LeftLegLength = 860\n$RightLegLength = 865\n$LeftKneeWidth = 102\n");
        IOException e = assertThrows(IOException.class, () -> SubjectParameters.fromFile(mp));
        assertTrue(e.getMessage().contains("RKneeWidth") && e.getMessage().contains("LAnkleWidth"), e.getMessage());
    }

    @Test
    void processingGroupOfNexusTrial() {
        SubjectMeasurements s = SubjectParameters.fromProcessing(PigFiles.pig("PiGKadMed_Motion.c3d")).orElseThrow();
        Map<String, Double> raw = SubjectParameters.processingValues(PigFiles.pig("PiGKadMed_Motion.c3d"));
        assertEquals(raw.get("LTibialTorsion"), s.left().tibialTorsionRad(), 0);
        assertEquals(raw.get("RThighRotation"), s.right().thighRotationRad(), 0);
        assertEquals(Side.RIGHT, s.right().side());
    }

    @Test
    void noProcessingGivesNoMeasurements() {
        // c3d.org sample03 gait-pig: processed by PiG but without a PROCESSING group
        var file = PigFiles.read("biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_03/gait-pig.c3d");
        assertTrue(SubjectParameters.fromProcessing(file).isEmpty());
        assertEquals(6, SubjectParameters.missingRequired(SubjectParameters.processingValues(file)).size());
    }

    /** Vicon Workstation stored the angle parameters in degrees; they are converted. */
    @Test
    void workstationDegreesAreConverted() {
        var file = PigFiles.read("OpenMA__openma-data/input/c3d/other/FunctionalWalk.c3d");
        Map<String, Double> raw = SubjectParameters.processingValues(file);
        SubjectMeasurements s = SubjectParameters.fromProcessing(file).orElseThrow();
        assertEquals(Math.toRadians(raw.get("LStaticPlantFlex")), s.left().staticPlantarFlexionRad().orElseThrow(), 1e-12);
        assertEquals(14, SubjectParameters.markerDiameterMm(file).orElseThrow(), 0);
    }
}
