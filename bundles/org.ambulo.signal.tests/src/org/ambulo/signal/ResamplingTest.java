package org.ambulo.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Band-limited test signals: 3 Hz and 7 Hz sines, known at any time. */
class ResamplingTest {

    private static double signal(double t) {
        return 2 * Math.sin(2 * Math.PI * 3 * t) + 0.5 * Math.cos(2 * Math.PI * 7 * t + 1);
    }

    private static double[] sampled(double fs, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = signal(i / fs);
        }
        return x;
    }

    @Test
    void upsampling100To1000HzReproducesTheSignalWithinTheSplineError() {
        double[] x = sampled(100, 300);
        double[] y = Resampling.resample(x, 100, 1000);
        assertEquals(2991, y.length);
        // cubic spline error at 7 Hz / 100 Hz: (2π·0.07)^4 / 384 · 0.5 ≈ 5e-5 (plus 3 Hz part); bound 2e-4, interior
        // only (natural end conditions at the trial ends)
        for (int j = 200; j < y.length - 200; j++) {
            assertEquals(signal(j / 1000.0), y[j], 2e-4, "sample " + j);
        }
        for (int j = 0; j < y.length; j += 10) {
            assertEquals(x[j / 10], y[j], 1e-12, "original samples kept");
        }
    }

    @Test
    void downsampling1000To100HzKeepsTheBandAndSuppressesAliases() {
        double[] x = sampled(1000, 5000);
        double[] withAlias = x.clone();
        for (int i = 0; i < x.length; i++) {
            // 70 Hz would alias to 30 Hz at 100 Hz
            withAlias[i] += Math.sin(2 * Math.PI * 70 * i / 1000.0);
        }
        double[] y = Resampling.resample(withAlias, 1000, 100);
        assertEquals(500, y.length);
        for (int j = 50; j < y.length - 50; j++) {
            // anti-alias zero-lag gain at 7 Hz: 1/(1+(7/40)^8) -> 1e-6 loss; at 70 Hz: 1/(1+(70/40)^8) ~ 0.011; bound
            // 0.02 covers the 70 Hz residue plus the 3/7 Hz loss
            assertEquals(signal(j / 100.0), y[j], 0.02, "sample " + j);
        }
    }

    @Test
    void gapsStayGapsAndEqualRatesCopy() {
        double[] x = sampled(100, 100);
        x[40] = Double.NaN;
        double[] y = Resampling.resample(x, 100, 200);
        assertTrue(Double.isNaN(y[79]) && Double.isNaN(y[80]) && Double.isNaN(y[81]));
        assertEquals(x[39], y[78], 1e-12);
        double[] same = Resampling.resample(x, 100, 100);
        assertEquals(x.length, same.length);
        assertEquals(x[10], same[10], 0);
        assertEquals(0, Resampling.resample(new double[0], 100, 50).length);
    }
}
