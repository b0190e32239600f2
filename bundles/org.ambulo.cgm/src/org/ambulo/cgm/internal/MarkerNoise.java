package org.ambulo.cgm.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ambulo.model.MarkerTrajectory;

/**
 * Checks that the markers the inverse dynamics differentiates twice are low-pass filtered. Measure: per marker, the RMS
 * over frames of the length of the 3D fourth difference {@code p[f-2] − 4p[f-1] + 6p[f] − 4p[f+1] + p[f+2]} (mm), over
 * the windows of five consecutive valid frames only, away from the ends of each valid run (gaps and trial ends). Smooth gait motion has almost no
 * fourth difference, white noise of SD σ per axis gives √210 σ ≈ 14.5 σ. Measured values and the threshold's
 * choice: {@link org.ambulo.cgm.KineticsSettings#markerNoiseThresholdMm()}.
 */
final class MarkerNoise {

    /** The markers the kinetics use: pelvis, thigh, shank and foot markers of both sides. */
    static final List<String> KINETIC_MARKERS = List.of("LASI", "RASI", "LPSI", "RPSI", "SACR", "LTHI", "LKNE", "LTIB", "LANK", "LHEE",
            "LTOE", "RTHI", "RKNE", "RTIB", "RANK", "RHEE", "RTOE");

    /** Frames left out at each end of a valid run (filter and gap-fill transients). */
    static final int EDGE_FRAMES = 5;

    private MarkerNoise() {
    }

    /** RMS fourth difference (mm) of each kinetic marker present with at least one five-frame valid run, in list order. */
    static Map<String, Double> rmsFourthDifferenceMm(Map<String, MarkerTrajectory> markers) {
        MarkerSet set = new MarkerSet("", markers);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String label : KINETIC_MARKERS) {
            Optional<double[]> xyz = set.find(label);
            if (xyz.isPresent()) {
                double rms = rmsFourthDifferenceMm(xyz.get());
                if (!Double.isNaN(rms)) {
                    out.put(label, rms);
                }
            }
        }
        return out;
    }

    /**
     * Of interleaved x, y, z samples (mm, NaN = missing); NaN without a valid run long enough. The first and last
     * {@link #EDGE_FRAMES} frames of each run are left out: Nexus's filter and gap fill leave transients of 5–20 mm
     * there on filtered trials (PiG_Motion-FlatFoot-Full, trial start and end), which would dominate the RMS and say
     * nothing about the noise during the stance phases.
     */
    static double rmsFourthDifferenceMm(double[] xyz) {
        int frames = xyz.length / 3;
        double sum = 0;
        int windows = 0;
        int f = 0;
        while (f < frames) {
            if (!valid(xyz, f)) {
                f++;
                continue;
            }
            int start = f;
            while (f < frames && valid(xyz, f)) {
                f++;
            }
            // run [start, f): window centres c with c-2 .. c+2 inside the run, less the edges
            for (int c = start + 2 + EDGE_FRAMES; c <= f - 3 - EDGE_FRAMES; c++) {
                for (int k = 0; k < 3; k++) {
                    int o = 3 * c + k;
                    double d = xyz[o - 6] - 4 * xyz[o - 3] + 6 * xyz[o] - 4 * xyz[o + 3] + xyz[o + 6];
                    sum += d * d;
                }
                windows++;
            }
        }
        return windows == 0 ? Double.NaN : Math.sqrt(sum / windows);
    }

    private static boolean valid(double[] xyz, int f) {
        int o = 3 * f;
        return Double.isFinite(xyz[o]) && Double.isFinite(xyz[o + 1]) && Double.isFinite(xyz[o + 2]);
    }

    /**
     * The note for the markers whose RMS fourth difference exceeds the threshold, empty when none does (or the check is
     * off, threshold infinite). With the centre-of-mass smoothing set (finite cut-off), the note says it was applied
     * instead of calling the kinetics unreliable.
     */
    static Optional<String> note(Map<String, MarkerTrajectory> markers, double thresholdMm, double centreOfMassCutoffHz) {
        List<String> noisy = new ArrayList<>();
        rmsFourthDifferenceMm(markers).forEach((label, rms) -> {
            if (rms > thresholdMm) {
                noisy.add(label + " " + String.format(Locale.ROOT, "%.3g", rms) + " mm");
            }
        });
        if (noisy.isEmpty()) {
            return Optional.empty();
        }
        String found = "markers look unfiltered (RMS fourth difference above " + String.format(Locale.ROOT, "%.3g", thresholdMm) + " mm: "
                + String.join(", ", noisy) + ")";
        if (Double.isFinite(centreOfMassCutoffHz)) {
            return Optional.of(found + ": the inverse dynamics smoothed the segments' centres of mass (cut-off "
                    + String.format(Locale.ROOT, "%.3g", centreOfMassCutoffHz) + " Hz, kinetics setting centreOfMassCutoffHz)"
                    + " before differentiating them");
        }
        return Optional.of(found + ": the kinetics (joint forces, moments, powers) are unreliable because"
                + " inverse dynamics amplifies marker noise; low-pass filter the markers first (e.g. org.ambulo.signal's marker"
                + " low-pass, org.ambulo.signal.markers.lowpass, 6 Hz) and run the model again, or, to stay close to Nexus"
                + " on such a trial, set the kinetics setting centreOfMassCutoffHz (KineticsSettings"
                + ".RAW_MARKERS_CENTRE_OF_MASS_CUTOFF_HZ, 35 Hz)");
    }
}
