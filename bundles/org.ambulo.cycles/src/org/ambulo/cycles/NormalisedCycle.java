package org.ambulo.cycles;

import java.util.Objects;

/**
 * One signal over one gait cycle, resampled to 0, 1, ..., 100 % of the cycle, with the validity of each sample: a sample
 * is valid when the signal had data on both frames it was interpolated from. Invalid samples are NaN. The arrays are
 * shared, not copied, for speed: treat them as read-only.
 *
 * @param cycle
 *            the cycle
 * @param values
 *            101 values, index = % of cycle
 * @param valid
 *            101 flags
 */
public record NormalisedCycle(GaitCycle cycle, double[] values, boolean[] valid) {

    public NormalisedCycle {
        Objects.requireNonNull(cycle, "cycle");
        if (values.length != valid.length) {
            throw new IllegalArgumentException(values.length + " values but " + valid.length + " validity flags");
        }
    }

    /** Share of valid samples, 0 to 1. */
    public double validFraction() {
        int count = 0;
        for (boolean v : valid) {
            if (v) {
                count++;
            }
        }
        return valid.length == 0 ? 0 : (double) count / valid.length;
    }

    /** Whether every sample is valid: the whole cycle can be used for means and norms. */
    public boolean isComplete() {
        for (boolean v : valid) {
            if (!v) {
                return false;
            }
        }
        return true;
    }
}
