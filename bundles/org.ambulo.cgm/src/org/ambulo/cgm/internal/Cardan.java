package org.ambulo.cgm.internal;

/**
 * The Y-X-Z Cardan decomposition used by Plug-in Gait for all lower-body angles: the distal frame relative to the
 * proximal one is Ry(a)·Rx(b)·Rz(c) (rotations about the moving axes: flexion about y, then ab/adduction about the
 * new x, then rotation about the new z).
 */
final class Cardan {

    private Cardan() {
    }

    /**
     * Angles a, b, c in radians into out[o..o+2] from the relative rotation m (row-major, proximal axis i . distal axis j).
     */
    static void yxz(double[] m, double[] out, int o) {
        double s = -m[5];
        out[o] = Math.atan2(m[2], m[8]);
        out[o + 1] = Math.asin(s > 1 ? 1 : s < -1 ? -1 : s);
        out[o + 2] = Math.atan2(m[3], m[4]);
    }
}
