package org.ambulo.cycles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;

/**
 * Cuts a trial's gait events into cycles: foot strike to the next foot strike of the same foot, with exactly one foot
 * off of that foot in between. Events that do not close a cycle (before the first or after the last strike of a side)
 * and strides with no or several foot offs (a missing strike) are reported, not guessed.
 */
public final class GaitCycles {

    private GaitCycles() {
    }

    /** The complete cycles of both sides, sorted by start time; partial ones are left out (see {@link #analyse}). */
    public static List<GaitCycle> segment(List<GaitEvent> events) {
        return analyse(events).cycles();
    }

    /** The complete cycles and, for everything left out or incomplete, an issue saying why. */
    public static CycleSegmentation analyse(List<GaitEvent> events) {
        Objects.requireNonNull(events, "events");
        List<GaitEvent> sorted = events.stream().sorted().toList();
        List<GaitCycle> cycles = new ArrayList<>();
        List<CycleIssue> issues = new ArrayList<>();
        for (Side side : Side.values()) {
            segmentSide(sorted, side, cycles, issues);
        }
        cycles.sort(Comparator.comparingDouble(GaitCycle::startSeconds).thenComparing(GaitCycle::side));
        issues.sort(Comparator.comparingDouble(CycleIssue::timeSeconds).thenComparing(CycleIssue::side));
        return new CycleSegmentation(sorted, cycles, issues);
    }

    private static void segmentSide(List<GaitEvent> events, Side side, List<GaitCycle> cycles, List<CycleIssue> issues) {
        double[] strikes = times(events, side, GaitEventType.FOOT_STRIKE);
        double[] offs = times(events, side, GaitEventType.FOOT_OFF);
        double[] oppositeOffs = times(events, side.opposite(), GaitEventType.FOOT_OFF);
        double[] oppositeStrikes = times(events, side.opposite(), GaitEventType.FOOT_STRIKE);
        if (strikes.length == 0) {
            if (offs.length > 0) {
                issues.add(new CycleIssue(side, offs[0], "foot off events but no foot strike: no cycle"));
            }
            return;
        }
        if (offs.length > 0 && offs[0] < strikes[0]) {
            issues.add(new CycleIssue(side, offs[0], "partial cycle before the first foot strike, left out"));
        }
        if (offs.length > 0 && offs[offs.length - 1] > strikes[strikes.length - 1]) {
            issues.add(new CycleIssue(side, strikes[strikes.length - 1], "partial cycle: no foot strike closes it, left out"));
        }
        for (int i = 0; i + 1 < strikes.length; i++) {
            double start = strikes[i];
            double end = strikes[i + 1];
            if (!(end > start)) {
                issues.add(new CycleIssue(side, start, "two foot strikes at the same time, one ignored"));
                continue;
            }
            int offCount = countInside(offs, start, end);
            if (offCount != 1) {
                issues.add(new CycleIssue(side, start, String.format(java.util.Locale.ROOT,
                        "%d foot offs between the foot strikes at %.3f and %.3f s (expected 1; a missing or extra event?), cycle left out",
                        offCount, start, end)));
                continue;
            }
            double footOff = firstInside(offs, start, end);
            OptionalDouble oppositeOff = OptionalDouble.empty();
            OptionalDouble oppositeStrike = OptionalDouble.empty();
            int oppositeOffCount = countInside(oppositeOffs, start, end);
            int oppositeStrikeCount = countInside(oppositeStrikes, start, end);
            if (oppositeOffCount == 1 && oppositeStrikeCount == 1
                    && firstInside(oppositeOffs, start, end) < firstInside(oppositeStrikes, start, end)) {
                oppositeOff = OptionalDouble.of(firstInside(oppositeOffs, start, end));
                oppositeStrike = OptionalDouble.of(firstInside(oppositeStrikes, start, end));
            } else {
                issues.add(new CycleIssue(side, start, String.format(java.util.Locale.ROOT,
                        "cycle %.3f to %.3f s has %d opposite foot off(s) and %d opposite foot strike(s) (expected one of each, off first):"
                                + " its double/single support and step parameters are unknown",
                        start, end, oppositeOffCount, oppositeStrikeCount)));
            }
            cycles.add(new GaitCycle(side, start, footOff, end, oppositeOff, oppositeStrike));
        }
    }

    private static double[] times(List<GaitEvent> events, Side side, GaitEventType type) {
        return events.stream().filter(e -> e.side() == side && e.type() == type).mapToDouble(GaitEvent::timeSeconds).sorted().toArray();
    }

    private static int countInside(double[] times, double start, double end) {
        int count = 0;
        for (double t : times) {
            if (t > start && t < end) {
                count++;
            }
        }
        return count;
    }

    private static double firstInside(double[] times, double start, double end) {
        for (double t : times) {
            if (t > start && t < end) {
                return t;
            }
        }
        throw new IllegalStateException("no event inside " + start + " to " + end);
    }
}
