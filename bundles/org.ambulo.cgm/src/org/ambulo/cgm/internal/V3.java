package org.ambulo.cgm.internal;

/**
 * Small vector and rotation helpers on primitive arrays, written into caller-supplied buffers so that per-frame loops
 * allocate nothing. A frame (rotation) is 9 doubles: x axis, y axis, z axis (the columns of the rotation matrix from
 * segment to lab), each a unit vector in lab coordinates.
 */
final class V3 {

    private V3() {
    }

    static void set(double[] out, int o, double x, double y, double z) {
        out[o] = x;
        out[o + 1] = y;
        out[o + 2] = z;
    }

    static double dot(double[] a, int ia, double[] b, int ib) {
        return a[ia] * b[ib] + a[ia + 1] * b[ib + 1] + a[ia + 2] * b[ib + 2];
    }

    static void sub(double[] a, int ia, double[] b, int ib, double[] out, int o) {
        out[o] = a[ia] - b[ib];
        out[o + 1] = a[ia + 1] - b[ib + 1];
        out[o + 2] = a[ia + 2] - b[ib + 2];
    }

    static void cross(double[] a, int ia, double[] b, int ib, double[] out, int o) {
        double x = a[ia + 1] * b[ib + 2] - a[ia + 2] * b[ib + 1];
        double y = a[ia + 2] * b[ib] - a[ia] * b[ib + 2];
        double z = a[ia] * b[ib + 1] - a[ia + 1] * b[ib];
        out[o] = x;
        out[o + 1] = y;
        out[o + 2] = z;
    }

    static double norm(double[] a, int ia) {
        return Math.sqrt(dot(a, ia, a, ia));
    }

    /** Normalises in place; a zero vector becomes NaN (a degenerate frame must not look valid). */
    static void normalise(double[] a, int ia) {
        double n = norm(a, ia);
        double s = n > 0 ? 1 / n : Double.NaN;
        a[ia] *= s;
        a[ia + 1] *= s;
        a[ia + 2] *= s;
    }

    static void scale(double[] a, int ia, double s) {
        a[ia] *= s;
        a[ia + 1] *= s;
        a[ia + 2] *= s;
    }

    static double distance(double[] a, int ia, double[] b, int ib) {
        double dx = a[ia] - b[ib];
        double dy = a[ia + 1] - b[ib + 1];
        double dz = a[ia + 2] - b[ib + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /**
     * A right-handed frame whose {@code primary} axis (0 = x, 1 = y, 2 = z) is along {@code p}, and whose
     * {@code secondary} axis lies in the plane of {@code p} and {@code s}, on the side of {@code s}.
     */
    static void frame(double[] p, int ip, double[] s, int is, int primary, int secondary, double[] out, int o) {
        int third = 3 - primary - secondary;
        int op = o + 3 * primary;
        int os = o + 3 * secondary;
        int ot = o + 3 * third;
        out[op] = p[ip];
        out[op + 1] = p[ip + 1];
        out[op + 2] = p[ip + 2];
        normalise(out, op);
        // third = primary x secondary when (primary, secondary, third) is cyclic (x,y,z), else secondary x primary
        boolean cyclic = (secondary - primary + 3) % 3 == 1;
        if (cyclic) {
            cross(out, op, s, is, out, ot);
        } else {
            cross(s, is, out, op, out, ot);
        }
        normalise(out, ot);
        if (cyclic) {
            cross(out, ot, out, op, out, os);
        } else {
            cross(out, op, out, ot, out, os);
        }
    }

    /** Lab coordinates of the point with local coordinates (lx, ly, lz) in the frame at origin. */
    static void toLab(double[] origin, int io, double[] r, int ir, double lx, double ly, double lz, double[] out, int o) {
        for (int k = 0; k < 3; k++) {
            out[o + k] = origin[io + k] + r[ir + k] * lx + r[ir + 3 + k] * ly + r[ir + 6 + k] * lz;
        }
    }

    /** Local coordinates (in frame r at origin) of lab point p. */
    static void toLocal(double[] origin, int io, double[] r, int ir, double[] p, int ip, double[] out, int o) {
        double dx = p[ip] - origin[io];
        double dy = p[ip + 1] - origin[io + 1];
        double dz = p[ip + 2] - origin[io + 2];
        double lx = r[ir] * dx + r[ir + 1] * dy + r[ir + 2] * dz;
        double ly = r[ir + 3] * dx + r[ir + 4] * dy + r[ir + 5] * dz;
        double lz = r[ir + 6] * dx + r[ir + 7] * dy + r[ir + 8] * dz;
        out[o] = lx;
        out[o + 1] = ly;
        out[o + 2] = lz;
    }

    /**
     * Relative rotation of distal in proximal: m[i][j] = proximal axis i . distal axis j (row-major into out[9]).
     */
    static void relative(double[] prox, int ip, double[] dist, int id, double[] out) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[3 * i + j] = dot(prox, ip + 3 * i, dist, id + 3 * j);
            }
        }
    }

    /**
     * Rotates the frame (in place) about its own axis {@code axis} (0 = x, 1 = y, 2 = z) by angle (right hand rule).
     */
    static void rotateAbout(double[] r, int ir, int axis, double angleRad) {
        int a = ir + 3 * ((axis + 1) % 3);
        int b = ir + 3 * ((axis + 2) % 3);
        double c = Math.cos(angleRad);
        double s = Math.sin(angleRad);
        for (int k = 0; k < 3; k++) {
            double va = r[a + k];
            double vb = r[b + k];
            r[a + k] = c * va + s * vb;
            r[b + k] = -s * va + c * vb;
        }
    }

    static boolean finite(double[] a, int ia, int n) {
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(a[ia + i])) {
                return false;
            }
        }
        return true;
    }
}
