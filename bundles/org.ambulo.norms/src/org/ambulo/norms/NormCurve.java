package org.ambulo.norms;

import java.util.Objects;

/**
 * Mean and standard deviation of one variable over the gait cycle, at the dataset's own points (e.g. 0, 2, ..., 100 %).
 * Arrays are not copied: treat them as read-only.
 *
 * @param percent
 *            strictly increasing % of cycle, from 0 to 100
 * @param mean
 *            mean at each point, in the variable's unit
 * @param sd
 *            standard deviation at each point (≥ 0)
 */
public record NormCurve(double[] percent, double[] mean, double[] sd) {

    public NormCurve {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(sd, "sd");
        if (percent.length < 2 || mean.length != percent.length || sd.length != percent.length) {
            throw new IllegalArgumentException("a norm curve needs >= 2 points and as many means and SDs as points, got " + percent.length
                    + " points, " + mean.length + " means, " + sd.length + " SDs");
        }
        if (percent[0] != 0 || percent[percent.length - 1] != 100) {
            throw new IllegalArgumentException("a norm curve must span 0 to 100 % of the cycle, got " + percent[0] + " to "
                    + percent[percent.length - 1]);
        }
        for (int i = 0; i < percent.length; i++) {
            if (i > 0 && !(percent[i] > percent[i - 1])) {
                throw new IllegalArgumentException("norm curve % must increase, not at point " + i);
            }
            if (!Double.isFinite(mean[i]) || !(sd[i] >= 0) || Double.isInfinite(sd[i])) {
                throw new IllegalArgumentException("norm curve point " + percent[i] + " %: mean " + mean[i] + ", SD " + sd[i]
                        + " (need a finite mean and SD >= 0)");
            }
        }
    }

    /** The mean at any % of the cycle, linearly interpolated between the dataset's points. */
    public double meanAt(double pct) {
        return interpolate(mean, pct);
    }

    /** The SD at any % of the cycle, linearly interpolated. */
    public double sdAt(double pct) {
        return interpolate(sd, pct);
    }

    private double interpolate(double[] values, double pct) {
        if (!(pct >= 0 && pct <= 100)) {
            throw new IllegalArgumentException("% of cycle must be 0 to 100, was " + pct);
        }
        int hi = 1;
        while (hi < percent.length - 1 && percent[hi] < pct) {
            hi++;
        }
        double w = (pct - percent[hi - 1]) / (percent[hi] - percent[hi - 1]);
        return values[hi - 1] + w * (values[hi] - values[hi - 1]);
    }

    /** Mean and SD resampled to 0, 1, ..., 100 % ([0] = mean, [1] = SD). */
    public double[][] at101() {
        double[][] out = new double[2][101];
        for (int i = 0; i <= 100; i++) {
            out[0][i] = meanAt(i);
            out[1][i] = sdAt(i);
        }
        return out;
    }
}
