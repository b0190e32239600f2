package org.ambulo.cycles;

import java.util.List;

import org.ambulo.model.GaitEvent;
import org.ambulo.model.Side;

/**
 * The gait cycles found in a trial's events, the events they came from and what could not be used.
 *
 * @param events
 *            the events segmented, sorted by time
 * @param cycles
 *            complete cycles (strike, foot off, strike of one foot) of both sides, sorted by start time
 * @param issues
 *            partial or inconsistent cycles and missing opposite events
 */
public record CycleSegmentation(List<GaitEvent> events, List<GaitCycle> cycles, List<CycleIssue> issues) {

    public CycleSegmentation {
        events = events.stream().sorted().toList();
        cycles = List.copyOf(cycles);
        issues = List.copyOf(issues);
    }

    public List<GaitCycle> cycles(Side side) {
        return cycles.stream().filter(c -> c.side() == side).toList();
    }
}
