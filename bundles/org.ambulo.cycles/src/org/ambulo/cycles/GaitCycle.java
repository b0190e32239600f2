package org.ambulo.cycles;

import java.util.Objects;
import java.util.OptionalDouble;

import org.ambulo.model.Side;

/**
 * One gait cycle of one side: from a foot strike to the next foot strike of the same foot, with that foot's foot off in
 * between. Times are seconds from capture frame 1, as the events they come from.
 *
 * @param side
 *            the foot whose strikes bound the cycle
 * @param startSeconds
 *            foot strike that opens the cycle (0 %)
 * @param footOffSeconds
 *            foot off of the same foot, the end of stance
 * @param endSeconds
 *            next foot strike of the same foot (100 %)
 * @param oppositeFootOffSeconds
 *            foot off of the other foot inside the cycle (end of the first double support); empty when the events do
 *            not give exactly one
 * @param oppositeFootStrikeSeconds
 *            foot strike of the other foot inside the cycle, after its foot off; empty when the events do not give
 *            exactly one
 */
public record GaitCycle(Side side, double startSeconds, double footOffSeconds, double endSeconds, OptionalDouble oppositeFootOffSeconds,
        OptionalDouble oppositeFootStrikeSeconds) {

    public GaitCycle {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(oppositeFootOffSeconds, "oppositeFootOffSeconds");
        Objects.requireNonNull(oppositeFootStrikeSeconds, "oppositeFootStrikeSeconds");
        if (!(startSeconds < footOffSeconds && footOffSeconds < endSeconds) || !Double.isFinite(startSeconds)
                || !Double.isFinite(endSeconds)) {
            throw new IllegalArgumentException(side + " cycle: need foot strike < foot off < next foot strike, got " + startSeconds + ", "
                    + footOffSeconds + ", " + endSeconds + " s");
        }
        if (oppositeFootOffSeconds.isPresent() && !inside(oppositeFootOffSeconds.getAsDouble(), startSeconds, endSeconds)
                || oppositeFootStrikeSeconds.isPresent() && !inside(oppositeFootStrikeSeconds.getAsDouble(), startSeconds, endSeconds)) {
            throw new IllegalArgumentException(
                    side + " cycle " + startSeconds + " to " + endSeconds + " s: opposite events must lie inside it");
        }
    }

    private static boolean inside(double t, double start, double end) {
        return t > start && t < end;
    }

    public double durationSeconds() {
        return endSeconds - startSeconds;
    }

    /** Whether the other foot's foot off and foot strike are known too: all events Nexus needs for its parameters. */
    public boolean hasOppositeEvents() {
        return oppositeFootOffSeconds.isPresent() && oppositeFootStrikeSeconds.isPresent();
    }

    /** Where a time lies in the cycle, in % (0 at the opening strike, 100 at the closing one). */
    public double percentOf(double timeSeconds) {
        return 100.0 * (timeSeconds - startSeconds) / durationSeconds();
    }

    /** The time at a % of the cycle. */
    public double timeAt(double percent) {
        return startSeconds + percent / 100.0 * durationSeconds();
    }
}
