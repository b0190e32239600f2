package org.ambulo.cycles;

import java.util.Objects;

import org.ambulo.model.Side;

/**
 * Why events did not make a cycle, or a cycle lacks something: in words a clinician understands.
 *
 * @param side
 *            the side concerned
 * @param timeSeconds
 *            where in the trial (seconds from capture frame 1), usually the strike that opens the partial cycle
 * @param problem
 *            what is wrong
 */
public record CycleIssue(Side side, double timeSeconds, String problem) {

    public CycleIssue {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s at %.3f s: %s", side.name().toLowerCase(java.util.Locale.ROOT), timeSeconds,
                problem);
    }
}
