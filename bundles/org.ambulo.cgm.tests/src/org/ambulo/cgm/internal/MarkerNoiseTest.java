package org.ambulo.cgm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import org.ambulo.model.MarkerTrajectory;
import org.junit.jupiter.api.Test;

/** The RMS fourth difference of the kinetic markers on synthetic signals with known answers. */
class MarkerNoiseTest {

    private static final double RATE_HZ = 100;

    /** x = A sin(ωt): Δ⁴x = (2 sin(ωΔt/2))⁴ x, so over whole periods the RMS is A (2 sin(ωΔt/2))⁴ / √2. */
    @Test
    void sineHasTheAnalyticFourthDifference() {
        double amplitudeMm = 500;
        double hz = 1;
        int frames = 5 * 100 + 2 * (2 + MarkerNoise.EDGE_FRAMES) + 1;
        double[] xyz = new double[3 * frames];
        for (int f = 0; f < frames; f++) {
            xyz[3 * f] = amplitudeMm * Math.sin(2 * Math.PI * hz * f / RATE_HZ);
            xyz[3 * f + 1] = 100;
            xyz[3 * f + 2] = 900;
        }
        double expected = amplitudeMm * Math.pow(2 * Math.sin(Math.PI * hz / RATE_HZ), 4) / Math.sqrt(2);
        // the windows span 5 whole periods plus one sample: relative 1 %
        assertEquals(expected, MarkerNoise.rmsFourthDifferenceMm(xyz), expected * 0.01);
        assertTrue(expected < 0.01, "smooth 1 Hz gait motion stays far below the 0.5 mm threshold: " + expected);
    }

    /** White noise of SD σ per axis: the fourth difference has variance 70 σ² per axis, RMS length √210 σ. */
    @Test
    void whiteNoiseGivesSqrt210Sigma() {
        double sigmaMm = 0.1;
        double[] xyz = noise(3000, sigmaMm, new Random(7));
        // 3000 frames: the sample RMS is within 3 % (its relative SD is about 1 %)
        assertEquals(Math.sqrt(210) * sigmaMm, MarkerNoise.rmsFourthDifferenceMm(xyz), 0.03 * Math.sqrt(210) * sigmaMm);
    }

    /** Only valid runs count, and not their first and last frames: a jump across a gap or a spike at an end is not noise. */
    @Test
    void gapsAndRunEndsAreLeftOut() {
        int frames = 200;
        double[] xyz = new double[3 * frames];
        for (int f = 0; f < frames; f++) {
            xyz[3 * f] = f < 100 ? 0 : 250;
        }
        xyz[3 * 99] = Double.NaN;
        xyz[0] = 40;
        xyz[3 * (frames - 1) + 2] = -40;
        assertEquals(0.0, MarkerNoise.rmsFourthDifferenceMm(xyz), 1e-12);
        double[] short_ = Arrays.copyOf(xyz, 3 * (4 + 2 * MarkerNoise.EDGE_FRAMES));
        assertTrue(Double.isNaN(MarkerNoise.rmsFourthDifferenceMm(short_)), "no window left: NaN, not 0");
    }

    @Test
    void noteNamesTheNoisyKineticMarkersOnly() {
        int frames = 500;
        Random random = new Random(11);
        Map<String, MarkerTrajectory> markers = new java.util.LinkedHashMap<>();
        for (String label : MarkerNoise.KINETIC_MARKERS) {
            markers.put(label, trajectory(label, new double[3 * frames]));
        }
        // RANK: σ 0.1 mm, 1.45 mm; LTOE: σ 0.01 mm, 0.145 mm; a noisy non-kinetic marker is not checked
        markers.put("RANK", trajectory("RANK", noise(frames, 0.1, random)));
        markers.put("LTOE", trajectory("LTOE", noise(frames, 0.01, random)));
        markers.put("LMT5", trajectory("LMT5", noise(frames, 1, random)));
        String note = MarkerNoise.note(markers, 0.5, Double.POSITIVE_INFINITY).orElseThrow();
        assertTrue(note.contains("RANK 1.") && !note.contains("LTOE") && !note.contains("LMT5"), note);
        assertTrue(note.contains("unreliable") && note.contains("low-pass"), note);
        assertTrue(note.contains("centreOfMassCutoffHz") && note.contains("35 Hz"), "names the smoothing option: " + note);
        assertTrue(MarkerNoise.note(markers, 0.1, Double.POSITIVE_INFINITY).orElseThrow().contains("LTOE 0.1"),
                "a lower threshold flags LTOE too");
        String smoothed = MarkerNoise.note(markers, 0.5, 35).orElseThrow();
        assertTrue(smoothed.contains("RANK 1.") && smoothed.contains("cut-off 35.0 Hz") && !smoothed.contains("unreliable"),
                "with the smoothing set the note says it was applied: " + smoothed);
        assertTrue(MarkerNoise.note(markers, 2, Double.POSITIVE_INFINITY).isEmpty(), "threshold above 1.45 mm: no note");
        assertTrue(MarkerNoise.note(markers, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY).isEmpty(), "infinite: check off");
    }

    private static double[] noise(int frames, double sigmaMm, Random random) {
        double[] xyz = new double[3 * frames];
        for (int i = 0; i < xyz.length; i++) {
            xyz[i] = sigmaMm * random.nextGaussian();
        }
        return xyz;
    }

    private static MarkerTrajectory trajectory(String label, double[] xyz) {
        int n = xyz.length / 3;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int f = 0; f < n; f++) {
            x[f] = xyz[3 * f];
            y[f] = xyz[3 * f + 1];
            z[f] = xyz[3 * f + 2];
        }
        return new MarkerTrajectory(label, x, y, z);
    }
}
