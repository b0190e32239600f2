package org.ambulo.cgm.internal;

/**
 * The "chord function" of the Conventional Gait Model (Davis 1991; VCM): the joint centre J lies at distance
 * {@code delta} from the lateral joint marker C, such that the segment axis from the proximal joint centre B to J is
 * perpendicular to J–C (J is on the sphere with diameter B–C), in the plane of the wand marker A, B and C, on the side
 * of the line B–C away from the wand; that plane is turned about B–C by {@code offsetRad} (thigh or shank rotation
 * offset of a KAD calibration).
 */
final class Chord {

    private Chord() {
    }

    /** Writes J into out[o..o+2]; NaN when the geometry is degenerate (delta at least |B-C|, collinear markers). */
    static void jointCentre(double[] a, int ia, double[] b, int ib, double[] c, int ic, double delta, double offsetRad, double[] out,
            int o, double[] tmp) {
        // tmp: 0 u (C->B), 3 w (C->A perpendicular to u), 6 n
        V3.sub(b, ib, c, ic, tmp, 0);
        double d = V3.norm(tmp, 0);
        V3.normalise(tmp, 0);
        V3.sub(a, ia, c, ic, tmp, 3);
        double along = V3.dot(tmp, 3, tmp, 0);
        for (int k = 0; k < 3; k++) {
            tmp[3 + k] -= along * tmp[k];
        }
        V3.normalise(tmp, 3);
        V3.cross(tmp, 0, tmp, 3, tmp, 6);
        double cosA = delta / d;
        if (!(cosA < 1) || !(d > 0)) {
            V3.set(out, o, Double.NaN, Double.NaN, Double.NaN);
            return;
        }
        double sinA = Math.sqrt(1 - cosA * cosA);
        double cb = Math.cos(offsetRad);
        double sb = Math.sin(offsetRad);
        for (int k = 0; k < 3; k++) {
            double side = -cb * tmp[3 + k] + sb * tmp[6 + k];
            out[o + k] = c[ic + k] + delta * (cosA * tmp[k] + sinA * side);
        }
    }

    /**
     * Signed angle (radians) about the segment axis J→B from the wand marker A to the joint marker C, both projected
     * onto the plane perpendicular to that axis: the rotation offset as Plug-in Gait defines it.
     */
    static double wandAngle(double[] a, int ia, double[] b, int ib, double[] c, int ic, double[] j, int ij, double[] tmp) {
        // tmp: 0 axis, 3 wand, 6 marker
        V3.sub(b, ib, j, ij, tmp, 0);
        V3.normalise(tmp, 0);
        V3.sub(a, ia, j, ij, tmp, 3);
        V3.sub(c, ic, j, ij, tmp, 6);
        double pa = V3.dot(tmp, 3, tmp, 0);
        double pc = V3.dot(tmp, 6, tmp, 0);
        for (int k = 0; k < 3; k++) {
            tmp[3 + k] -= pa * tmp[k];
            tmp[6 + k] -= pc * tmp[k];
        }
        double cos = V3.dot(tmp, 3, tmp, 6);
        // sine: axis . (wand x marker)
        double sx = tmp[4] * tmp[8] - tmp[5] * tmp[7];
        double sy = tmp[5] * tmp[6] - tmp[3] * tmp[8];
        double sz = tmp[3] * tmp[7] - tmp[4] * tmp[6];
        double sin = tmp[0] * sx + tmp[1] * sy + tmp[2] * sz;
        return Math.atan2(sin, cos);
    }

    /**
     * The joint centre whose wand angle ({@link #wandAngle}) equals {@code offsetRad}: the chord solution turned about
     * B–C until the wand plane and the joint-marker plane, seen along the segment axis, are {@code offsetRad} apart.
     * Solved by the secant method (converges to 1e-12 rad in a few steps for offsets of clinical size).
     */
    static void jointCentreWithWandOffset(double[] a, int ia, double[] b, int ib, double[] c, int ic, double delta, double offsetRad,
            double[] out, int o, double[] tmp) {
        solveWandAngle(a, ia, b, ib, c, ic, delta, offsetRad, false, out, o, tmp);
    }

    /**
     * As {@link #jointCentreWithWandOffset}; {@code wandInPlane} false forces the iteration even for a zero offset (for a
     * constructed wand point that is not in the chord plane's solution, as in the KAD calibration).
     */
    static void solveWandAngle(double[] a, int ia, double[] b, int ib, double[] c, int ic, double delta, double offsetRad,
            boolean iterateAlways, double[] out, int o, double[] tmp) {
        if (offsetRad == 0 && !iterateAlways) {
            jointCentre(a, ia, b, ib, c, ic, delta, 0, out, o, tmp);
            return;
        }
        double x0 = 0;
        jointCentre(a, ia, b, ib, c, ic, delta, x0, out, o, tmp);
        double f0 = wandAngle(a, ia, b, ib, c, ic, out, o, tmp) - offsetRad;
        double x1 = offsetRad == 0 ? 0.01 : offsetRad;
        for (int iteration = 0; iteration < 20; iteration++) {
            jointCentre(a, ia, b, ib, c, ic, delta, x1, out, o, tmp);
            double f1 = wandAngle(a, ia, b, ib, c, ic, out, o, tmp) - offsetRad;
            if (!Double.isFinite(f1) || Math.abs(f1) < 1e-12 || f1 == f0) {
                return;
            }
            double x2 = x1 - f1 * (x1 - x0) / (f1 - f0);
            x0 = x1;
            f0 = f1;
            x1 = x2;
        }
        jointCentre(a, ia, b, ib, c, ic, delta, x1, out, o, tmp);
    }
}
