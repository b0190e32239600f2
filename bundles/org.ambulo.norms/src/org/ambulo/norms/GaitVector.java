package org.ambulo.norms;

import java.util.List;
import java.util.Map;

/**
 * The gait vector of Schwartz &amp; Rozumalski 2008: the nine {@link GaitVariable#gpsVariables()} of one cycle, each
 * at 0, 2, ..., 100 % (51 points), concatenated variable after variable: 459 values in degrees.
 */
public final class GaitVector {

    public static final int POINTS_PER_VARIABLE = 51;
    public static final int LENGTH = 9 * POINTS_PER_VARIABLE;

    private GaitVector() {
    }

    /** @param curves101 the nine variables, each 101 points (0..100 %), in {@link GaitVariable#gpsVariables()} order */
    public static double[] of(double[][] curves101) {
        if (curves101.length != 9) {
            throw new IllegalArgumentException("a gait vector needs the nine GPS variables, got " + curves101.length);
        }
        double[] out = new double[LENGTH];
        for (int v = 0; v < 9; v++) {
            if (curves101[v].length != NormComparison.CYCLE_POINTS) {
                throw new IllegalArgumentException("gait vector variable " + v + ": expected 101 points, got " + curves101[v].length);
            }
            for (int i = 0; i < POINTS_PER_VARIABLE; i++) {
                double x = curves101[v][2 * i];
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("gait vector: " + GaitVariable.gpsVariables().get(v).id() + " is missing at " + 2 * i
                            + " %");
                }
                out[v * POINTS_PER_VARIABLE + i] = x;
            }
        }
        return out;
    }

    /** From a map of the nine variables' 101-point curves. */
    public static double[] of(Map<GaitVariable, double[]> curves101) {
        List<GaitVariable> variables = GaitVariable.gpsVariables();
        double[][] ordered = new double[9][];
        for (int v = 0; v < 9; v++) {
            ordered[v] = curves101.get(variables.get(v));
            if (ordered[v] == null) {
                throw new IllegalArgumentException("gait vector: no " + variables.get(v).id() + " curve");
            }
        }
        return of(ordered);
    }
}
