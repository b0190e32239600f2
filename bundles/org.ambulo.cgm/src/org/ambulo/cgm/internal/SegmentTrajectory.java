package org.ambulo.cgm.internal;

import java.util.Arrays;

/**
 * Pose of one segment over a trial: origin (x, y, z per frame, mm) and axes (x, y, z axis per frame, 9 values,
 * lab coordinates of unit vectors). A frame whose markers are missing holds NaN.
 */
final class SegmentTrajectory {

    final double[] origin;
    final double[] axes;

    SegmentTrajectory(int frames) {
        origin = new double[frames * 3];
        axes = new double[frames * 9];
        Arrays.fill(origin, Double.NaN);
        Arrays.fill(axes, Double.NaN);
    }

    int frameCount() {
        return origin.length / 3;
    }

    boolean isValid(int frame) {
        return V3.finite(origin, 3 * frame, 3) && V3.finite(axes, 9 * frame, 9);
    }
}
