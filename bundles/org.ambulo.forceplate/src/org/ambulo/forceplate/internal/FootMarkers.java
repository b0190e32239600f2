package org.ambulo.forceplate.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;

/**
 * The heel, toe and ankle markers of one foot (Plug-in Gait names {@code LHEE LTOE LANK}, also with a {@code Subject:}
 * prefix), each possibly absent.
 */
record FootMarkers(Side side, Optional<MarkerTrajectory> heel, Optional<MarkerTrajectory> toe, Optional<MarkerTrajectory> ankle) {

    static FootMarkers of(Map<String, MarkerTrajectory> markers, Side side) {
        return new FootMarkers(side, find(markers, side, "HEE"), find(markers, side, "TOE"), find(markers, side, "ANK"));
    }

    boolean isEmpty() {
        return heel.isEmpty() && toe.isEmpty() && ankle.isEmpty();
    }

    /** Name for messages, e.g. "left". */
    String name() {
        return side.name().toLowerCase(Locale.ROOT);
    }

    /** Mid-foot (heel–toe midpoint) at a frame, falling back on whichever of heel, toe, ankle is there; null if none. */
    double[] midFoot(int frame) {
        double[] h = at(heel, frame);
        double[] t = at(toe, frame);
        if (h != null && t != null) {
            return new double[]{(h[0] + t[0]) / 2, (h[1] + t[1]) / 2, (h[2] + t[2]) / 2};
        }
        if (h != null) {
            return h;
        }
        return t != null ? t : at(ankle, frame);
    }

    static double[] at(Optional<MarkerTrajectory> marker, int frame) {
        if (marker.isEmpty() || frame < 0 || frame >= marker.get().frameCount() || !marker.get().isValid(frame)) {
            return null;
        }
        MarkerTrajectory m = marker.get();
        return new double[]{m.xMm()[frame], m.yMm()[frame], m.zMm()[frame]};
    }

    private static Optional<MarkerTrajectory> find(Map<String, MarkerTrajectory> markers, Side side, String suffix) {
        String wanted = side.labelPrefix() + suffix;
        for (Map.Entry<String, MarkerTrajectory> e : markers.entrySet()) {
            String label = e.getKey();
            String bare = label.substring(label.lastIndexOf(':') + 1).trim();
            if (bare.equalsIgnoreCase(wanted)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
