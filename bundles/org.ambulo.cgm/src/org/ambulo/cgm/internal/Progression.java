package org.ambulo.cgm.internal;

/**
 * The trial's progression frame, as Plug-in Gait defines it: the lab axis (±x or ±y) along which the pelvis moved most
 * over the trial; when the pelvis moved less than {@link #MIN_TRAVEL_MM} (a static trial), the lab axis closest to the
 * direction the pelvis faces on average. z is the lab vertical. Pelvis and foot progression angles are relative to it.
 */
final class Progression {

    /** Pelvis travel below which the trial counts as static, mm (assumption: well above sway, below one step). */
    static final double MIN_TRAVEL_MM = 200;

    private Progression() {
    }

    /** The progression frame's axes (9 values, x y z axis) for this pelvis trajectory. */
    static double[] frame(SegmentTrajectory pelvis) {
        int n = pelvis.frameCount();
        int first = -1;
        int last = -1;
        for (int f = 0; f < n; f++) {
            if (pelvis.isValid(f)) {
                if (first < 0) {
                    first = f;
                }
                last = f;
            }
        }
        double dx = 0;
        double dy = 0;
        if (first >= 0) {
            dx = pelvis.origin[3 * last] - pelvis.origin[3 * first];
            dy = pelvis.origin[3 * last + 1] - pelvis.origin[3 * first + 1];
        }
        if (Math.hypot(dx, dy) < MIN_TRAVEL_MM) {
            dx = 0;
            dy = 0;
            for (int f = 0; f < n; f++) {
                if (pelvis.isValid(f)) {
                    dx += pelvis.axes[9 * f];
                    dy += pelvis.axes[9 * f + 1];
                }
            }
        }
        double[] ax = Math.abs(dx) >= Math.abs(dy)
                ? new double[]{Math.signum(dx) == 0 ? 1 : Math.signum(dx), 0, 0}
                : new double[]{0, Math.signum(dy), 0};
        // y = z x x
        return new double[]{ax[0], ax[1], 0, -ax[1], ax[0], 0, 0, 0, 1};
    }
}
