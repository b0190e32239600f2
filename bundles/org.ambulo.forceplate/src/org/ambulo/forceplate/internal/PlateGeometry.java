package org.ambulo.forceplate.internal;

/**
 * Where a plate lies in the lab: corners in mm, centre (mean of the four corners, the ezc3d/Visual3D choice; opensim#2860
 * shows BTK's corner-1/corner-3 midpoint differs on skewed plates) and the plate axes derived from the corners in the
 * C3D order (+x+y, -x+y, -x-y, +x-y): {@code x = c1 - c2}, {@code y = c1 - c4}, {@code z = x × y}, re-orthogonalised.
 *
 * @param cornersMm 12 values
 * @param centreMm 3 values
 * @param axes row-major 3x3 matrix whose columns are the plate x, y, z axes in lab coordinates
 * @param upward the lab direction of the plate's top-surface normal (the plate z axis or its opposite, whichever has a
 *            positive component along the lab axis it is closest to: lab "up" is +z, or +y in Y-up labs)
 * @param zUpSign +1 when plate z points up (along {@code upward}), -1 when it points down (AMTI, Kistler)
 */
public record PlateGeometry(double[] cornersMm, double[] centreMm, double[] axes, double[] upward, double zUpSign) {

    /** Lab vector of a plate-frame vector (x, y, z). */
    double[] toLab(double x, double y, double z) {
        return new double[]{axes[0] * x + axes[1] * y + axes[2] * z, axes[3] * x + axes[4] * y + axes[5] * z,
                axes[6] * x + axes[7] * y + axes[8] * z};
    }

    /**
     * Geometry from the 12 corner coordinates, already in mm.
     *
     * @throws IllegalArgumentException saying what is wrong with the corners (non-finite, degenerate, collinear)
     */
    public static PlateGeometry of(double[] c) {
        for (double v : c) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("CORNERS holds a non-finite value");
            }
        }
        double[] centre = new double[3];
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < 3; j++) {
                centre[j] += c[3 * k + j] / 4.0;
            }
        }
        double[] x = {c[0] - c[3], c[1] - c[4], c[2] - c[5]};
        double[] y = {c[0] - c[9], c[1] - c[10], c[2] - c[11]};
        if (norm(x) < 1.0 || norm(y) < 1.0) {
            throw new IllegalArgumentException("CORNERS are degenerate (edges shorter than 1 mm)");
        }
        double[] z = cross(x, y);
        if (norm(z) < 1e-3 * norm(x) * norm(y)) {
            throw new IllegalArgumentException("CORNERS are collinear");
        }
        y = cross(z, x);
        x = unit(x);
        y = unit(y);
        z = unit(z);
        double[] axes = {x[0], y[0], z[0], x[1], y[1], z[1], x[2], y[2], z[2]};
        int dominant = 0;
        for (int j = 1; j < 3; j++) {
            if (Math.abs(z[j]) > Math.abs(z[dominant])) {
                dominant = j;
            }
        }
        double sign = z[dominant] >= 0 ? 1.0 : -1.0;
        double[] up = {sign * z[0], sign * z[1], sign * z[2]};
        return new PlateGeometry(c.clone(), centre, axes, up, sign);
    }

    static double[] cross(double[] a, double[] b) {
        return new double[]{a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double norm(double[] a) {
        return Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
    }

    private static double[] unit(double[] a) {
        double n = norm(a);
        return new double[]{a[0] / n, a[1] / n, a[2] / n};
    }
}
