package org.ambulo.events.internal;

import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetector;
import org.ambulo.pipeline.Processor;
import org.osgi.service.component.annotations.Component;

/** Plate events where valid, offset-corrected Zeni events elsewhere, with event checks. */
@Component(service = {Processor.class, GaitEventDetector.class})
public final class CombinedEventsProcessor extends EventProcessor {

    @Override
    public EventSettings.Detector detector() {
        return EventSettings.Detector.COMBINED;
    }

    @Override
    public String description() {
        return "Plate events where valid, offset-corrected Zeni events elsewhere, with event checks";
    }
}
