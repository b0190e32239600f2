package org.ambulo.cgm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.c3d.PointData;
import org.ambulo.cgm.CgmException;
import org.ambulo.cgm.CgmOptions;
import org.ambulo.cgm.ConventionalGaitModel;
import org.ambulo.cgm.KneeCalibration;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.cgm.SubjectMeasurements;
import org.ambulo.cgm.SubjectParameters;
import org.ambulo.model.Side;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinetic foot's length against the Nexus foot segment stored in the trials: Nexus draws its segment axes
 * ({@code LFOA − LFOO}, {@code LFOL − LFOO}, {@code LFOP − LFOO}) with the segment's length, the same in every frame. The
 * Nexus points are evidence only; the model computes the length from the heel and toe markers.
 */
class KineticFootTest {

    /** Tolerance 1e-3 mm: the trial mean of float marker coordinates. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PiG_Motion-FlatFoot-One, LEFT, 16", "PiG_Motion-FlatFoot-One, RIGHT, 16", "PiG_Motion-FlatFoot-Full, LEFT, 16",
            "PiG_Motion-FlatFoot-Full, RIGHT, 16", "PiGKad_Motion_FootFlat, LEFT, 14", "PiGKad_Motion_FootFlat, RIGHT, 14",
            "PiG_Motion3_FF_N18, LEFT, 14", "PiG_Motion3_FF_N18, RIGHT, 14", "PiG_Motion3_noFF, RIGHT, 14"})
    void lengthIsTheNexusFootSegmentLength(String name, Side side, double markerDiameterMm) throws IOException, CgmException {
        C3dFile file = C3dReader.read(SharedData.resolve("OpenMA__openma-data/input/c3d/plugingait/" + name + ".c3d"));
        SubjectMeasurements subject = SubjectParameters.fromProcessing(file).orElseThrow();
        StaticCalibration c = ConventionalGaitModel.fromStoredCalibration(subject,
                new CgmOptions(markerDiameterMm, false, false, KneeCalibration.WAND));
        Reconstruction r = Reconstruction.compute(new MarkerSet(name, C3dTrials.markers(file)), ModelParameters.of(c));
        double ours = InverseDynamics.footLengthMm(r, side);
        String p = String.valueOf(side.labelPrefix());
        PointData d = file.pointData();
        int o = file.pointIndex(p + "FOO").getAsInt();
        int a = file.pointIndex(p + "FOA").getAsInt();
        int checked = 0;
        for (int f = 0; f < file.frameCount(); f++) {
            if (!d.isValid(f, o) || !d.isValid(f, a)) {
                continue;
            }
            double dx = d.x(f, a) - d.x(f, o), dy = d.y(f, a) - d.y(f, o), dz = d.z(f, a) - d.z(f, o);
            assertEquals(Math.sqrt(dx * dx + dy * dy + dz * dz), ours, 1e-3, name + " " + side + " frame " + f);
            checked++;
        }
        assertTrue(checked > 100, "frames with the Nexus foot segment: " + checked);
    }
}
