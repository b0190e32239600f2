package org.ambulo.events.internal;

import org.ambulo.c3d.C3dFormatException;
import org.ambulo.events.EventDetection;
import org.ambulo.events.EventKeys;
import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetection;
import org.ambulo.events.GaitEventDetector;
import org.ambulo.events.GaitEvents;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;

/** Common part of the detector services: runs one method and stores events and detection in the trial context. */
abstract class EventProcessor implements Processor<EventSettings>, GaitEventDetector {

    /** Bumped whenever results change for the same inputs and settings. */
    static final String VERSION = "1.0.0";

    @Override
    public String id() {
        return GaitEventDetection.idOf(detector());
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Class<EventSettings> settingsType() {
        return EventSettings.class;
    }

    @Override
    public EventSettings defaultSettings() {
        return EventSettings.defaults().withDetector(detector());
    }

    @Override
    public EventDetection detect(org.ambulo.c3d.C3dFile file, EventSettings settings) throws C3dFormatException {
        return GaitEventDetection.detect(file, settings.withDetector(detector()));
    }

    @Override
    public TrialContext process(TrialContext context, EventSettings settings) throws ProcessingException {
        EventDetection detection;
        try {
            detection = detect(context.source(), settings);
        } catch (C3dFormatException e) {
            throw new ProcessingException(context.source().sourceName(), id(), e.problem(), e);
        } catch (IllegalArgumentException e) {
            throw new ProcessingException(context.source().sourceName(), id(), e.getMessage(), e);
        }
        return context.with(EventKeys.EVENTS, new GaitEvents(detection.events()), id()).with(EventKeys.DETECTION, detection, id());
    }
}
