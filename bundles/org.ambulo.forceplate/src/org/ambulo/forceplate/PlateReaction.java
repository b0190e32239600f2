package org.ambulo.forceplate;

import org.ambulo.forceplate.internal.PlateGeometry;

/**
 * The ground reaction one force plate measured, in the lab (C3D point) frame, one sample per analog sample. Forces
 * are those the plate exerts on the subject (vertical component positive upwards while standing). Arrays are
 * shared, not copied: treat them as read-only.
 *
 * @param plateNumber
 *            1-based plate number as in {@code FORCE_PLATFORM} (the order of {@code FORCE_PLATFORM:TYPE})
 * @param plateType
 *            {@code FORCE_PLATFORM:TYPE} (1 to 7)
 * @param analogRateHz
 *            sampling rate of all arrays, in hertz
 * @param forceXN
 *            force x in newtons
 * @param forceYN
 *            force y in newtons
 * @param forceZN
 *            force z in newtons
 * @param copXMm
 *            centre of pressure x in millimetres; NaN where the vertical force is below the threshold
 * @param copYMm
 *            centre of pressure y in mm; NaN below the threshold
 * @param copZMm
 *            centre of pressure z in mm (the plate surface); NaN below the threshold
 * @param freeMomentNmm
 *            free moment about the vertical axis through the centre of pressure, in N·mm; NaN below the threshold
 * @param cornersMm
 *            the four plate corners in the lab frame, x y z per corner, in mm (12 values, {@code FORCE_PLATFORM:CORNERS}
 *            order)
 * @param thresholdN
 *            vertical force below which the centre of pressure is masked, in newtons
 */
public record PlateReaction(int plateNumber, int plateType, double analogRateHz, double[] forceXN, double[] forceYN, double[] forceZN,
        double[] copXMm, double[] copYMm, double[] copZMm, double[] freeMomentNmm, double[] cornersMm, double thresholdN) {

    public PlateReaction {
        int n = forceXN.length;
        if (forceYN.length != n || forceZN.length != n || copXMm.length != n || copYMm.length != n || copZMm.length != n
                || freeMomentNmm.length != n) {
            throw new IllegalArgumentException("plate " + plateNumber + ": signal arrays differ in length");
        }
        if (cornersMm.length != 12) {
            throw new IllegalArgumentException("plate " + plateNumber + ": 4 corners x 3 coordinates expected, got " + cornersMm.length);
        }
    }

    public int sampleCount() {
        return forceXN.length;
    }

    /** The plate centre (mean of the four corners), lab frame, mm. */
    public double[] centreMm() {
        return PlateGeometry.of(cornersMm).centreMm();
    }

    /**
     * Unit normal of the top surface pointing up, in the lab frame: the plate's corner-derived z axis or its opposite,
     * whichever points along the positive lab axis it is closest to (+z, or +y in a Y-up lab).
     */
    public double[] upwardNormal() {
        return PlateGeometry.of(cornersMm).upward();
    }

    /** Force on the subject along {@link #upwardNormal()} (the vertical force), in N, at one sample; loops should use {@link #normalForceN()}. */
    public double normalForceN(int sample) {
        double[] up = upwardNormal();
        return forceXN[sample] * up[0] + forceYN[sample] * up[1] + forceZN[sample] * up[2];
    }

    /** Normal (vertical) force on the subject at every sample, N (a new array). */
    public double[] normalForceN() {
        double[] up = upwardNormal();
        double[] out = new double[forceXN.length];
        for (int s = 0; s < out.length; s++) {
            out[s] = forceXN[s] * up[0] + forceYN[s] * up[1] + forceZN[s] * up[2];
        }
        return out;
    }

    /** Whether the centre of pressure is defined (normal force at or above the threshold) at this sample. */
    public boolean isLoaded(int sample) {
        return !Double.isNaN(copXMm[sample]);
    }

    /**
     * Moment of the reaction on the subject about the lab point (x, y, z) mm, in N·mm, lab frame: {@code (COP - point) × F
     * + freeMoment · up}; NaN where the centre of pressure is masked.
     */
    public double[] momentNmmAbout(int sample, double xMm, double yMm, double zMm) {
        if (!isLoaded(sample)) {
            return new double[]{Double.NaN, Double.NaN, Double.NaN};
        }
        double rx = copXMm[sample] - xMm;
        double ry = copYMm[sample] - yMm;
        double rz = copZMm[sample] - zMm;
        double fx = forceXN[sample];
        double fy = forceYN[sample];
        double fz = forceZN[sample];
        double[] up = upwardNormal();
        double t = freeMomentNmm[sample];
        return new double[]{ry * fz - rz * fy + t * up[0], rz * fx - rx * fz + t * up[1], rx * fy - ry * fx + t * up[2]};
    }

    /** Whether the lab-frame point (x, y) in mm lies on the plate's top surface (inside its four corners). */
    public boolean contains(double xMm, double yMm) {
        // Corners are ordered around the plate; the point is inside when it is on the same side of all four edges.
        int sign = 0;
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            double cross = (cornersMm[3 * j] - cornersMm[3 * i]) * (yMm - cornersMm[3 * i + 1])
                    - (cornersMm[3 * j + 1] - cornersMm[3 * i + 1]) * (xMm - cornersMm[3 * i]);
            int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
            if (s != 0) {
                if (sign != 0 && s != sign) {
                    return false;
                }
                sign = s;
            }
        }
        return true;
    }
}
