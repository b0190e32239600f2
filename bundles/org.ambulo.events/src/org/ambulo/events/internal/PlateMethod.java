package org.ambulo.events.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.events.EventDetection;
import org.ambulo.events.EventIssue;
import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetection;
import org.ambulo.forceplate.ContactSettings;
import org.ambulo.forceplate.FootPlateAssignment;
import org.ambulo.forceplate.ForcePlateSettings;
import org.ambulo.forceplate.ForcePlates;
import org.ambulo.forceplate.PlateContact;
import org.ambulo.forceplate.PlateReaction;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;

/**
 * Force-plate events from the force-plate bundle's contacts ({@link FootPlateAssignment}): every contact valid for
 * kinetics (one foot entirely on the plate, the other off it, the whole stance inside the trial) gives a foot strike
 * and a foot off of that foot. The times are refined to where the vertical force crosses the contact threshold
 * between two analog samples (the contact itself starts at the first loaded sample), so that they do not depend on the
 * analog rate.
 */
public final class PlateMethod {

    private PlateMethod() {
    }

    public static EventDetection detect(C3dFile file, EventSettings settings) throws C3dFormatException {
        List<EventIssue> issues = new ArrayList<>();
        FootMarkers markers = FootMarkers.of(file, settings, false);
        issues.addAll(markers.notes());
        List<GaitEvent> events = events(file, markers, settings, issues);
        if (file.forcePlatforms().isEmpty()) {
            issues.add(new EventIssue(EventIssue.Severity.INFO, file.sourceName() + " has no force plates: no plate events"));
        }
        return new EventDetection(events, issues, GaitEventDetection.FORCE_PLATE_ID);
    }

    /**
     * The contact settings that {@code settings} stand for: the plate threshold opens and closes contacts; the rest are
     * the force-plate bundle's defaults.
     */
    static ContactSettings contactSettings(EventSettings settings) {
        ContactSettings d = ContactSettings.defaults();
        return new ContactSettings(settings.plateThresholdN(), d.minContactSeconds(), d.validityThresholdN(), d.edgeToleranceMm(),
                d.groundClearanceMm(), d.groundSpeedMmPerSecond());
    }

    /** Strikes and offs of the valid contacts on all plates, with an issue for each contact that gives no events. */
    static List<GaitEvent> events(C3dFile file, FootMarkers markers, EventSettings settings, List<EventIssue> issues) {
        List<GaitEvent> events = new ArrayList<>();
        if (file.forcePlatforms().isEmpty() || !(file.analogRateHz() > 0) || file.analogSamplesPerFrame() < 1) {
            return events;
        }
        List<PlateReaction> reactions = reactions(file, issues);
        if (reactions.isEmpty()) {
            return events;
        }
        ContactSettings contactSettings = contactSettings(settings);
        double threshold = contactSettings.contactThresholdN();
        Map<Integer, double[]> loadByPlate = new HashMap<>();
        for (PlateReaction r : reactions) {
            loadByPlate.put(r.plateNumber(), r.normalForceN());
        }
        for (PlateContact contact : FootPlateAssignment.assign(file, reactions, markers.unfilteredFootMarkers(), contactSettings)) {
            double[] load = loadByPlate.get(contact.plateNumber());
            int first = sampleOf(file, contact.strikeTimeSeconds(), load.length);
            int end = sampleOf(file, contact.offTimeSeconds(), load.length);
            // A brush of the swing foot or plate noise is no step.
            if (peak(load, first, end) < settings.plateMinPeakN()) {
                continue;
            }
            if (!contact.validForKinetics() || contact.side().isEmpty()) {
                issues.add(new EventIssue(EventIssue.Severity.INFO, String.format(Locale.ROOT,
                        "%s: force plate %d, contact %.3f-%.3f s: %s, no events from it", file.sourceName(), contact.plateNumber(),
                        contact.strikeTimeSeconds(), contact.offTimeSeconds(), contact.assessment())));
                continue;
            }
            Side side = contact.side().get();
            // Valid contacts lie inside the trial: loaded neither at the first nor at the last sample.
            double strike = ForcePlates.captureTimeSeconds(file, 0) + crossing(load, first - 1, threshold) / file.analogRateHz();
            double off = ForcePlates.captureTimeSeconds(file, 0) + crossing(load, end - 1, threshold) / file.analogRateHz();
            events.add(new GaitEvent(side, GaitEventType.FOOT_STRIKE, strike, GaitEventDetection.FORCE_PLATE_ID));
            events.add(new GaitEvent(side, GaitEventType.FOOT_OFF, off, GaitEventDetection.FORCE_PLATE_ID));
        }
        return events;
    }

    /**
     * The reactions of the usable plates. A plate with inconsistent parameters is left out with a warning naming it,
     * so that one corrupt plate does not cost the events of the others.
     */
    private static List<PlateReaction> reactions(C3dFile file, List<EventIssue> issues) {
        try {
            return ForcePlates.compute(file, ForcePlateSettings.defaults());
        } catch (C3dFormatException allPlates) {
            List<PlateReaction> usable = new ArrayList<>();
            for (int number = 1; number <= file.forcePlatforms().size(); number++) {
                try {
                    usable.add(ForcePlates.computePlate(file, number, ForcePlateSettings.defaults()));
                } catch (C3dFormatException e) {
                    issues.add(new EventIssue(EventIssue.Severity.WARNING, e.getMessage() + "; its contacts are not used"));
                }
            }
            return usable;
        }
    }

    /** The analog sample at capture time {@code seconds} (contact times are sample times), clamped to the data. */
    private static int sampleOf(C3dFile file, double seconds, int samples) {
        long sample = Math.round((seconds - ForcePlates.captureTimeSeconds(file, 0)) * file.analogRateHz());
        return (int) Math.max(0, Math.min(samples - 1, sample));
    }

    private static double peak(double[] load, int from, int to) {
        double peak = Double.NEGATIVE_INFINITY;
        for (int s = from; s <= to; s++) {
            peak = Math.max(peak, load[s]);
        }
        return peak;
    }

    /** Fractional sample where the load crosses {@code threshold} between samples i and i+1 (i clamped to the data). */
    static double crossing(double[] load, int i, double threshold) {
        if (i < 0 || i + 1 >= load.length) {
            return Math.max(0, Math.min(load.length - 1, i + 1));
        }
        double a = load[i];
        double b = load[i + 1];
        return a == b ? i : i + Math.max(0, Math.min(1, (threshold - a) / (b - a)));
    }
}
