package org.ambulo.emg;

import java.util.Random;

/** Synthetic EMG-like signals with analytically known envelopes. */
final class Synthetic {

    private Synthetic() {
    }

    /** amplitude · sin(2π f t), n samples at rateHz. */
    static double[] sine(double amplitude, double frequencyHz, double rateHz, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = amplitude * Math.sin(2 * Math.PI * frequencyHz * i / rateHz);
        }
        return x;
    }

    /** White Gaussian noise of the given SD, fixed seed. */
    static double[] noise(double sd, int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = sd * random.nextGaussian();
        }
        return x;
    }

    static double[] plus(double[] a, double[] b) {
        double[] x = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            x[i] = a[i] + b[i];
        }
        return x;
    }

    static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }

    static double maxAbsDeviation(double[] x, double[] expected, int from, int to) {
        double m = 0;
        for (int i = from; i < to; i++) {
            m = Math.max(m, Math.abs(x[i] - expected[i]));
        }
        return m;
    }
}
