package org.ambulo.events.internal;

import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetector;
import org.ambulo.pipeline.Processor;
import org.osgi.service.component.annotations.Component;

/** Gait events from force-plate threshold crossings, side from the foot on the plate. */
@Component(service = {Processor.class, GaitEventDetector.class})
public final class ForcePlateEventsProcessor extends EventProcessor {

    @Override
    public EventSettings.Detector detector() {
        return EventSettings.Detector.FORCE_PLATE;
    }

    @Override
    public String description() {
        return "Gait events from force-plate threshold crossings, side from the foot on the plate";
    }
}
