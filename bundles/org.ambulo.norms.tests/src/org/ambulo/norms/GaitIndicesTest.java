package org.ambulo.norms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;

/** GVS/GPS/MAP on hand-computed cases (Baker et al. 2009). */
class GaitIndicesTest {

    private static final double TOL = 1e-9;
    private static final NormBin BIN = Synthetic.bin("free", 4, 18, Sex.ANY, Optional.empty());
    private static final NormDataset DATASET = NormDataset.of(Synthetic.provenance("syn", "PiG", Optional.empty()), List.of(BIN));

    /** Offsets (deg) of the nine GPS variables from the norm mean, constant over the cycle: GVS_v = |offset_v|. */
    private static final double[] LEFT = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final double[] RIGHT = {2, 2, 2, 0, 0, 0, 3, 3, 3};

    private static PatientCycles offsets(double[] left, double[] right, int cycles) {
        PatientCycles.Builder b = PatientCycles.builder();
        List<GaitVariable> vars = GaitVariable.gpsVariables();
        for (int c = 0; c < cycles; c++) {
            for (int v = 0; v < 9; v++) {
                GaitVariable variable = vars.get(v);
                double l = left[v];
                b.add(Side.LEFT, variable, Synthetic.curve101(p -> Synthetic.meanOf(variable, p) + l));
                if (right != null) {
                    double r = right[v];
                    b.add(Side.RIGHT, variable, Synthetic.curve101(p -> Synthetic.meanOf(variable, p) - r));
                }
            }
        }
        return b.build();
    }

    @Test
    void gvsIsTheRmsDeviationAndGpsTheRmsOfTheNineGvs() {
        MovementAnalysisProfile map = GaitIndices.compute(offsets(LEFT, RIGHT, 2), DATASET, BIN);
        List<GaitVariable> vars = GaitVariable.gpsVariables();
        for (int v = 0; v < 9; v++) {
            assertEquals(LEFT[v], map.gvs(Side.LEFT, vars.get(v)).getAsDouble(), TOL);
            assertEquals(RIGHT[v], map.gvs(Side.RIGHT, vars.get(v)).getAsDouble(), TOL);
        }
        // hand: left sum of squares 1+4+...+81 = 285 -> sqrt(285/9); right 4*3+0+9*3 = 39 -> sqrt(39/9)
        assertEquals(Math.sqrt(285.0 / 9), map.gps(Side.LEFT).getAsDouble(), TOL);
        assertEquals(Math.sqrt(39.0 / 9), map.gps(Side.RIGHT).getAsDouble(), TOL);
        // overall: 15 GVS, pelvis once (left 1,2,3): 285 + (0+0+0+9+9+9) = 312 -> sqrt(312/15)
        assertEquals(Math.sqrt(312.0 / 15), map.overallGpsDeg().getAsDouble(), TOL);
        // not the arithmetic mean of the GVS (45/9 = 5), which pyCGM2 uses
        assertNotEquals(5.0, map.gps(Side.LEFT).getAsDouble(), 0.1);
        assertEquals(2, map.cyclesUsed().get(Side.LEFT));
    }

    @Test
    void gvsPoolsTheCyclesAsRms() {
        // cycle 1 offset 3, cycle 2 offset 4 on every variable: GVS = sqrt((9 + 16) / 2)
        PatientCycles.Builder b = PatientCycles.builder();
        for (double offset : new double[]{3, 4}) {
            for (GaitVariable v : GaitVariable.gpsVariables()) {
                b.add(Side.LEFT, v, Synthetic.curve101(p -> Synthetic.meanOf(v, p) + offset));
            }
        }
        MovementAnalysisProfile map = GaitIndices.compute(b.build(), DATASET, BIN);
        assertEquals(Math.sqrt(12.5), map.gvs(Side.LEFT, GaitVariable.KNEE_FLEXION).getAsDouble(), TOL);
    }

    @Test
    void aSideWithoutCyclesIsAbsentNotZeroPadded() {
        MovementAnalysisProfile map = GaitIndices.compute(offsets(LEFT, null, 1), DATASET, BIN);
        assertTrue(map.gps(Side.RIGHT).isEmpty());
        assertTrue(map.overallGpsDeg().isEmpty());
        assertEquals(Math.sqrt(285.0 / 9), map.gps(Side.LEFT).getAsDouble(), TOL);
        assertTrue(map.notes().stream().anyMatch(n -> n.contains("both sides")), map.notes().toString());
    }

    @Test
    void aCycleWithAGapIsLeftOutAndNamed() {
        PatientCycles.Builder b = PatientCycles.builder();
        for (GaitVariable v : GaitVariable.gpsVariables()) {
            double[] curve = Synthetic.curve101(p -> Synthetic.meanOf(v, p) + 1);
            if (v == GaitVariable.ANKLE_DORSIFLEXION) {
                curve[40] = Double.NaN;
            }
            b.add(Side.LEFT, v, curve);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GaitIndices.compute(b.build(), DATASET, BIN));
        assertTrue(e.getMessage().contains("ankle_dorsiflexion"), e.getMessage());
    }

    @Test
    void gvsUsesTheNormPointsLinearBetweenWholePercents() {
        // patient deviation d(p) = p / 100 (deg): at 51 points 0, 2, ..., 100 the GVS is sqrt(mean((2i/100)^2))
        PatientCycles.Builder b = PatientCycles.builder();
        for (GaitVariable v : GaitVariable.gpsVariables()) {
            b.add(Side.LEFT, v, Synthetic.curve101(p -> Synthetic.meanOf(v, p) + p / 100));
        }
        MovementAnalysisProfile map = GaitIndices.compute(b.build(), DATASET, BIN);
        double sum = 0;
        for (int i = 0; i <= 50; i++) {
            sum += Math.pow(2.0 * i / 100, 2);
        }
        // the norm mean is sampled at 2 % exactly, so only the patient's offset remains
        assertEquals(Math.sqrt(sum / 51), map.gvs(Side.LEFT, GaitVariable.HIP_FLEXION).getAsDouble(), TOL);
    }
}
