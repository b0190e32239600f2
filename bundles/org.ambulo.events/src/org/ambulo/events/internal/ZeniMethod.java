package org.ambulo.events.internal;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.events.EventDetection;
import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetection;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;

/**
 * Zeni et al. 2008 coordinate method: a foot strikes when its heel is furthest ahead of the pelvis, and comes off when
 * its toe is furthest behind, along the walking direction. Works overground and on treadmills.
 */
public final class ZeniMethod {

    private ZeniMethod() {
    }

    public static EventDetection detect(C3dFile file, EventSettings settings) throws C3dFormatException {
        FootMarkers markers = FootMarkers.of(file, settings, true);
        List<GaitEvent> events = new ArrayList<>();
        for (Side side : Side.values()) {
            events.addAll(detect(markers, side, settings));
        }
        return new EventDetection(events, markers.notes(), GaitEventDetection.ZENI_ID);
    }

    static List<GaitEvent> detect(FootMarkers markers, Side side, EventSettings settings) {
        MarkerTrajectory pelvis = markers.pelvis().orElseThrow();
        FootMarkers.Foot foot = markers.foot(side);
        int n = markers.frameCount();
        double[] heel = new double[n];
        double[] toe = new double[n];
        for (int i = 0; i < n; i++) {
            double p = markers.forward(pelvis, i);
            heel[i] = markers.forward(foot.heel(), i) - p;
            toe[i] = markers.forward(foot.toe(), i) - p;
        }
        int minDistance = (int) Math.max(1, Math.round(settings.minStrideSeconds() * markers.rateHz()));
        List<GaitEvent> events = new ArrayList<>();
        // Strikes lie in the front half of the heel's excursion, offs in the back half of the toe's.
        double heelMid = 0.5 * (Peaks.quantile(heel, 0.05, 1) + Peaks.quantile(heel, 0.95, 1));
        for (double index : Peaks.find(heel, true, heelMid, minDistance)) {
            events.add(new GaitEvent(side, GaitEventType.FOOT_STRIKE, markers.timeOfIndex(index), GaitEventDetection.ZENI_ID));
        }
        double toeMid = 0.5 * (Peaks.quantile(toe, 0.05, 1) + Peaks.quantile(toe, 0.95, 1));
        for (double index : Peaks.find(toe, false, toeMid, minDistance)) {
            events.add(new GaitEvent(side, GaitEventType.FOOT_OFF, markers.timeOfIndex(index), GaitEventDetection.ZENI_ID));
        }
        return events;
    }
}
