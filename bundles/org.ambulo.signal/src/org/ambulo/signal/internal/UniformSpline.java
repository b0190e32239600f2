package org.ambulo.signal.internal;

/**
 * Natural cubic splines through the samples of a uniformly sampled signal with NaN gaps, one spline per run of
 * finite samples inside a window; linear for two-sample runs. Evaluated at fractional sample indices.
 */
public final class UniformSpline {

    private final double[] signal;
    private final int from;
    /** Second derivatives per sample index (relative to from); NaN outside runs. */
    private final double[] curvature;

    /** Splines for the runs within [from, to) (clipped to the signal); runs are cut at the window edges. */
    public UniformSpline(double[] signal, int from, int to) {
        this.signal = signal;
        this.from = Math.max(0, from);
        int end = Math.min(signal.length, to);
        this.curvature = new double[Math.max(0, end - this.from)];
        double[] work = new double[curvature.length];
        int i = this.from;
        while (i < end) {
            if (!Double.isFinite(signal[i])) {
                curvature[i - this.from] = Double.NaN;
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < end && Double.isFinite(signal[runEnd])) {
                runEnd++;
            }
            solveNatural(i, runEnd, work);
            i = runEnd;
        }
    }

    /** Thomas algorithm for M[k-1] + 4 M[k] + M[k+1] = 6 (y[k+1] − 2 y[k] + y[k−1]), M = 0 at the run ends. */
    private void solveNatural(int start, int end, double[] work) {
        int o = start - from;
        int n = end - start;
        curvature[o] = 0;
        curvature[o + n - 1] = 0;
        if (n < 3) {
            return;
        }
        // forward elimination: work holds the modified super-diagonal, curvature the modified right-hand side
        double prevC = 0;
        double prevD = 0;
        for (int k = 1; k < n - 1; k++) {
            int i = start + k;
            double rhs = 6 * (signal[i + 1] - 2 * signal[i] + signal[i - 1]);
            double denom = 4 - prevC;
            prevC = 1 / denom;
            prevD = (rhs - prevD) / denom;
            work[o + k] = prevC;
            curvature[o + k] = prevD;
        }
        for (int k = n - 3; k >= 1; k--) {
            curvature[o + k] -= work[o + k] * curvature[o + k + 1];
        }
    }

    /** Value at fractional index t; NaN unless t lies within one run of the window. */
    public double valueAt(double t) {
        if (!(t >= from) || t > from + curvature.length - 1) {
            return Double.NaN;
        }
        int i = (int) Math.floor(t);
        double u = t - i;
        if (u == 0) {
            return signal[i];
        }
        if (i + 1 >= from + curvature.length || !Double.isFinite(signal[i]) || !Double.isFinite(signal[i + 1])) {
            return Double.NaN;
        }
        double m0 = curvature[i - from];
        double m1 = curvature[i + 1 - from];
        double v = 1 - u;
        return v * signal[i] + u * signal[i + 1] + ((v * v * v - v) * m0 + (u * u * u - u) * m1) / 6;
    }
}
