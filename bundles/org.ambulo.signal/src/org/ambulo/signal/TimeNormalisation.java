package org.ambulo.signal;

import org.ambulo.signal.internal.UniformSpline;

/**
 * Resamples part of a signal, e.g. one gait cycle between two foot strikes, to a fixed number of points (101 for
 * 0, 1, ..., 100 % of the cycle). Points are equally spaced from {@code startIndex} to {@code endIndex} inclusive.
 * <p>
 * Interpolation is a natural cubic spline through each run of valid samples (so a linear signal comes back exactly;
 * two-sample runs are interpolated linearly); the spline sees up to {@value #CONTEXT_SAMPLES} samples beyond the
 * cycle on each side so that its natural end conditions do not bend the cycle's ends. A point is NaN when either
 * sample around it is missing; a point exactly on a sample returns that sample.
 */
public final class TimeNormalisation {

    /** Points of a cycle normalised to 0..100 % in steps of 1 %. */
    public static final int CYCLE_POINTS = 101;

    /** Samples beyond the cycle the spline may use; the natural end condition's effect decays by ~0.27 per sample. */
    public static final int CONTEXT_SAMPLES = 10;

    private TimeNormalisation() {
    }

    /**
     * The signal between fractional sample indices start and end, resampled to `samples` points (101 for 0..100 % of
     * a cycle) by cubic spline (linear where too few points); NaN where the signal is missing around a point.
     *
     * @throws IllegalArgumentException
     *             when the indices are not 0 ≤ start &lt; end ≤ length − 1 or samples &lt; 2
     */
    public static double[] normalise(double[] signal, double startIndex, double endIndex, int samples) {
        if (samples < 2) {
            throw new IllegalArgumentException("need at least 2 output samples, got " + samples);
        }
        if (!(startIndex >= 0) || !(startIndex < endIndex) || !(endIndex <= signal.length - 1)) {
            throw new IllegalArgumentException("cycle from sample " + startIndex + " to " + endIndex
                    + " does not lie within the signal's samples 0.." + (signal.length - 1) + " (start must be before end)");
        }
        UniformSpline spline = new UniformSpline(signal, (int) Math.floor(startIndex) - CONTEXT_SAMPLES,
                (int) Math.ceil(endIndex) + CONTEXT_SAMPLES + 1);
        double[] out = new double[samples];
        double step = (endIndex - startIndex) / (samples - 1);
        for (int j = 0; j < samples; j++) {
            // the last point exactly at endIndex, free of rounding in the step
            out[j] = spline.valueAt(j == samples - 1 ? endIndex : startIndex + j * step);
        }
        return out;
    }

    /** {@link #normalise} to {@link #CYCLE_POINTS} points. */
    public static double[] cycle(double[] signal, double startIndex, double endIndex) {
        return normalise(signal, startIndex, endIndex, CYCLE_POINTS);
    }
}
