package org.ambulo.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.events.EventDetection;
import org.ambulo.events.EventIssue;
import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetection;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;

/**
 * Force-plate events: a foot strikes when the vertical load of a plate rises above the threshold and comes off when it
 * falls below it again (times interpolated between analog samples). The side is the foot standing on the plate; a
 * contact where both feet stand on the plate, or no foot can be found on it, gives no events.
 */
public final class PlateMethod {

    /** Load dips shorter than this inside one contact are noise, not two contacts: 20 ms. */
    static final double MERGE_GAP_SECONDS = 0.02;
    /** Shorter contacts are brushes, not steps (stance lasts at least 0.3 s even in running children): 0.1 s. */
    static final double MIN_CONTACT_SECONDS = 0.1;
    /** The foot on a plate has its mid-foot within this margin of the plate outline (heel or toe may overhang): 50 mm. */
    static final double PLATE_MARGIN_MM = 50;

    /** One contact of a foot with a plate. Strike/off empty when the contact began before or ended after the data. */
    public record Contact(int plateNumber, Optional<Side> side, Optional<Double> strikeSeconds, Optional<Double> offSeconds, boolean valid,
            String assessment) {
    }

    private PlateMethod() {
    }

    public static EventDetection detect(C3dFile file, EventSettings settings) throws C3dFormatException {
        List<EventIssue> issues = new ArrayList<>();
        FootMarkers markers = FootMarkers.of(file, settings, false);
        issues.addAll(markers.notes());
        List<Contact> contacts = contacts(file, markers, settings, issues);
        if (file.forcePlatforms().isEmpty()) {
            issues.add(new EventIssue(EventIssue.Severity.INFO, file.sourceName() + " has no force plates: no plate events"));
        }
        return new EventDetection(events(contacts), issues, GaitEventDetection.FORCE_PLATE_ID);
    }

    /** Strikes and offs of the valid contacts. */
    static List<GaitEvent> events(List<Contact> contacts) {
        List<GaitEvent> events = new ArrayList<>();
        for (Contact c : contacts) {
            if (!c.valid() || c.side().isEmpty()) {
                continue;
            }
            c.strikeSeconds().ifPresent(
                    t -> events.add(new GaitEvent(c.side().get(), GaitEventType.FOOT_STRIKE, t, GaitEventDetection.FORCE_PLATE_ID)));
            c.offSeconds().ifPresent(
                    t -> events.add(new GaitEvent(c.side().get(), GaitEventType.FOOT_OFF, t, GaitEventDetection.FORCE_PLATE_ID)));
        }
        return events;
    }

    /** All contacts on all plates, each assessed, with an issue for each contact that gives no events. */
    static List<Contact> contacts(C3dFile file, FootMarkers markers, EventSettings settings, List<EventIssue> issues) {
        List<Contact> contacts = new ArrayList<>();
        if (!(file.analogRateHz() > 0) || file.analogSamplesPerFrame() < 1) {
            return contacts;
        }
        double analogRate = file.analogRateHz();
        int spf = file.analogSamplesPerFrame();
        double startSeconds = (file.firstFrame() - 1) / file.pointRateHz();
        for (PlateForces.PlateLoad plate : PlateForces.of(file, issues)) {
            double[] load = plate.loadN();
            int n = load.length;
            int mergeGap = (int) Math.round(MERGE_GAP_SECONDS * analogRate);
            int s = 0;
            while (s < n) {
                while (s < n && !(load[s] > settings.plateThresholdN())) {
                    s++;
                }
                if (s >= n) {
                    break;
                }
                int start = s;
                int end = s; // last sample above threshold
                double peak = 0;
                while (s < n) {
                    if (load[s] > settings.plateThresholdN()) {
                        end = s;
                        peak = Math.max(peak, load[s]);
                        s++;
                    } else if (s - end <= mergeGap) {
                        s++;
                    } else {
                        break;
                    }
                }
                s = end + 1;
                if (peak < settings.plateMinPeakN() || (end - start + 1) < MIN_CONTACT_SECONDS * analogRate) {
                    continue;
                }
                Optional<Double> strike = start == 0
                        ? Optional.empty()
                        : Optional.of(startSeconds + crossing(load, start - 1, settings.plateThresholdN()) / analogRate);
                Optional<Double> off = end == n - 1
                        ? Optional.empty()
                        : Optional.of(startSeconds + crossing(load, end, settings.plateThresholdN()) / analogRate);
                Contact contact = assess(plate, start / spf, Math.min(markers.frameCount() - 1, end / spf), strike, off, markers);
                contacts.add(contact);
                if (!contact.valid()) {
                    issues.add(new EventIssue(EventIssue.Severity.INFO, file.sourceName() + ": " + contact.assessment()));
                }
            }
        }
        return contacts;
    }

