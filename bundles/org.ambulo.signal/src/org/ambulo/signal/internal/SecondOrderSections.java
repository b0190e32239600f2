package org.ambulo.signal.internal;

import org.apache.commons.math3.complex.Complex;

/**
 * A cascade of biquads {b0, b1, b2, a1, a2} (a0 = 1), run in transposed direct form II, with scipy-style
 * steady-state initial conditions ({@code sosfilt_zi}) and MATLAB/scipy-style zero-lag filtering.
 */
public final class SecondOrderSections {

    private final double[][] coefficients;
    /** Steady-state section states for a unit step input, two per section. */
    private final double[] unitStepState;

    SecondOrderSections(double[][] coefficients) {
        this.coefficients = coefficients;
        this.unitStepState = new double[2 * coefficients.length];
        double input = 1;
        for (int k = 0; k < coefficients.length; k++) {
            double[] c = coefficients[k];
            double gain = (c[0] + c[1] + c[2]) / (1 + c[3] + c[4]);
            double s2 = (c[2] - c[4] * gain) * input;
            unitStepState[2 * k + 1] = s2;
            unitStepState[2 * k] = (c[1] - c[3] * gain) * input + s2;
            input *= gain;
        }
    }

    public int sectionCount() {
        return coefficients.length;
    }

    /** A copy of the coefficients, one row {b0, b1, b2, a1, a2} per section. */
    public double[][] coefficients() {
        double[][] copy = new double[coefficients.length][];
        for (int k = 0; k < copy.length; k++) {
            copy[k] = coefficients[k].clone();
        }
        return copy;
    }

    /** Complex response of the cascade at normalised angular frequency omega (rad/sample). */
    public Complex response(double omega) {
        Complex total = Complex.ONE;
        for (double[] c : coefficients) {
            total = total.multiply(response(c, omega));
        }
        return total;
    }

    static Complex response(double[] c, double omega) {
        Complex z1 = new Complex(Math.cos(omega), -Math.sin(omega));
        Complex z2 = z1.multiply(z1);
        Complex num = z1.multiply(c[1]).add(z2.multiply(c[2])).add(c[0]);
        Complex den = z1.multiply(c[3]).add(z2.multiply(c[4])).add(1);
        return num.divide(den);
    }

    /**
     * Zero-lag filtering of x[from, from + length) into out[from, ...): odd extension by {@code padLength} samples at
     * each end (2·x[0] − x[i]; repeated point reflection when the run is shorter than the padding, a constant for a
     * single sample), forward pass started in the steady state of the first extended sample, backward pass started in
     * the steady state of the last forward output.
     */
    public void filtfilt(double[] x, int from, int length, int padLength, double[] out) {
        int n = length + 2 * padLength;
        double[] ext = new double[n];
        for (int i = 0; i < padLength; i++) {
            ext[i] = reflected(x, from, length, i - padLength);
            ext[padLength + length + i] = reflected(x, from, length, length + i);
        }
        System.arraycopy(x, from, ext, padLength, length);
        filterInPlace(ext, ext[0], false);
        filterInPlace(ext, ext[n - 1], true);
        System.arraycopy(ext, padLength, out, from, length);
    }

    /** The odd (point-reflected) continuation of the run at relative index i, reflecting as often as needed. */
    private static double reflected(double[] x, int from, int length, int index) {
        if (length == 1) {
            return x[from];
        }
        double first = x[from];
        double last = x[from + length - 1];
        double offset = 0;
        double sign = 1;
        int i = index;
        while (i < 0 || i >= length) {
            if (i < 0) {
                offset += sign * 2 * first;
                i = -i;
            } else {
                offset += sign * 2 * last;
                i = 2 * (length - 1) - i;
            }
            sign = -sign;
        }
        return offset + sign * x[from + i];
    }

    /** Runs the cascade over the whole array (backwards if asked), each section started in its steady state. */
    private void filterInPlace(double[] data, double initialLevel, boolean backwards) {
        int n = data.length;
        for (int k = 0; k < coefficients.length; k++) {
            double[] c = coefficients[k];
            double b0 = c[0], b1 = c[1], b2 = c[2], a1 = c[3], a2 = c[4];
            double s1 = unitStepState[2 * k] * initialLevel;
            double s2 = unitStepState[2 * k + 1] * initialLevel;
            for (int j = 0; j < n; j++) {
                int i = backwards ? n - 1 - j : j;
                double in = data[i];
                double y = b0 * in + s1;
                s1 = b1 * in - a1 * y + s2;
                s2 = b2 * in - a2 * y;
                data[i] = y;
            }
        }
    }
}
