package org.ambulo.signal;

import java.util.Arrays;

import org.ambulo.signal.internal.ValidRuns;

/**
 * Numerical derivatives of a uniformly sampled signal with NaN gaps. Each run of finite samples is differentiated on
 * its own; nothing is taken across a gap.
 * <ul>
 * <li>first: central difference (x[i+1] − x[i−1]) / 2Δt inside a run; at run ends the second-order one-sided
 * difference (∓3x₀ ± 4x₁ ∓ x₂) / 2Δt (exact for quadratics, like the central one); a two-sample run gets the
 * plain difference at both samples; a single sample has no derivative (NaN).</li>
 * <li>second: (x[i+1] − 2x[i] + x[i−1]) / Δt² inside a run; at run ends the second-order one-sided
 * (2x₀ − 5x₁ + 4x₂ − x₃) / Δt² (exact for cubics); a three-sample run gets the central value at all three samples;
 * runs shorter than three samples give NaN.</li>
 * </ul>
 * Differentiation amplifies noise: low-pass marker data first ({@link Butterworth}).
 */
public final class Derivatives {

    private Derivatives() {
    }

    /** Central differences (one-sided at run ends), in units per second; NaN where the neighbours are missing. */
    public static double[] first(double[] signal, double sampleRateHz) {
        checkRate(sampleRateHz);
        double[] out = nanArray(signal.length);
        double half = sampleRateHz / 2;
        int[] start = new int[1];
        int end = 0;
        while ((end = ValidRuns.nextRun(signal, end, start)) > start[0]) {
            int s = start[0];
            int n = end - s;
            if (n == 2) {
                out[s] = out[s + 1] = (signal[s + 1] - signal[s]) * sampleRateHz;
            } else if (n >= 3) {
                for (int i = s + 1; i < end - 1; i++) {
                    out[i] = (signal[i + 1] - signal[i - 1]) * half;
                }
                out[s] = (-3 * signal[s] + 4 * signal[s + 1] - signal[s + 2]) * half;
                out[end - 1] = (3 * signal[end - 1] - 4 * signal[end - 2] + signal[end - 3]) * half;
            }
        }
        return out;
    }

    /** Second derivative in units per second², same gap rules; NaN for runs shorter than three samples. */
    public static double[] second(double[] signal, double sampleRateHz) {
        checkRate(sampleRateHz);
        double[] out = nanArray(signal.length);
        double rate2 = sampleRateHz * sampleRateHz;
        int[] start = new int[1];
        int end = 0;
        while ((end = ValidRuns.nextRun(signal, end, start)) > start[0]) {
            int s = start[0];
            int n = end - s;
            if (n == 3) {
                out[s] = out[s + 1] = out[s + 2] = (signal[s] - 2 * signal[s + 1] + signal[s + 2]) * rate2;
            } else if (n >= 4) {
                for (int i = s + 1; i < end - 1; i++) {
                    out[i] = (signal[i + 1] - 2 * signal[i] + signal[i - 1]) * rate2;
                }
                out[s] = (2 * signal[s] - 5 * signal[s + 1] + 4 * signal[s + 2] - signal[s + 3]) * rate2;
                out[end - 1] = (2 * signal[end - 1] - 5 * signal[end - 2] + 4 * signal[end - 3] - signal[end - 4]) * rate2;
            }
        }
        return out;
    }

    static void checkRate(double sampleRateHz) {
        if (!(sampleRateHz > 0) || Double.isInfinite(sampleRateHz)) {
            throw new IllegalArgumentException("sample rate must be positive and finite, got " + sampleRateHz + " Hz");
        }
    }

    static double[] nanArray(int length) {
        double[] out = new double[length];
        Arrays.fill(out, Double.NaN);
        return out;
    }
}
