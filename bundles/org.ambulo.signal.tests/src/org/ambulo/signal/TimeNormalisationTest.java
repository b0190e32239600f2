package org.ambulo.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeNormalisationTest {

    @Test
    void aLinearSignalIsExactAtEndpointsMidpointAndEveryPercent() {
        double[] x = new double[200];
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + 0.5 * i;
        }
        double start = 37.3, end = 141.8;
        double[] cycle = TimeNormalisation.cycle(x, start, end);
        assertEquals(101, cycle.length);
        assertEquals(10 + 0.5 * start, cycle[0], 1e-12);
        assertEquals(10 + 0.5 * (start + end) / 2, cycle[50], 1e-12);
        assertEquals(10 + 0.5 * end, cycle[100], 1e-12);
        for (int p = 0; p <= 100; p++) {
            assertEquals(10 + 0.5 * (start + p * (end - start) / 100), cycle[p], 1e-10, p + " %");
        }
    }

    @Test
    void aSmoothSignalIsInterpolatedWithinTheCubicSplineError() {
        // 1 Hz sine at 100 Hz: spline error ~ (w h)^4 / 384 · amplitude ~ 4e-8; bound 1e-6
        double[] x = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(2 * Math.PI * i / 100.0);
        }
        double[] cycle = TimeNormalisation.normalise(x, 100.25, 200.75, 51);
        for (int j = 0; j < cycle.length; j++) {
            double t = 100.25 + j * (100.5 / 50);
            assertEquals(Math.sin(2 * Math.PI * t / 100.0), cycle[j], 1e-6, "point " + j);
        }
    }

    @Test
    void samplesOnIntegerIndicesAreReturnedExactly() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
        double[] out = TimeNormalisation.normalise(x, 0, 10, 11);
        assertEquals(java.util.Arrays.toString(x), java.util.Arrays.toString(out));
    }

    @Test
    void pointsAroundMissingSamplesAreNaNAndOthersNot() {
        double[] x = new double[100];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        x[50] = Double.NaN;
        double[] out = TimeNormalisation.normalise(x, 0, 99, 100);
        // output j is at index j exactly
        assertTrue(Double.isNaN(out[50]));
        assertEquals(49, out[49], 1e-12);
        assertEquals(51, out[51], 1e-12);
        double[] between = TimeNormalisation.normalise(x, 49.5, 50.5, 3);
        assertTrue(Double.isNaN(between[0]) && Double.isNaN(between[1]) && Double.isNaN(between[2]));
        // a two-sample run is interpolated linearly
        double[] pair = {Double.NaN, 2, 4, Double.NaN};
        assertEquals(3, TimeNormalisation.normalise(pair, 1, 2, 3)[1], 1e-12);
    }

    @Test
    void invalidRangesAreRefused() {
        double[] x = new double[10];
        assertThrows(IllegalArgumentException.class, () -> TimeNormalisation.normalise(x, 5, 5, 101));
        assertThrows(IllegalArgumentException.class, () -> TimeNormalisation.normalise(x, -1, 5, 101));
        assertThrows(IllegalArgumentException.class, () -> TimeNormalisation.normalise(x, 0, 9.5, 101));
        assertThrows(IllegalArgumentException.class, () -> TimeNormalisation.normalise(x, 0, 5, 1));
    }
}
