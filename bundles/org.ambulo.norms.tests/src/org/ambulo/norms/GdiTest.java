package org.ambulo.norms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;

/** GDI (Schwartz &amp; Rozumalski 2008) on synthetic cohorts with known structure. */
class GdiTest {

    /** Controls: a mean gait vector plus random amounts of 5 fixed smooth shapes (a 5-dimensional cohort) plus tiny noise. */
    private static List<double[]> cohort(int n, long seed) {
        Random random = new Random(seed);
        List<double[]> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double[] g = new double[GaitVector.LENGTH];
            double[] amount = new double[6];
            for (int k = 1; k <= 5; k++) {
                amount[k] = random.nextGaussian() * (6 - k);
            }
            for (int i = 0; i < g.length; i++) {
                g[i] = base(i);
                for (int k = 1; k <= 5; k++) {
                    g[i] += amount[k] * Math.sin(k * Math.PI * (i % 51) / 50.0 + i / 51);
                }
                g[i] += 0.01 * random.nextGaussian();
            }
            out.add(g);
        }
        return out;
    }

    private static double base(int i) {
        return 20 * Math.sin(2 * Math.PI * (i % 51) / 50.0) + 5 * (i / 51);
    }

    @Test
    void controlsAverage100WithSd10() {
        List<double[]> controls = cohort(60, 1);
        GdiBasis basis = GdiBasis.build(controls, "v1", "synthetic");
        double sum = 0;
        double ss = 0;
        for (double[] g : controls) {
            sum += basis.gdi(g);
        }
        double mean = sum / controls.size();
        for (double[] g : controls) {
            ss += Math.pow(basis.gdi(g) - mean, 2);
        }
        // by construction (z of the controls' own log distances): exact up to rounding
        assertEquals(100, mean, 1e-9);
        assertEquals(10, Math.sqrt(ss / (controls.size() - 1)), 1e-9);
        assertTrue(basis.varianceExplained() > 0.99, "5 shapes + tiny noise: 15 features explain > 99 %, got " + basis.varianceExplained());
    }

    @Test
    void gdiFallsAsTheDeviationGrowsAndDropsTenPerLogSd() {
        List<double[]> controls = cohort(60, 2);
        GdiBasis basis = GdiBasis.build(controls, "v1", "synthetic");
        // a subject deviating from the control mean along the first shape by amount a: ln d grows with ln a
        double[] mean = new double[GaitVector.LENGTH];
        for (double[] g : controls) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += g[i] / controls.size();
            }
        }
        double previous = Double.POSITIVE_INFINITY;
        double[] gdi = new double[4];
        double[] amounts = {5, 10, 20, 40};
        for (int a = 0; a < amounts.length; a++) {
            double[] g = mean.clone();
            for (int i = 0; i < g.length; i++) {
                g[i] += amounts[a] * Math.sin(Math.PI * (i % 51) / 50.0 + i / 51) / Math.sqrt(GaitVector.LENGTH / 2.0);
            }
            gdi[a] = basis.gdi(g);
            assertTrue(gdi[a] < previous, "GDI must fall as the deviation grows: " + java.util.Arrays.toString(gdi));
            previous = gdi[a];
        }
        // doubling the deviation (inside the feature space) adds ln 2 to ln d: GDI drops by 10 ln2 / SD(ln d)
        double expectedDrop = 10 * Math.log(2) / basis.lnDistanceSd();
        for (int a = 1; a < amounts.length; a++) {
            assertEquals(expectedDrop, gdi[a - 1] - gdi[a], 0.05 * expectedDrop,
                    "5 % (the tiny noise leaves the shape not exactly in the basis)");
        }
    }

    @Test
    void perSideGdiFromPatientCycles() {
        List<double[]> controls = cohort(40, 3);
        GdiBasis basis = GdiBasis.build(controls, "v1", "synthetic");
        PatientCycles.Builder b = PatientCycles.builder();
        List<GaitVariable> vars = GaitVariable.gpsVariables();
        double[] control = controls.get(0);
        for (int v = 0; v < 9; v++) {
            double[] c101 = new double[101];
            for (int p = 0; p <= 100; p++) {
                // linear between the 2 % points of the control vector
                int lo = p / 2;
                c101[p] = p % 2 == 0 ? control[v * 51 + lo] : (control[v * 51 + lo] + control[v * 51 + lo + 1]) / 2;
            }
            b.add(Side.LEFT, vars.get(v), c101);
        }
        assertEquals(basis.gdi(control), GaitIndices.gdi(b.build(), basis).get(Side.LEFT), 1e-9);
    }

    @Test
    void tooFewControlsIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GdiBasis.build(cohort(10, 4), "v", "p"));
        assertTrue(e.getMessage().contains("needs more than 15"), e.getMessage());
    }
}
