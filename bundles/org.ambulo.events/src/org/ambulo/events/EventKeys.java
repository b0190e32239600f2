package org.ambulo.events;

import org.ambulo.pipeline.ResultKey;

/** Results the event detectors put into a {@link org.ambulo.pipeline.TrialContext}. */
public final class EventKeys {

    /** The detected events, which later steps (cycles, spatiotemporal parameters) use. */
    public static final ResultKey<GaitEvents> EVENTS = ResultKey.of("org.ambulo.events.events", GaitEvents.class);

    /** The whole detection: events, issues found and the strategy that ran. */
    public static final ResultKey<EventDetection> DETECTION = ResultKey.of("org.ambulo.events.detection", EventDetection.class);

    private EventKeys() {
    }
}
