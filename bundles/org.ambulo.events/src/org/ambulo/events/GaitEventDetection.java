package org.ambulo.events;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.events.internal.CombinedMethod;
import org.ambulo.events.internal.OConnorMethod;
import org.ambulo.events.internal.PlateMethod;
import org.ambulo.events.internal.ZeniMethod;

/** Gait event detection: the entry point for code outside a pipeline (command line, UI, benchmarks). */
public final class GaitEventDetection {

    public static final String FORCE_PLATE_ID = "org.ambulo.events.forceplate";
    public static final String ZENI_ID = "org.ambulo.events.zeni";
    public static final String OCONNOR_ID = "org.ambulo.events.oconnor";
    public static final String COMBINED_ID = "org.ambulo.events.combined";

    private GaitEventDetection() {
    }

    /**
     * Combined strategy by default: plate events where a valid plate contact exists, kinematic (Zeni) events
     * elsewhere, offset-corrected by the plate events when there are any. Works without force plates and without
     * stored events. Throws with a clear message when the markers it needs are missing (naming them).
     * The result's issues hold the detector's findings followed by those of {@link EventChecks}.
     */
    public static EventDetection detect(C3dFile file, EventSettings settings) throws C3dFormatException {
        EventDetection raw = switch (settings.detector()) {
            case FORCE_PLATE -> PlateMethod.detect(file, settings);
            case ZENI -> ZeniMethod.detect(file, settings);
            case OCONNOR -> OConnorMethod.detect(file, settings);
            case COMBINED -> CombinedMethod.detect(file, settings);
        };
        List<EventIssue> issues = new ArrayList<>(raw.issues());
        issues.addAll(EventChecks.check(raw.events(), settings));
        return new EventDetection(raw.events(), issues, raw.strategy());
    }

    /** The id of the detector that {@code detector} selects. */
    public static String idOf(EventSettings.Detector detector) {
        return switch (detector) {
            case FORCE_PLATE -> FORCE_PLATE_ID;
            case ZENI -> ZENI_ID;
            case OCONNOR -> OCONNOR_ID;
            case COMBINED -> COMBINED_ID;
        };
    }
}
