package org.ambulo.events.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.events.EventDetection;
import org.ambulo.events.EventIssue;
import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetection;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;

/**
 * Plate events where a valid plate contact exists, Zeni events elsewhere. The Zeni method is biased by a few frames in
 * a way that depends on the patient, so its events are shifted by the median difference to the plate events of this
 * trial: per side and type where that side has plate events, else per type. A plate event more than half the match
 * window away from its shifted kinematic twin is not trusted (another foot or a dragging toe loaded the plate).
 */
public final class CombinedMethod {

    private CombinedMethod() {
    }

    public static EventDetection detect(C3dFile file, EventSettings settings) throws C3dFormatException {
        List<EventIssue> issues = new ArrayList<>();
        FootMarkers markers = FootMarkers.of(file, settings, true);
        issues.addAll(markers.notes());
        List<GaitEvent> plate = PlateMethod.events(file, markers, settings, issues);
        List<GaitEvent> kinematic = new ArrayList<>();
        for (Side side : Side.values()) {
            kinematic.addAll(ZeniMethod.detect(markers, side, settings));
        }
        List<GaitEvent> events = new ArrayList<>(plate);
        double frame = 1.0 / file.pointRateHz();
        for (GaitEventType type : GaitEventType.values()) {
            List<EventMatching.Pair> typePairs = new ArrayList<>();
            for (Side side : Side.values()) {
                typePairs.addAll(EventMatching.pairs(EventMatching.of(plate, side, type), EventMatching.of(kinematic, side, type),
                        settings.matchWindowSeconds()));
            }
            for (Side side : Side.values()) {
                List<GaitEvent> platePart = EventMatching.of(plate, side, type);
                List<GaitEvent> kinematicPart = EventMatching.of(kinematic, side, type);
                List<EventMatching.Pair> pairs = EventMatching.pairs(platePart, kinematicPart, settings.matchWindowSeconds());
                double offset = 0;
                if (settings.learnKinematicOffset()) {
                    List<EventMatching.Pair> basis = pairs.isEmpty() ? typePairs : pairs;
                    if (!basis.isEmpty()) {
                        offset = EventMatching.medianDifferenceSeconds(basis);
                        issues.add(new EventIssue(EventIssue.Severity.INFO, String.format(Locale.ROOT,
                                "%s %s: kinematic events shifted by %+.1f frames, learned from %d plate event(s)%s", label(side),
                                type.viconLabel().toLowerCase(Locale.ROOT), offset / frame, basis.size(),
                                pairs.isEmpty() ? " of both sides" : "")));
                        if (Math.abs(offset) > settings.matchWindowSeconds() / 2) {
                            issues.add(new EventIssue(EventIssue.Severity.WARNING, String.format(Locale.ROOT,
                                    "%s %s: kinematic and plate events differ systematically by %.1f frames; check the markers %s%s and %s%s",
                                    label(side), type.viconLabel().toLowerCase(Locale.ROOT), offset / frame, side.labelPrefix(),
                                    settings.heelMarker(), side.labelPrefix(), settings.toeMarker())));
                        }
                    }
                }
                // Plate and kinematic events of one side and type closer than a stride are the same event.
                Set<GaitEvent> replaced = new HashSet<>();
                for (EventMatching.Pair pair : EventMatching.pairs(platePart, kinematicPart, settings.minStrideSeconds())) {
                    double disagreement = pair.a().timeSeconds() - (pair.b().timeSeconds() + offset);
                    if (Math.abs(disagreement) > settings.matchWindowSeconds() / 2) {
                        // No threshold explains this: something else loaded the plate (the other foot, a dragging toe).
                        events.remove(pair.a());
                        issues.add(new EventIssue(EventIssue.Severity.WARNING, String.format(Locale.ROOT,
                                "%s %s at %.3f s from force plate ignored: %.1f frames from the kinematic event, which is used instead",
                                label(side), type.viconLabel().toLowerCase(Locale.ROOT), pair.a().timeSeconds(), disagreement / frame)));
                        continue;
                    }
                    replaced.add(pair.b());
                    if (Math.abs(disagreement) > settings.agreementSeconds()) {
                        issues.add(new EventIssue(EventIssue.Severity.WARNING, String.format(Locale.ROOT,
                                "%s %s at %.3f s: plate and kinematic (offset-corrected) events disagree by %.1f frames", label(side),
                                type.viconLabel().toLowerCase(Locale.ROOT), pair.a().timeSeconds(), disagreement / frame)));
                    }
                }
                for (GaitEvent k : kinematicPart) {
                    if (!replaced.contains(k)) {
                        events.add(new GaitEvent(side, type, k.timeSeconds() + offset, k.source()));
                    }
                }
            }
        }
        return new EventDetection(events, issues, GaitEventDetection.COMBINED_ID);
    }

    private static String label(Side side) {
        return side == Side.LEFT ? "left" : "right";
    }
}
