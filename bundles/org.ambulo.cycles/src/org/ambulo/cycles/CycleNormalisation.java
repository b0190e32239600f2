package org.ambulo.cycles;

import java.util.Objects;

import org.ambulo.signal.TimeNormalisation;

/**
 * Time normalisation of frame-sampled signals to the gait cycle: 101 samples at 0, 1, ..., 100 %, interpolated by
 * {@link TimeNormalisation} (cubic spline through the valid runs). Missing data (NaN) is never bridged: a sample next
 * to a gap is invalid, and so is a part of the cycle outside the recorded frames.
 */
public final class CycleNormalisation {

    /** 0 to 100 % in steps of 1 %. */
    public static final int SAMPLES = 101;

    private CycleNormalisation() {
    }

    /**
     * @param signal
     *            one value per point frame of the trial (index 0 = the file's first frame), NaN where missing
     * @param pointRateHz
     *            frame rate of the signal
     * @param firstFrame
     *            capture frame number of index 0 ({@code C3dFile.firstFrame()}), to place the event times
     */
    public static NormalisedCycle normalise(double[] signal, double pointRateHz, int firstFrame, GaitCycle cycle) {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(cycle, "cycle");
        if (!(pointRateHz > 0) || Double.isInfinite(pointRateHz)) {
            throw new IllegalArgumentException("point rate must be positive, was " + pointRateHz + " Hz");
        }
        double startIndex = cycle.startSeconds() * pointRateHz + 1 - firstFrame;
        double step = cycle.durationSeconds() * pointRateHz / (SAMPLES - 1);
        double last = signal.length - 1;
        // The 1 % points that lie on recorded frames; the others (cycle cut by the trial's ends) stay invalid.
        int first = 0;
        while (first < SAMPLES && startIndex + first * step < -1e-9) {
            first++;
        }
        int end = SAMPLES - 1;
        while (end >= first && startIndex + end * step > last + 1e-9) {
            end--;
        }
        double[] values = new double[SAMPLES];
        java.util.Arrays.fill(values, Double.NaN);
        if (end > first) {
            double from = Math.max(0, startIndex + first * step);
            double to = Math.min(last, startIndex + end * step);
            double[] inside = TimeNormalisation.normalise(signal, from, to, end - first + 1);
            System.arraycopy(inside, 0, values, first, inside.length);
        } else if (end == first) {
            values[first] = signal[(int) Math.round(Math.max(0, Math.min(last, startIndex + first * step)))];
        }
        boolean[] valid = new boolean[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            valid[i] = Double.isFinite(values[i]);
            if (!valid[i]) {
                values[i] = Double.NaN;
            }
        }
        return new NormalisedCycle(cycle, values, valid);
    }
}
