package org.ambulo.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Derivatives of polynomials (exact by construction of the stencils) and sines (known truncation error). */
class DerivativesTest {

    private static final double FS = 100;

    private static double[] sample(java.util.function.DoubleUnaryOperator f, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = f.applyAsDouble(i / FS);
        }
        return x;
    }

    @Test
    void firstDerivativeOfAQuadraticIsExactEverywhereIncludingRunEnds() {
        double[] x = sample(t -> 3 + 2 * t - 5 * t * t, 50);
        double[] v = Derivatives.first(x, FS);
        for (int i = 0; i < x.length; i++) {
            assertEquals(2 - 10 * (i / FS), v[i], 1e-9, "sample " + i);
        }
    }

    @Test
    void secondDerivativeOfACubicIsExactEverywhereIncludingRunEnds() {
        double[] x = sample(t -> 1 - t + 4 * t * t + 7 * t * t * t, 50);
        double[] a = Derivatives.second(x, FS);
        for (int i = 0; i < x.length; i++) {
            // round-off: values ~1 divided by dt² = 1e-4 -> ~1e-10 · 1e4
            assertEquals(8 + 42 * (i / FS), a[i], 1e-6, "sample " + i);
        }
    }

    @Test
    void derivativesOfASineMatchTheAnalyticOnesWithinTheCentralDifferenceError() {
        double f = 1.5;
        double w = 2 * Math.PI * f;
        double[] x = sample(t -> Math.sin(w * t), 300);
        double[] v = Derivatives.first(x, FS);
        double[] a = Derivatives.second(x, FS);
        // central differences: relative error (w dt)²/6 for the first, (w dt)²/12 for the second derivative
        double h = w / FS;
        for (int i = 1; i < x.length - 1; i++) {
            double t = i / FS;
            assertEquals(w * Math.cos(w * t), v[i], w * h * h / 6 * 1.01 + 1e-9, "velocity at " + i);
            assertEquals(-w * w * Math.sin(w * t), a[i], w * w * h * h / 12 * 1.01 + 1e-6, "acceleration at " + i);
        }
    }

    @Test
    void gapsStayGapsAndRunsAreDifferentiatedOnTheirOwn() {
        double[] x = sample(t -> t * t, 20);
        x[5] = Double.NaN;
        x[6] = Double.NaN;
        x[10] = Double.NaN;
        double[] v = Derivatives.first(x, FS);
        double[] a = Derivatives.second(x, FS);
        assertTrue(Double.isNaN(v[5]) && Double.isNaN(v[6]) && Double.isNaN(v[10]));
        // run 7..9 (3 samples): quadratic, one-sided stencils exact
        for (int i = 7; i <= 9; i++) {
            assertEquals(2 * i / FS, v[i], 1e-9, "velocity at " + i);
            assertEquals(2, a[i], 1e-6, "acceleration at " + i + " (3-sample run: central value)");
        }
        // samples next to the gap use one-sided stencils, never the NaN
        assertEquals(2 * 4 / FS, v[4], 1e-9);
        assertEquals(2 * 11 / FS, v[11], 1e-9);
    }

    @Test
    void tooShortRunsHaveNoDerivative() {
        double[] x = {Double.NaN, 1, Double.NaN, 2, 4, Double.NaN};
        double[] v = Derivatives.first(x, FS);
        double[] a = Derivatives.second(x, FS);
        assertTrue(Double.isNaN(v[1]), "single sample: no velocity");
        assertEquals(200, v[3], 1e-9, "two samples: plain difference");
        assertEquals(200, v[4], 1e-9);
        assertTrue(Double.isNaN(a[3]) && Double.isNaN(a[4]), "two samples: no acceleration");
        assertEquals(0, Derivatives.first(new double[0], FS).length);
        assertThrows(IllegalArgumentException.class, () -> Derivatives.first(x, 0));
    }
}
