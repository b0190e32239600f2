package org.ambulo.cgm.internal;

/**
 * Quintic smoothing of equally spaced samples, the discrete form of Woltring's quintic smoothing spline (GCVSPL,
 * half-order m = 3; Woltring 1986): {@code z} minimises {@code Σ (y − z)² + λ Σ (Δ³z)²}, i.e. solves
 * {@code (I + λ DᵀD) z = y} with D the third-difference operator. Away from the ends its gain at frequency f is
 * {@code 1 / (1 + λ (2 sin(π f / fs))⁶)} (zero lag), one half at the cut-off fc for
 * {@code λ = (2 sin(π fc / fs))⁻⁶}; a polynomial of degree ≤ 2 passes unchanged everywhere, ends included. The
 * 7-band system is solved by a banded LDLᵀ factorisation: O(n) per series, no per-sample objects.
 */
final class QuinticSmoothing {

    /** Third-difference penalty: bandwidth 3 on each side of the diagonal. */
    private static final int BAND = 3;
    private static final int W = BAND + 1;
    private static final double[] D3 = {-1, 3, -3, 1};
    /** Shorter runs are left as they are: the penalty needs more samples than its stencil to smooth anything. */
    static final int MIN_RUN = 2 * W;

    private QuinticSmoothing() {
    }

    /** λ for a cut-off (gain one half) at cutoffHz; 0 (no smoothing) for an infinite cut-off. */
    static double lambdaForCutoff(double cutoffHz, double rateHz) {
        if (Double.isInfinite(cutoffHz)) {
            return 0;
        }
        double s = 2 * Math.sin(Math.PI * cutoffHz / rateHz);
        return 1 / (s * s * s * s * s * s);
    }

    /**
     * Smooths each column of an interleaved array ({@code width} values per frame) over its runs of finite values, with
     * the same λ; NaN stays NaN, runs shorter than {@link #MIN_RUN} frames are copied. Returns a new array (the input
     * when λ is 0).
     */
    static double[] smoothRuns(double[] values, int width, double lambda) {
        if (lambda == 0) {
            return values;
        }
        double[] out = values.clone();
        int frames = values.length / width;
        Work work = new Work(frames);
        for (int c = 0; c < width; c++) {
            int f = 0;
            while (f < frames) {
                if (!Double.isFinite(values[f * width + c])) {
                    f++;
                    continue;
                }
                int start = f;
                while (f < frames && Double.isFinite(values[f * width + c])) {
                    f++;
                }
                if (f - start >= MIN_RUN) {
                    work.smooth(values, start * width + c, width, f - start, lambda, out);
                }
            }
        }
        return out;
    }

    /** Band storage of the factor and the solution, sized for the longest run. */
    private static final class Work {
        private final double[] l;
        private final double[] d;
        private final double[] z;
        private int factoredLength = -1;
        private double factoredLambda = Double.NaN;

        Work(int maxLength) {
            l = new double[maxLength * W];
            d = new double[maxLength];
            z = new double[maxLength];
        }

        /** Smooths n samples of y from offset with the stride into out at the same positions. */
        void smooth(double[] y, int offset, int stride, int n, double lambda, double[] out) {
            if (n != factoredLength || lambda != factoredLambda) {
                factor(n, lambda);
                factoredLength = n;
                factoredLambda = lambda;
            }
            // L u = y; v = u / d; Lᵀ z = v
            for (int i = 0; i < n; i++) {
                double s = y[offset + i * stride];
                for (int k = Math.max(0, i - BAND); k < i; k++) {
                    s -= l[k * W + (i - k)] * z[k];
                }
                z[i] = s;
            }
            for (int i = 0; i < n; i++) {
                z[i] /= d[i];
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = z[i];
                for (int k = i + 1; k <= Math.min(n - 1, i + BAND); k++) {
                    s -= l[i * W + (k - i)] * z[k];
                }
                z[i] = s;
                out[offset + i * stride] = s;
            }
        }

        /** LDLᵀ of A = I + λ DᵀD; stores L_ij (i > j, i − j ≤ BAND) at l[j·W + (i − j)]. */
        private void factor(int n, double lambda) {
            for (int j = 0; j < n; j++) {
                double dj = a(j, j, n, lambda);
                for (int k = Math.max(0, j - BAND); k < j; k++) {
                    double ljk = l[k * W + (j - k)];
                    dj -= ljk * ljk * d[k];
                }
                d[j] = dj;
                for (int i = j + 1; i <= Math.min(n - 1, j + BAND); i++) {
                    double s = a(i, j, n, lambda);
                    for (int k = Math.max(0, i - BAND); k < j; k++) {
                        s -= l[k * W + (i - k)] * l[k * W + (j - k)] * d[k];
                    }
                    l[j * W + (i - j)] = s / dj;
                }
            }
        }

        /** Element (i, j), |i − j| ≤ BAND, of I + λ DᵀD for n samples: the sum over the difference rows touching both. */
        private static double a(int i, int j, int n, double lambda) {
            double sum = 0;
            int lo = Math.max(Math.max(i, j) - BAND, 0);
            int hi = Math.min(Math.min(i, j), n - 1 - BAND);
            for (int r = lo; r <= hi; r++) {
                sum += D3[i - r] * D3[j - r];
            }
            return (i == j ? 1 : 0) + lambda * sum;
        }
    }
}
