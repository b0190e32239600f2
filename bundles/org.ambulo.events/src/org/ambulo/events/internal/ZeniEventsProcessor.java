package org.ambulo.events.internal;

import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetector;
import org.ambulo.pipeline.Processor;
import org.osgi.service.component.annotations.Component;

/** Gait events from heel and toe positions relative to the pelvis (Zeni 2008). */
@Component(service = {Processor.class, GaitEventDetector.class})
public final class ZeniEventsProcessor extends EventProcessor {

    @Override
    public EventSettings.Detector detector() {
        return EventSettings.Detector.ZENI;
    }

    @Override
    public String description() {
        return "Gait events from heel and toe positions relative to the pelvis (Zeni 2008)";
    }
}
