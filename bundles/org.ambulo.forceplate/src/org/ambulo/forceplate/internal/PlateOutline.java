package org.ambulo.forceplate.internal;

import org.ambulo.forceplate.PlateReaction;

/**
 * A plate's top surface as a polygon in its own plane, for "is this marker over the plate, and how high": works in
 * Z-up and Y-up labs alike because it measures along the plate's upward normal.
 */
final class PlateOutline {

    private final double[] centre;
    private final double[] up;
    private final double[] e1;
    private final double[] e2;
    private final double[] u = new double[4];
    private final double[] v = new double[4];
    private final double orientation;

    PlateOutline(PlateReaction plate) {
        double[] c = plate.cornersMm();
        centre = plate.centreMm();
        up = plate.upwardNormal();
        double[] x = {c[0] - c[3], c[1] - c[4], c[2] - c[5]};
        double dot = x[0] * up[0] + x[1] * up[1] + x[2] * up[2];
        x = new double[]{x[0] - dot * up[0], x[1] - dot * up[1], x[2] - dot * up[2]};
        double n = Math.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
        e1 = new double[]{x[0] / n, x[1] / n, x[2] / n};
        e2 = new double[]{up[1] * e1[2] - up[2] * e1[1], up[2] * e1[0] - up[0] * e1[2], up[0] * e1[1] - up[1] * e1[0]};
        for (int k = 0; k < 4; k++) {
            double[] p = {c[3 * k] - centre[0], c[3 * k + 1] - centre[1], c[3 * k + 2] - centre[2]};
            u[k] = dot(p, e1);
            v[k] = dot(p, e2);
        }
        double area = 0;
        for (int k = 0; k < 4; k++) {
            int j = (k + 1) % 4;
            area += u[k] * v[j] - u[j] * v[k];
        }
        orientation = Math.signum(area);
    }

    /** Height of a lab point above the plate surface along the upward normal, mm. */
    double heightMm(double[] p) {
        return (p[0] - centre[0]) * up[0] + (p[1] - centre[1]) * up[1] + (p[2] - centre[2]) * up[2];
    }

    /** Whether the point, projected on the plate plane, lies inside the plate edges by at least {@code marginMm}. */
    boolean contains(double[] p, double marginMm) {
        return insideDistanceMm(p) >= marginMm;
    }

    /** Distance of the projected point from the nearest edge, mm: positive inside the plate, negative outside. */
    double insideDistanceMm(double[] p) {
        double[] d = {p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]};
        double pu = dot(d, e1);
        double pv = dot(d, e2);
        double nearest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 4; k++) {
            int j = (k + 1) % 4;
            double eu = u[j] - u[k];
            double ev = v[j] - v[k];
            double len = Math.sqrt(eu * eu + ev * ev);
            nearest = Math.min(nearest, orientation * (eu * (pv - v[k]) - ev * (pu - u[k])) / len);
        }
        return nearest;
    }

    /** The lab vector (x, y, z) with its component along the plate normal removed. */
    double[] inPlane(double x, double y, double z) {
        double h = x * up[0] + y * up[1] + z * up[2];
        return new double[]{x - h * up[0], y - h * up[1], z - h * up[2]};
    }

    /** Distance in the plate plane between two lab points, mm. */
    double planarDistanceMm(double[] a, double[] b) {
        double[] d = {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
        double h = dot(d, up);
        return Math.sqrt(Math.max(0, dot(d, d) - h * h));
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
