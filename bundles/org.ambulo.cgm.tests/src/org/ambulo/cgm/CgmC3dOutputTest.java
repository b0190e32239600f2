package org.ambulo.cgm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dWriter;
import org.ambulo.c3d.PointType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs written into a C3D file read back with their Nexus names, types and units. */
class CgmC3dOutputTest {

    @Test
    void roundTrip(@TempDir Path dir) throws Exception {
        C3dFile dynamic = PigFiles.pig("PiGKad_Motion.c3d");
        SubjectMeasurements subject = SubjectParameters.fromProcessing(dynamic).orElseThrow();
        StaticCalibration c = ConventionalGaitModel.fromStoredCalibration(subject, CgmOptions.defaults());
        CgmResult result = ConventionalGaitModel.kinematics(dynamic, c);
        Path out = dir.resolve("out.c3d");
        C3dWriter.write(CgmC3dOutput.withOutputs(dynamic, result), out);
        C3dFile back = C3dReader.read(out);

        int angle = back.pointIndex("LKneeAngles").orElseThrow();
        assertEquals(PointType.ANGLE, back.points().get(angle).type());
        assertEquals("deg", back.points().get(angle).units());
        assertEquals(1, back.points().stream().filter(p -> p.label().equals("LKneeAngles")).count(), "the input's LKneeAngles is replaced");
        CgmSignal knee = result.signal("LKneeAngles").orElseThrow();
        for (int f = 0; f < back.frameCount(); f++) {
            // float storage: 1e-4 deg is far above float rounding of angles below 180 deg (1.5e-5)
            assertEquals(knee.x()[f], back.pointData().x(f, angle), 1e-4);
            assertEquals(knee.z()[f], back.pointData().z(f, angle), 1e-4);
        }
        int hjc = back.pointIndex("RHJC").orElseThrow();
        assertEquals(PointType.MARKER, back.points().get(hjc).type());
        assertEquals(result.signal("RHJC").orElseThrow().y()[10], back.pointData().y(10, hjc), 1e-3);
        assertEquals(dynamic.frameCount(), back.frameCount());
        assertEquals(dynamic.analogCount(), back.analogCount());
        assertEquals(dynamic.events().size(), back.events().size());
        assertTrue(back.pointIndex("LTHI").isPresent(), "markers kept");
        assertEquals((float) c.left().thighRotationRad(),
                (float) back.parameters().parameter("PROCESSING", "LThighRotation").orElseThrow().firstNumber().getAsDouble());
    }

    @Test
    void missingSamplesAreWrittenInvalid(@TempDir Path dir) throws Exception {
        // PiG_Motion-FlatFoot-Hole has marker gaps: frames without the markers get no output, written as invalid
        C3dFile dynamic = PigFiles.pig("PiG_Motion-FlatFoot-Hole.c3d");
        SubjectMeasurements subject = SubjectParameters.fromProcessing(dynamic).orElseThrow();
        CgmResult result = ConventionalGaitModel.kinematics(dynamic,
                ConventionalGaitModel.fromStoredCalibration(subject, CgmOptions.defaults()));
        CgmSignal ankle = result.signal("LAnkleAngles").orElseThrow();
        C3dFile back = C3dReader.read(write(dir, CgmC3dOutput.withOutputs(dynamic, result)));
        int p = back.pointIndex("LAnkleAngles").orElseThrow();
        for (int f = 0; f < back.frameCount(); f++) {
            assertEquals(Double.isFinite(ankle.x()[f]), back.pointData().isValid(f, p), "frame " + f);
        }
        assertFalse(result.signals().isEmpty());
    }

    private static Path write(Path dir, C3dFile file) throws Exception {
        Path out = dir.resolve("gaps.c3d");
        C3dWriter.write(file, out);
        return out;
    }
}
