package org.ambulo.events.internal;

/**
 * Zero-lag Butterworth low-pass (forwards and backwards) for marker coordinates. A minimal private helper: the
 * signal bundle's {@code Butterworth} was not available when this bundle was written.
 */
final class LowPass {

    private final double[][] sections; // per second-order (or first-order) section: b0 b1 b2 a1 a2
    private final int order;

    LowPass(int order, double cutoffHz, double rateHz) {
        if (!(cutoffHz > 0) || !(cutoffHz < rateHz / 2)) {
            throw new IllegalArgumentException("low-pass cutoff " + cutoffHz + " Hz must lie between 0 and half the sampling rate ("
                    + rateHz / 2 + " Hz)");
        }
        this.order = order;
        double k = Math.tan(Math.PI * cutoffHz / rateHz);
        int pairs = order / 2;
        sections = new double[pairs + order % 2][];
        for (int s = 0; s < pairs; s++) {
            double q = 1.0 / (2.0 * Math.sin((2 * s + 1) * Math.PI / (2.0 * order)));
            double norm = 1.0 / (1.0 + k / q + k * k);
            double b0 = k * k * norm;
            sections[s] = new double[]{b0, 2 * b0, b0, 2 * (k * k - 1) * norm, (1 - k / q + k * k) * norm};
        }
        if (order % 2 == 1) {
            double b0 = k / (1 + k);
            sections[pairs] = new double[]{b0, b0, 0, (k - 1) / (k + 1), 0};
        }
    }

    /**
     * Filters {@code x[from, to)} in place (both directions, odd-reflection padded, steady-state start), leaving other
     * samples untouched. Runs shorter than the padding are left as they are.
     */
    void filtfiltInPlace(double[] x, int from, int to) {
        int n = to - from;
        int pad = 3 * (order + 1);
        if (n <= pad) {
            return;
        }
        double[] work = new double[n + 2 * pad];
        double first = x[from];
        double last = x[to - 1];
        for (int i = 0; i < pad; i++) {
            work[i] = 2 * first - x[from + pad - i];
            work[pad + n + i] = 2 * last - x[to - 2 - i];
        }
        System.arraycopy(x, from, work, pad, n);
        filterForward(work);
        reverse(work);
        filterForward(work);
        reverse(work);
        System.arraycopy(work, pad, x, from, n);
    }

    private void filterForward(double[] w) {
        for (double[] c : sections) {
            double x0 = w[0];
            // Start in the steady state of a constant input so that the edges do not ring.
            double z2 = (c[2] - c[4]) * x0;
            double z1 = (c[1] - c[3]) * x0 + z2;
            for (int i = 0; i < w.length; i++) {
                double in = w[i];
                double out = c[0] * in + z1;
                z1 = c[1] * in - c[3] * out + z2;
                z2 = c[2] * in - c[4] * out;
                w[i] = out;
            }
        }
    }

    private static void reverse(double[] w) {
        for (int i = 0, j = w.length - 1; i < j; i++, j--) {
            double t = w[i];
            w[i] = w[j];
            w[j] = t;
        }
    }

    /** Filters every run of finite samples separately (NaN gaps stay NaN). */
    void filtfiltRuns(double[] x) {
        int i = 0;
        while (i < x.length) {
            while (i < x.length && Double.isNaN(x[i])) {
                i++;
            }
            int start = i;
            while (i < x.length && !Double.isNaN(x[i])) {
                i++;
            }
            if (i > start) {
                filtfiltInPlace(x, start, i);
            }
        }
    }
}
