package org.ambulo.signal.internal;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.signal.FilterType;
import org.apache.commons.math3.complex.Complex;

/**
 * Digital Butterworth filters as second-order sections: analog prototype poles, frequency transformation in the
 * pre-warped domain (W = tan(π f / fs)), bilinear transform z = (1 + s) / (1 − s). Sections instead of one long
 * polynomial keep high orders at low cutoffs (order 8 at 1 Hz, 2000 Hz) stable.
 */
public final class ButterworthDesign {

    private ButterworthDesign() {
    }

    /**
     * Sections for a filter of prototype order {@code order}. {@code edgeA}/{@code edgeB} are pre-warped
     * frequencies: the cutoff for low/high-pass (edgeB unused), else the centre frequency W0 and bandwidth BW.
     */
    public static SecondOrderSections design(FilterType type, int order, double edgeA, double edgeB) {
        List<double[]> sections = new ArrayList<>();
        for (int k = 0; k < (order + 1) / 2; k++) {
            // prototype pole on the unit circle in the left half plane, upper half (real for the odd middle one)
            double angle = Math.PI / 2 + Math.PI * (2 * k + 1) / (2.0 * order);
            boolean real = 2 * k + 1 == order;
            Complex p = real ? new Complex(-1, 0) : new Complex(Math.cos(angle), Math.sin(angle));
            switch (type) {
                case LOW_PASS -> sections.add(lowOrHighSection(p.multiply(edgeA), real, -1));
                case HIGH_PASS -> sections.add(lowOrHighSection(new Complex(edgeA, 0).divide(p), real, 1));
                case BAND_PASS -> addBandSections(sections, p.multiply(edgeB / 2), edgeA, real, numeratorBandPass());
                case BAND_STOP -> addBandSections(sections, new Complex(edgeB / 2, 0).divide(p), edgeA, real, numeratorBandStop(edgeA));
            }
        }
        return normalise(type, sections, edgeA);
    }

    /** One analog pole (and its conjugate unless real); zeros all at z = zero (−1 low-pass, +1 high-pass). */
    private static double[] lowOrHighSection(Complex s, boolean real, double zero) {
        Complex z = bilinear(s);
        if (real) {
            return new double[]{1, -zero, 0, -z.getReal(), 0};
        }
        return new double[]{1, -2 * zero, 1, -2 * z.getReal(), z.abs() * z.abs()};
    }

    /**
     * The analog poles s = q ± √(q² − W0²) of one prototype pole after the band transformation; a complex prototype
     * pole gives two sections (its conjugate supplies the conjugate poles), the real one gives one.
     */
    private static void addBandSections(List<double[]> sections, Complex q, double w0, boolean real, double[] numerator) {
        Complex root = q.multiply(q).subtract(w0 * w0).sqrt();
        Complex z1 = bilinear(q.add(root));
        Complex z2 = bilinear(q.subtract(root));
        if (real) {
            // z1, z2 are a conjugate pair or both real: the denominator (1 - z1/z)(1 - z2/z) is real either way
            sections.add(section(numerator, z1.add(z2).getReal(), z1.multiply(z2).getReal()));
        } else {
            sections.add(section(numerator, 2 * z1.getReal(), z1.abs() * z1.abs()));
            sections.add(section(numerator, 2 * z2.getReal(), z2.abs() * z2.abs()));
        }
    }

    private static double[] section(double[] numerator, double poleSum, double poleProduct) {
        return new double[]{numerator[0], numerator[1], numerator[2], -poleSum, poleProduct};
    }

    /** One zero at z = 1 and one at z = −1 per section. */
    private static double[] numeratorBandPass() {
        return new double[]{1, 0, -1};
    }

    /** A conjugate pair of zeros on the unit circle at the centre frequency. */
    private static double[] numeratorBandStop(double w0) {
        return new double[]{1, -2 * Math.cos(2 * Math.atan(w0)), 1};
    }

    private static Complex bilinear(Complex s) {
        return Complex.ONE.add(s).divide(Complex.ONE.subtract(s));
    }

    /**
     * Scales each section to unit gain where the whole filter has unit gain (DC, Nyquist or the centre frequency),
     * which keeps intermediate signals at the input's scale; then fixes the overall sign.
     */
    private static SecondOrderSections normalise(FilterType type, List<double[]> sections, double w0) {
        double omega = switch (type) {
            case LOW_PASS, BAND_STOP -> 0;
            case HIGH_PASS -> Math.PI;
            case BAND_PASS -> 2 * Math.atan(w0);
        };
        Complex total = Complex.ONE;
        for (double[] c : sections) {
            Complex h = SecondOrderSections.response(c, omega);
            double scale = 1 / h.abs();
            c[0] *= scale;
            c[1] *= scale;
            c[2] *= scale;
            total = total.multiply(h.multiply(scale));
        }
        if (total.getReal() < 0) {
            double[] first = sections.get(0);
            first[0] = -first[0];
            first[1] = -first[1];
            first[2] = -first[2];
        }
        return new SecondOrderSections(sections.toArray(double[][]::new));
    }
}
