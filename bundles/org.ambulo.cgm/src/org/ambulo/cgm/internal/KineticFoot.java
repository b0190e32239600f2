package org.ambulo.cgm.internal;

import java.util.Optional;

/**
 * The foot as Plug-in Gait's inverse dynamics sees it: the kinematic foot's axes, with a length that does not follow
 * the toe marker frame by frame but is one number per trial, {@code L = mean over the trial of |HEE − TOE| − marker
 * radius}, and its centre of mass on the foot's long axis half a length distal of the ankle joint centre,
 * {@code AJC − (L/2) z} (z of the foot frame points from the toe towards the ankle; Dempster's foot centre of mass sits
 * at 0.5 of the length). The radius of gyration scales with L too.
 * <p>
 * Evidence (Nexus outputs stored in the OpenMA PiG trials, compared in KineticFootTest): the length of the Nexus foot
 * segment axes {@code |LFOA − LFOO|} equals this L to 1e-3 mm on every trial (e.g. PiG_Motion-FlatFoot-One left 190.769
 * mm, while |AJC − TOE| varies 164–174 mm), and the foot centre-of-mass acceleration implied by the Nexus ankle force
 * and ground reaction ({@code (F_ankle + GRF) / m − g}) is that of {@code AJC − (L/2) z} to the float precision of the
 * file (PiGKad_Motion_FootFlat, PiG_Motion3_FF_N18), where the midpoint of AJC and TOE left 1–4 m/s².
 */
final class KineticFoot {

    private KineticFoot() {
    }

    /**
     * L in mm from the trial's heel and toe markers (frames where both are present), or empty when the trial has no
     * frame with both.
     */
    static Optional<Double> lengthMm(double[] heel, double[] toe, double markerRadiusMm) {
        if (heel == null || toe == null) {
            return Optional.empty();
        }
        double sum = 0;
        int n = 0;
        for (int i = 0; i + 2 < Math.min(heel.length, toe.length); i += 3) {
            double d = V3.distance(heel, i, toe, i);
            if (Double.isFinite(d)) {
                sum += d;
                n++;
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(sum / n - markerRadiusMm);
    }

    /**
     * Fallback without heel markers: the trial mean of |AJC − TOE| (the length the CGM foot frame is built on), or NaN
     * when no frame has both.
     */
    static double ankleToToeMm(double[] ajc, double[] toe) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i + 2 < ajc.length; i += 3) {
            double d = V3.distance(ajc, i, toe, i);
            if (Double.isFinite(d)) {
                sum += d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The distal end point {@code AJC − L z} per frame (mm, interleaved), NaN where the foot frame is missing. */
    static double[] distalEnd(SegmentTrajectory foot, double[] ajc, double lengthMm) {
        int n = foot.frameCount();
        double[] out = new double[3 * n];
        for (int f = 0; f < n; f++) {
            int o = 3 * f;
            int z = 9 * f + 6;
            for (int k = 0; k < 3; k++) {
                out[o + k] = ajc[o + k] - lengthMm * foot.axes[z + k];
            }
        }
        return out;
    }
}
