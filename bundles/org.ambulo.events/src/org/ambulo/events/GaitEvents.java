package org.ambulo.events;

import java.util.List;

import org.ambulo.model.GaitEvent;

/** The gait events of a trial as a pipeline result, sorted by time. */
public record GaitEvents(List<GaitEvent> events) {

    public GaitEvents {
        events = events.stream().sorted().toList();
    }
}
