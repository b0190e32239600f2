package org.ambulo.events.internal;

import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetector;
import org.ambulo.pipeline.Processor;
import org.osgi.service.component.annotations.Component;

/** Gait events from the foot-centre vertical velocity (O'Connor 2007). */
@Component(service = {Processor.class, GaitEventDetector.class})
public final class OConnorEventsProcessor extends EventProcessor {

    @Override
    public EventSettings.Detector detector() {
        return EventSettings.Detector.OCONNOR;
    }

    @Override
    public String description() {
        return "Gait events from the foot-centre vertical velocity (O'Connor 2007)";
    }
}
