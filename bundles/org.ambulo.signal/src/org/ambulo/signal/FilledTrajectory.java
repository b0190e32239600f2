package org.ambulo.signal;

import java.util.List;
import java.util.Objects;

import org.ambulo.model.MarkerTrajectory;

/**
 * A marker trajectory after gap filling. Every filled sample is flagged and every fill and open gap listed; samples
 * that were valid before are unchanged.
 *
 * @param trajectory
 *            the trajectory with filled samples (new arrays); open gaps stay NaN
 * @param filled
 *            per frame: true where the sample was filled (in any pass); shared, treat as read-only
 * @param fills
 *            the fills made, in frame order per pass
 * @param gapsLeftOpen
 *            the gaps still missing, with the reason
 */
public record FilledTrajectory(MarkerTrajectory trajectory, boolean[] filled, List<Fill> fills, List<OpenGap> gapsLeftOpen) {

    public FilledTrajectory {
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(filled, "filled");
        if (filled.length != trajectory.frameCount()) {
            throw new IllegalArgumentException("marker " + trajectory.label() + ": " + filled.length + " fill flags for "
                    + trajectory.frameCount() + " frames");
        }
        fills = List.copyOf(fills);
        gapsLeftOpen = List.copyOf(gapsLeftOpen);
    }

    /** The trajectory as is, nothing filled; its gaps are listed as open ("not filled yet"). */
    public static FilledTrajectory unfilled(MarkerTrajectory trajectory) {
        List<OpenGap> open = GapFilling.gaps(trajectory).stream().map(g -> new OpenGap(g, "not filled")).toList();
        return new FilledTrajectory(trajectory, new boolean[trajectory.frameCount()], List.of(), open);
    }

    public String label() {
        return trajectory.label();
    }

    public int filledCount() {
        int count = 0;
        for (boolean f : filled) {
            if (f) {
                count++;
            }
        }
        return count;
    }

    /** Whether frame {@code index} holds a measured (not filled) sample. */
    public boolean isMeasured(int index) {
        return !filled[index] && trajectory.isValid(index);
    }
}
