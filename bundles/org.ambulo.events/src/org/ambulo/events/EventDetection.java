package org.ambulo.events;

import java.util.List;
import java.util.Objects;

import org.ambulo.model.GaitEvent;

/**
 * Detected events (sorted, source = id of the detector that found each), what was checked, and which strategy ran.
 *
 * @param events
 *            the events, sorted by time
 * @param issues
 *            findings of the detectors and the event checks
 * @param strategy
 *            id of the detector or strategy that ran, e.g. {@code org.ambulo.events.combined}
 */
public record EventDetection(List<GaitEvent> events, List<EventIssue> issues, String strategy) {

    public EventDetection {
        events = events.stream().sorted().toList();
        issues = List.copyOf(issues);
        Objects.requireNonNull(strategy, "strategy");
    }

    /** Whether any issue has this severity or a worse one. */
    public boolean hasIssues(EventIssue.Severity atLeast) {
        return issues.stream().anyMatch(i -> i.severity().compareTo(atLeast) >= 0);
    }
}