    /** Fractional sample where the load crosses {@code threshold} between samples i and i+1. */
    private static double crossing(double[] load, int i, double threshold) {
        double a = load[i];
        double b = load[i + 1];
        return a == b ? i : i + (threshold - a) / (b - a);
    }

    private static Contact assess(PlateForces.PlateLoad plate, int firstFrame, int lastFrame, Optional<Double> strike, Optional<Double> off,
            FootMarkers markers) {
        String when = String.format(Locale.ROOT, "force plate %d, contact %.3f-%.3f s", plate.plateNumber(),
                markers.timeOfIndex(firstFrame),
                markers.timeOfIndex(lastFrame));
        // In single support (mid-contact) the foot on the plate is flat and the other one swings above the floor.
        int middle = (firstFrame + lastFrame) / 2;
        Optional<Side> side = Optional.empty();
        double lowest = Double.POSITIVE_INFINITY;
        for (Side candidate : Side.values()) {
            FootMarkers.Foot foot = markers.foot(candidate);
            double z = foot == null ? Double.NaN : midfoot(foot.heel(), foot.toe(), middle, 2);
            if (foot != null && !Double.isNaN(z) && z < lowest && onPlate(foot, middle, plate, PLATE_MARGIN_MM)) {
                lowest = z;
                side = Optional.of(candidate);
            }
        }
        if (side.isEmpty()) {
            return new Contact(plate.plateNumber(), side, strike, off, false,
                    when + ": no foot found on the plate (markers missing or outside), no events from it");
        }
        // At the strike and at the off both feet are on the ground: the other foot must then stand off this plate.
        FootMarkers.Foot other = markers.foot(side.get().opposite());
        if (other != null && (touches(other, firstFrame, plate) || touches(other, lastFrame, plate))) {
            return new Contact(plate.plateNumber(), Optional.empty(), strike, off, false,
                    when + ": both feet on the plate, no events from it");
        }
        return new Contact(plate.plateNumber(), side, strike, off, true,
                when + ": " + side.get().name().toLowerCase(Locale.ROOT) + " foot");
    }

    /** Heel or toe of the foot inside the plate outline. */
    private static boolean touches(FootMarkers.Foot foot, int frame, PlateForces.PlateLoad plate) {
        return inside(foot.heel(), frame, plate) || inside(foot.toe(), frame, plate);
    }

    private static boolean inside(MarkerTrajectory m, int frame, PlateForces.PlateLoad plate) {
        double x = m.xMm()[frame];
        double y = m.yMm()[frame];
        return !Double.isNaN(x) && !Double.isNaN(y) && distanceOutside(plate.cornersMm(), x, y) == 0;
    }

    private static boolean onPlate(FootMarkers.Foot foot, int frame, PlateForces.PlateLoad plate, double marginMm) {
        double x = midfoot(foot.heel(), foot.toe(), frame, 0);
        double y = midfoot(foot.heel(), foot.toe(), frame, 1);
        return !Double.isNaN(x) && !Double.isNaN(y) && distanceOutside(plate.cornersMm(), x, y) <= marginMm;
    }

    private static double midfoot(MarkerTrajectory heel, MarkerTrajectory toe, int f, int axis) {
        return switch (axis) {
            case 0 -> 0.5 * (heel.xMm()[f] + toe.xMm()[f]);
            case 1 -> 0.5 * (heel.yMm()[f] + toe.yMm()[f]);
            default -> 0.5 * (heel.zMm()[f] + toe.zMm()[f]);
        };
    }

    /** 0 inside the (convex) plate outline, else the distance in mm to its nearest edge. */
    static double distanceOutside(double[] c, double x, double y) {
        boolean inside = true;
        int sign = 0;
        double nearest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            double ax = c[3 * i];
            double ay = c[3 * i + 1];
            double ex = c[3 * j] - ax;
            double ey = c[3 * j + 1] - ay;
            double cross = ex * (y - ay) - ey * (x - ax);
            int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
            if (s != 0) {
                if (sign != 0 && s != sign) {
                    inside = false;
                }
                sign = sign == 0 ? s : sign;
            }
            double length2 = ex * ex + ey * ey;
            double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / length2));
            nearest = Math.min(nearest, Math.hypot(x - (ax + t * ex), y - (ay + t * ey)));
        }
        return inside ? 0 : nearest;
    }
}
