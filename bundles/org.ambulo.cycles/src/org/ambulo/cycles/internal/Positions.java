package org.ambulo.cycles.internal;

import org.ambulo.model.MarkerTrajectory;

/**
 * Marker positions at event times. Events are seconds from capture frame 1 and may fall between frames (plate
 * events), so the position is interpolated linearly between the two neighbouring frames.
 */
final class Positions {

    private final double pointRateHz;
    private final int firstFrame;

    Positions(double pointRateHz, int firstFrame) {
        this.pointRateHz = pointRateHz;
        this.firstFrame = firstFrame;
    }

    /** 0-based fractional data index of a time: {@code t * rate + 1 - firstFrame}. */
    double index(double timeSeconds) {
        return timeSeconds * pointRateHz + 1 - firstFrame;
    }

    /** {x, y, z} in mm at a time, or null when the time lies outside the data or the marker is missing there. */
    double[] at(MarkerTrajectory marker, double timeSeconds) {
        double index = index(timeSeconds);
        int n = marker.frameCount();
        if (!(index > -1e-6 && index < n - 1 + 1e-6)) {
            return null;
        }
        int lower = Math.max(0, Math.min(n - 1, (int) Math.floor(index + 1e-9)));
        int upper = Math.min(n - 1, lower + 1);
        double fraction = Math.max(0, index - lower);
        if (fraction < 1e-6) {
            upper = lower;
            fraction = 0;
        }
        if (!marker.isValid(lower) || !marker.isValid(upper)) {
            return null;
        }
        return new double[]{lerp(marker.xMm(), lower, upper, fraction), lerp(marker.yMm(), lower, upper, fraction),
                lerp(marker.zMm(), lower, upper, fraction)};
    }

    private static double lerp(double[] values, int lower, int upper, double fraction) {
        return values[lower] + (values[upper] - values[lower]) * fraction;
    }
}
