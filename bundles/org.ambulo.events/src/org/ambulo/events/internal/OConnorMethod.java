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
import org.ambulo.model.Side;

/**
 * O'Connor et al. 2007 foot-velocity algorithm: the foot centre (mid-point of heel and toe) rises fastest just after
 * foot off (velocity peak) and its descent is stopped at foot strike (last velocity trough of the swing).
 */
public final class OConnorMethod {

    /** A velocity peak counts as a foot off when it exceeds this share of the trial's largest upward velocity. */
    static final double PEAK_SHARE = 0.3;

    private OConnorMethod() {
    }

    public static EventDetection detect(C3dFile file, EventSettings settings) throws C3dFormatException {
        FootMarkers markers = FootMarkers.of(file, settings, false);
        List<GaitEvent> events = new ArrayList<>();
        for (Side side : Side.values()) {
            events.addAll(detect(markers, side, settings));
        }
        return new EventDetection(events, markers.notes(), GaitEventDetection.OCONNOR_ID);
    }

    static List<GaitEvent> detect(FootMarkers markers, Side side, EventSettings settings) {
        FootMarkers.Foot foot = markers.foot(side);
        int n = markers.frameCount();
        double rate = markers.rateHz();
        double[] vz = new double[n];
        vz[0] = Double.NaN;
        vz[n - 1] = Double.NaN;
        for (int i = 1; i < n - 1; i++) {
            double before = 0.5 * (foot.heel().zMm()[i - 1] + foot.toe().zMm()[i - 1]);
            double after = 0.5 * (foot.heel().zMm()[i + 1] + foot.toe().zMm()[i + 1]);
            vz[i] = (after - before) * rate / 2;
        }
        int minDistance = (int) Math.max(1, Math.round(settings.minStrideSeconds() * rate));
        double up = Peaks.quantile(vz, 1.0, 1);
        double down = Peaks.quantile(vz, 0.0, 1);
        double[] offs = Peaks.find(vz, true, PEAK_SHARE * up, minDistance);
        List<GaitEvent> events = new ArrayList<>();
        for (double index : offs) {
            events.add(new GaitEvent(side, GaitEventType.FOOT_OFF, markers.timeOfIndex(index), GaitEventDetection.OCONNOR_ID));
        }
        // One strike per swing: the last marked trough before the next foot off, where the foot's descent is stopped.
        int previous = 0;
        for (int k = 0; k <= offs.length; k++) {
            int next = k < offs.length ? (int) Math.round(offs[k]) : n;
            int strike = -1;
            for (int i = Math.max(1, previous); i < Math.min(next, n - 1); i++) {
                if (vz[i] < vz[i - 1] && vz[i] <= vz[i + 1] && vz[i] < PEAK_SHARE * down) {
                    strike = i;
                }
            }
            if (strike > 0) {
                events.add(new GaitEvent(side, GaitEventType.FOOT_STRIKE, markers.timeOfIndex(Peaks.refine(vz, strike)),
                        GaitEventDetection.OCONNOR_ID));
            }
            previous = next + 1;
        }
        return events;
    }
}
