package org.ambulo.emg;

import java.util.List;
import java.util.Objects;

import org.ambulo.cycles.GaitCycle;

/**
 * The activity of one channel in one gait cycle of its side.
 *
 * @param channel
 *            the channel and its muscle
 * @param cycle
 *            the cycle (same side as the muscle)
 * @param thresholdValue
 *            the on/off threshold used, in the channel's units
 * @param intervals
 *            the bursts, in % of the cycle, in time order
 * @param amplitudeScale
 *            what {@code envelopePct} was divided by (1 for no normalisation), channel units
 * @param envelopePct
 *            the envelope at 0, 1, ..., 100 % of the cycle divided by {@code amplitudeScale} (101 values; shared, do
 *            not modify)
 */
public record CycleActivation(EmgChannel channel, GaitCycle cycle, double thresholdValue, List<ActivationInterval> intervals,
        double amplitudeScale,
        double[] envelopePct) {

    public CycleActivation {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(envelopePct, "envelopePct");
        intervals = List.copyOf(intervals);
        if (channel.side() != cycle.side()) {
            throw new IllegalArgumentException(channel.label() + " is " + channel.side() + " but the cycle is " + cycle.side());
        }
    }

    /** Foot off of this cycle in % of it, the point the normal windows are scaled to. */
    public double footOffPct() {
        return cycle.percentOf(cycle.footOffSeconds());
    }

    /** Total active time, % of the cycle. */
    public double activePct() {
        return intervals.stream().mapToDouble(ActivationInterval::lengthPct).sum();
    }
}
