package org.ambulo.cgm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quintic smoothing behind SegmentSmoothing, on signals with analytically known answers. */
class QuinticSmoothingTest {

    private static final double RATE_HZ = 100;

    /**
     * Away from the ends a sinusoid comes out scaled by {@code 1 / (1 + (sin(π f / fs) / sin(π fc / fs))⁶)}: one half
     * at the cut-off. Tolerance 1e-4 on the gain (the ends' influence decays within a few dozen samples; the amplitude
     * is fitted over the middle half of 4000 samples).
     */
    @ParameterizedTest(name = "fc {0} Hz, f {1} Hz")
    @CsvSource({"12, 12", "12, 6", "12, 20", "35, 35", "35, 10", "35, 45"})
    void gainFollowsTheAnalyticResponse(double cutoffHz, double frequencyHz) {
        int n = 4000;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(2 * Math.PI * frequencyHz * i / RATE_HZ + 0.3);
        }
        double[] z = QuinticSmoothing.smoothRuns(y, 1, QuinticSmoothing.lambdaForCutoff(cutoffHz, RATE_HZ));
        double ratio = Math.sin(Math.PI * frequencyHz / RATE_HZ) / Math.sin(Math.PI * cutoffHz / RATE_HZ);
        double expected = 1 / (1 + Math.pow(ratio, 6));
        // least-squares amplitude of z on the input sinusoid over the middle half
        double num = 0;
        double den = 0;
        for (int i = n / 4; i < 3 * n / 4; i++) {
            num += z[i] * y[i];
            den += y[i] * y[i];
        }
        assertEquals(expected, num / den, 1e-4, "gain at " + frequencyHz + " Hz, cut-off " + cutoffHz + " Hz");
        if (frequencyHz == cutoffHz) {
            assertEquals(0.5, num / den, 1e-4);
        }
    }

    /** The third-difference penalty is zero on a quadratic: it passes unchanged, ends included (1e-9 mm). */
    @Test
    void quadraticPassesUnchanged() {
        int n = 300;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / RATE_HZ;
            y[i] = 12.5 - 340 * t + 87 * t * t;
        }
        double[] z = QuinticSmoothing.smoothRuns(y, 1, QuinticSmoothing.lambdaForCutoff(5, RATE_HZ));
        for (int i = 0; i < n; i++) {
            assertEquals(y[i], z[i], 1e-9, "sample " + i);
        }
    }

    /**
     * A gait-like signal (50 mm at 1.5 Hz + 20 mm at 4 Hz, 100 Hz) with white noise of SD 0.1 mm, second derivative by
     * the five-point stencil as SegmentMotion takes it. Raw, the acceleration error has RMS
     * {@code σ √(1 + 16² + 30² + 16² + 1) / 12 / Δt² = 3.13 m/s²}; smoothed at 35 Hz, the analytic RMS is
     * {@code σ √(∫₀^π |D(ω)|² G(ω)² dω / π)} with D the stencil's and G the smoothing's response (computed here), and
     * the measured RMS over the interior must lie within 15 % of it (the RMS of 500 correlated samples); the signal
     * itself passes with an error below 0.01 m/s² (its gain at 4 Hz differs from 1 by 1e-5).
     */
    @Test
    void noisySecondDerivativeErrorMatchesTheAnalyticBound() {
        int n = 600;
        double sigmaMm = 0.1;
        double[] clean = new double[n];
        double[] noisy = new double[n];
        Random random = new Random(7);
        double[] trueAcceleration = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / RATE_HZ;
            double w1 = 2 * Math.PI * 1.5;
            double w2 = 2 * Math.PI * 4;
            clean[i] = 50 * Math.sin(w1 * t) + 20 * Math.sin(w2 * t);
            trueAcceleration[i] = (-50 * w1 * w1 * Math.sin(w1 * t) - 20 * w2 * w2 * Math.sin(w2 * t)) / 1000;
            noisy[i] = clean[i] + sigmaMm * random.nextGaussian();
        }
        double lambda = QuinticSmoothing.lambdaForCutoff(35, RATE_HZ);
        double rawRms = rmsError(fivePoint(noisy), trueAcceleration);
        double smoothedRms = rmsError(fivePoint(QuinticSmoothing.smoothRuns(noisy, 1, lambda)), trueAcceleration);
        double signalRms = rmsError(fivePoint(QuinticSmoothing.smoothRuns(clean, 1, lambda)), trueAcceleration);

        double sigmaM = sigmaMm / 1000;
        double rawExpected = sigmaM * Math.sqrt(1 + 256 + 900 + 256 + 1) / 12 * RATE_HZ * RATE_HZ;
        assertEquals(3.13, rawExpected, 0.01);
        double integral = 0;
        int steps = 20000;
        for (int k = 0; k < steps; k++) {
            double w = Math.PI * (k + 0.5) / steps;
            double d = (-2 * Math.cos(2 * w) + 32 * Math.cos(w) - 30) / 12 * RATE_HZ * RATE_HZ;
            double s = 2 * Math.sin(w / 2);
            double g = 1 / (1 + lambda * Math.pow(s, 6));
            integral += d * d * g * g;
        }
        double smoothedExpected = sigmaM * Math.sqrt(integral / steps);
        assertEquals(rawExpected, rawRms, 0.15 * rawExpected, "raw");
        assertEquals(smoothedExpected, smoothedRms, 0.15 * smoothedExpected, "smoothed at 35 Hz");
        assertTrue(smoothedRms < rawRms / 2, "smoothing at 35 Hz at least halves the error: " + smoothedRms + " vs " + rawRms);
        assertTrue(signalRms < 0.01, "the clean signal's acceleration error " + signalRms + " m/s²");
    }

    /** NaN gaps split the runs; each run is smoothed alone, NaN stays NaN, runs shorter than MIN_RUN are copied. */
    @Test
    void runsAreSmoothedSeparately() {
        int n = 60;
        double[] y = new double[2 * n];
        Random random = new Random(1);
        for (int f = 0; f < n; f++) {
            y[2 * f] = random.nextGaussian();
            y[2 * f + 1] = random.nextGaussian();
        }
        y[2 * 20] = Double.NaN;
        // column 1: a run of MIN_RUN − 1 frames between two gaps
        int shortStart = 30;
        y[2 * (shortStart - 1) + 1] = Double.NaN;
        y[2 * (shortStart + QuinticSmoothing.MIN_RUN - 1) + 1] = Double.NaN;
        double lambda = QuinticSmoothing.lambdaForCutoff(10, RATE_HZ);
        double[] z = QuinticSmoothing.smoothRuns(y, 2, lambda);
        assertTrue(Double.isNaN(z[2 * 20]));
        double[] firstRun = new double[20];
        for (int f = 0; f < 20; f++) {
            firstRun[f] = y[2 * f];
        }
        double[] alone = QuinticSmoothing.smoothRuns(firstRun, 1, lambda);
        for (int f = 0; f < 20; f++) {
            assertEquals(alone[f], z[2 * f], 1e-12, "the run before the gap is smoothed on its own, frame " + f);
        }
        for (int f = shortStart; f < shortStart + QuinticSmoothing.MIN_RUN - 1; f++) {
            assertEquals(y[2 * f + 1], z[2 * f + 1], 0.0, "short run copied, frame " + f);
        }
        assertSame(y, QuinticSmoothing.smoothRuns(y, 2, 0), "λ 0 (infinite cut-off): the input itself");
    }

    private static double[] fivePoint(double[] xMm) {
        double[] a = new double[xMm.length];
        for (int i = 2; i < xMm.length - 2; i++) {
            a[i] = (-xMm[i - 2] + 16 * xMm[i - 1] - 30 * xMm[i] + 16 * xMm[i + 1] - xMm[i + 2]) / 12 * RATE_HZ * RATE_HZ / 1000;
        }
        return a;
    }

    /** Over the interior, 50 samples from each end (the smoothing's end effects). */
    private static double rmsError(double[] a, double[] expected) {
        double sum = 0;
        int n = 0;
        for (int i = 50; i < a.length - 50; i++) {
            sum += (a[i] - expected[i]) * (a[i] - expected[i]);
            n++;
        }
        return Math.sqrt(sum / n);
    }
}
