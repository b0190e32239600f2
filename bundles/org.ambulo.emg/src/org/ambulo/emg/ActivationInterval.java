package org.ambulo.emg;

/**
 * A period of activity within a gait cycle, in % of the cycle (0 = foot strike, 100 = next foot strike of the same
 * foot). A burst that runs across the cycle's start or end is cut at 0 or 100.
 */
public record ActivationInterval(double onPct, double offPct) {

    public ActivationInterval {
        if (!(onPct <= offPct) || !Double.isFinite(onPct) || !Double.isFinite(offPct)) {
            throw new IllegalArgumentException("activation must have on <= off, got " + onPct + " .. " + offPct + " %");
        }
    }

    public double lengthPct() {
        return offPct - onPct;
    }

    /** Length of the overlap with another interval, in % of the cycle. */
    public double overlapPct(ActivationInterval other) {
        return Math.max(0, Math.min(offPct, other.offPct) - Math.max(onPct, other.onPct));
    }
}
