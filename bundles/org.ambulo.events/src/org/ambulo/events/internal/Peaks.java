package org.ambulo.events.internal;

import java.util.Arrays;

/** Extremes of sampled signals, refined to a fraction of a sample by a parabola through the three top samples. */
final class Peaks {

    private Peaks() {
    }

    /**
     * Fractional indices of the local maxima of {@code s} (minima when {@code maxima} is false) that lie beyond
     * {@code level} (above it for maxima, below for minima), at least {@code minDistance} samples apart (the larger
     * extreme wins), in ascending order. A sample next to a NaN or the trial edge is no extreme: the signal may go on
     * rising there.
     */
    static double[] find(double[] s, boolean maxima, double level, int minDistance) {
        double sign = maxima ? 1 : -1;
        int n = s.length;
        int[] candidates = new int[n];
        int count = 0;
        for (int i = 1; i < n - 1; i++) {
            double a = sign * s[i - 1];
            double b = sign * s[i];
            double c = sign * s[i + 1];
            if (b > a && b >= c && b > sign * level) { // NaN compares false: gaps and edges never qualify
                candidates[count++] = i;
            }
        }
        // Larger extremes first, then drop those too close to an accepted one.
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) {
            order[k] = candidates[k];
        }
        Arrays.sort(order, (p, q) -> Double.compare(sign * s[q], sign * s[p]));
        int[] accepted = new int[count];
        int kept = 0;
        for (int idx : order) {
            boolean free = true;
            for (int k = 0; k < kept && free; k++) {
                free = Math.abs(accepted[k] - idx) >= minDistance;
            }
            if (free) {
                accepted[kept++] = idx;
            }
        }
        int[] sorted = Arrays.copyOf(accepted, kept);
        Arrays.sort(sorted);
        double[] out = new double[kept];
        for (int k = 0; k < kept; k++) {
            out[k] = refine(s, sorted[k]);
        }
        return out;
    }

    /** Vertex of the parabola through samples i-1, i, i+1 (within half a sample of i). */
    static double refine(double[] s, int i) {
        if (i <= 0 || i >= s.length - 1) {
            return i;
        }
        double denominator = s[i - 1] - 2 * s[i] + s[i + 1];
        if (denominator == 0 || Double.isNaN(denominator)) {
            return i;
        }
        double delta = 0.5 * (s[i - 1] - s[i + 1]) / denominator;
        return i + Math.max(-0.5, Math.min(0.5, delta));
    }

    /** Value at quantile q (0..1) of the finite samples, from every {@code stride}-th sample; NaN if none. */
    static double quantile(double[] s, double q, int stride) {
        int step = Math.max(1, stride);
        double[] finite = new double[(s.length + step - 1) / step];
        int n = 0;
        for (int i = 0; i < s.length; i += step) {
            if (!Double.isNaN(s[i])) {
                finite[n++] = s[i];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(finite, 0, n);
        return finite[(int) Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))))];
    }
}
