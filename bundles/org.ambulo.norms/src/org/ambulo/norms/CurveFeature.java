package org.ambulo.norms;

/**
 * A peak of a patient's curve against the same peak of the norm mean curve.
 *
 * @param kind
 *            maximum or minimum over the cycle
 * @param value
 *            patient's peak value
 * @param timingPct
 *            % of cycle of the patient's peak
 * @param normValue
 *            peak of the norm mean curve
 * @param normTimingPct
 *            % of cycle of the norm peak
 * @param z
 *            (value − normValue) / SD of the norm at its peak; NaN when that SD is 0
 */
public record CurveFeature(Kind kind, double value, double timingPct, double normValue, double normTimingPct, double z) {

    public enum Kind {
        MAXIMUM,
        MINIMUM
    }

    /** Patient's peak minus the norm's, in % of cycle (positive: later). */
    public double timingDifferencePct() {
        return timingPct - normTimingPct;
    }
}
