package org.ambulo.cgm.internal;

import java.util.Arrays;

import org.ambulo.model.Side;

/**
 * Plug-in Gait joint angles in degrees, x = sagittal, y = frontal, z = transverse, from the Y-X-Z Cardan angles
 * (a, b, c) of distal in proximal, with the Nexus signs (s = +1 left, -1 right):
 * <ul>
 * <li>pelvis (pelvis in progression frame): tilt a, obliquity s·b, rotation −s·c;</li>
 * <li>hip (femur in pelvis): flexion −a, adduction −s·b, internal rotation −s·c;</li>
 * <li>knee (femur → tibia turned by the tibial torsion): flexion a, varus −s·b, internal rotation −s·c;</li>
 * <li>ankle (tibia → foot; the foot's z points back, x up, hence the 90°): dorsiflexion −(a + 90°), inversion −s·c,
 * internal rotation (adduction) −s·b;</li>
 * <li>foot progression (foot in progression frame): x = a as Nexus writes it, y = s·c, z (progression, internal
 * positive) = −s·b.</li>
 * </ul>
 */
final class AngleCalculator {

    private AngleCalculator() {
    }

    enum Joint {
        PELVIS,
        HIP,
        KNEE,
        ANKLE,
        FOOT_PROGRESS
    }

    /** Angles x, y, z per frame (degrees, NaN where a segment is missing). */
    static double[] angles(Joint joint, Side side, SegmentTrajectory proximal, double[] fixedProximal, SegmentTrajectory distal) {
        int n = distal.frameCount();
        double[] out = new double[3 * n];
        Arrays.fill(out, Double.NaN);
        double[] m = new double[9];
        double[] abc = new double[3];
        double s = side == Side.LEFT ? 1 : -1;
        for (int f = 0; f < n; f++) {
            if (!distal.isValid(f) || (proximal != null && !proximal.isValid(f))) {
                continue;
            }
            if (proximal != null) {
                V3.relative(proximal.axes, 9 * f, distal.axes, 9 * f, m);
            } else {
                V3.relative(fixedProximal, 0, distal.axes, 9 * f, m);
            }
            Cardan.yxz(m, abc, 0);
            double a = Math.toDegrees(abc[0]);
            double b = Math.toDegrees(abc[1]);
            double c = Math.toDegrees(abc[2]);
            int o = 3 * f;
            switch (joint) {
                case PELVIS -> set(out, o, a, s * b, -s * c);
                case HIP -> set(out, o, -a, -s * b, -s * c);
                case KNEE -> set(out, o, a, -s * b, -s * c);
                case ANKLE -> set(out, o, -(wrap(a + 90)), -s * c, -s * b);
                case FOOT_PROGRESS -> set(out, o, a, s * c, -s * b);
            }
        }
        return out;
    }

    private static double wrap(double deg) {
        return deg > 180 ? deg - 360 : deg < -180 ? deg + 360 : deg;
    }

    private static void set(double[] out, int o, double x, double y, double z) {
        out[o] = x;
        out[o + 1] = y;
        out[o + 2] = z;
    }
}
