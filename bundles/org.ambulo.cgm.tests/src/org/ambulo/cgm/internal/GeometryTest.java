package org.ambulo.cgm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The geometric building blocks on synthetic input with analytically known answers. */
class GeometryTest {

    /** Chord: |J - C| = delta, (J - B) ⟂ (J - C), in the wand plane, opposite the wand. */
    @Test
    void chordSolution() {
        double[] b = {0, 0, 400}; // hip joint centre
        double[] c = {60, 0, 0}; // lateral knee marker
        double[] a = {80, 0, 200}; // wand, lateral
        double[] j = new double[3];
        Chord.jointCentre(a, 0, b, 0, c, 0, 55, 0, j, 0, new double[9]);
        assertEquals(55, V3.distance(j, 0, c, 0), 1e-9);
        double[] jb = {b[0] - j[0], b[1] - j[1], b[2] - j[2]};
        double[] jc = {c[0] - j[0], c[1] - j[1], c[2] - j[2]};
        assertEquals(0, V3.dot(jb, 0, jc, 0), 1e-9);
        assertEquals(0, j[1], 1e-12, "in the plane y = 0 of A, B, C");
        assertTrue(j[0] < c[0], "medial of the marker, away from the wand");
    }

    /** The wand offset rotates the solution until the wand angle equals the offset. */
    @ParameterizedTest
    @CsvSource({"0.1", "-0.25", "0.4"})
    void wandOffsetIsMet(double offset) {
        double[] b = {0, 0, 400};
        double[] c = {60, 0, 0};
        double[] a = {80, 10, 200};
        double[] j = new double[3];
        double[] tmp = new double[9];
        Chord.jointCentreWithWandOffset(a, 0, b, 0, c, 0, 55, offset, j, 0, tmp);
        assertEquals(offset, Chord.wandAngle(a, 0, b, 0, c, 0, j, 0, tmp), 1e-10);
        assertEquals(55, V3.distance(j, 0, c, 0), 1e-9);
    }

    /** Y-X-Z Cardan angles of a rotation built from known angles come back. */
    @ParameterizedTest
    @CsvSource({"0.3, -0.2, 0.5", "-1.2, 0.7, -2.5", "0, 0, 0"})
    void cardanRoundTrip(double a, double b, double c) {
        double[] frame = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        V3.rotateAbout(frame, 0, 1, a);
        V3.rotateAbout(frame, 0, 0, b);
        V3.rotateAbout(frame, 0, 2, c);
        double[] identity = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        double[] m = new double[9];
        V3.relative(identity, 0, frame, 0, m);
        double[] abc = new double[3];
        Cardan.yxz(m, abc, 0);
        assertEquals(a, abc[0], 1e-12);
        assertEquals(b, abc[1], 1e-12);
        assertEquals(c, abc[2], 1e-12);
    }

    /** Davis 1991 hip centre for leg length 940, inter-ASIS 228.693, marker 16 mm (OpenMA one-frame subject). */
    @Test
    void davisHipCentre() {
        ModelParameters.Leg leg = new ModelParameters.Leg(org.ambulo.model.Side.LEFT, 72.512, 110, 70, 0, 0, 0, 0, 0, 0, 0);
        ModelParameters p = new ModelParameters(8, 228.693, 940, leg,
                new ModelParameters.Leg(org.ambulo.model.Side.RIGHT, 72.512, 120, 70, 0, 0, 0, 0, 0, 0, 0));
        double[] h = Reconstruction.hipInPelvis(p, org.ambulo.model.Side.LEFT);
        double c = 940 * 0.115 - 15.3;
        assertEquals(c * Math.cos(0.5) * Math.sin(0.314) - (72.512 + 8) * Math.cos(0.314), h[0], 1e-12);
        assertEquals(228.693 / 2 - c * Math.sin(0.5), h[1], 1e-12);
        assertEquals(-c * Math.cos(0.5) * Math.cos(0.314) - (72.512 + 8) * Math.sin(0.314), h[2], 1e-12);
        assertEquals(-h[1], Reconstruction.hipInPelvis(p, org.ambulo.model.Side.RIGHT)[1], 0);
    }

    /** Walking along -x: the progression frame is the lab turned by 180° about z. */
    @Test
    void progressionAlongNegativeX() {
        SegmentTrajectory pelvis = new SegmentTrajectory(3);
        for (int f = 0; f < 3; f++) {
            V3.set(pelvis.origin, 3 * f, -600.0 * f, 5, 900);
            System.arraycopy(new double[]{-1, 0, 0, 0, -1, 0, 0, 0, 1}, 0, pelvis.axes, 9 * f, 9);
        }
        double[] frame = Progression.frame(pelvis);
        assertEquals(-1, frame[0], 0);
        assertEquals(-1, frame[4], 0);
        assertEquals(1, frame[8], 0);
    }
}
