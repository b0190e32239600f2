package org.ambulo.events;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;

/** A gait event detection method, offered as an OSGi service (each is also a pipeline {@code Processor}). */
public interface GaitEventDetector {

    /** Stable id, e.g. {@code org.ambulo.events.zeni}; the source of the events it finds. */
    String id();

    /** Which {@link EventSettings.Detector} this is. */
    EventSettings.Detector detector();

    /** Detects and checks the events of one trial with this method (the detector choice in the settings is ignored). */
    EventDetection detect(C3dFile file, EventSettings settings) throws C3dFormatException;
}
