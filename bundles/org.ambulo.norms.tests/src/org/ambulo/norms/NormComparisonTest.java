package org.ambulo.norms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class NormComparisonTest {

    private static final double TOL = 1e-9;

    @Test
    void aCurveOneAndAHalfSdAboveTheMeanHasZOneAndAHalfEverywhere() {
        NormCurve norm = Synthetic.curve(p -> 20 * Math.sin(2 * Math.PI * p / 100), 4);
        double[] patient = Synthetic.curve101(p -> norm.meanAt(p) + 1.5 * 4);
        CurveComparison c = NormComparison.compare(GaitVariable.KNEE_FLEXION, patient, norm);
        for (int i = 0; i <= 100; i++) {
            assertEquals(1.5, c.z()[i], TOL, "z at " + i + " %");
        }
        assertEquals(100, c.pctOutside1Sd(), TOL);
        assertEquals(0, c.pctOutside2Sd(), TOL);
        assertEquals(101, c.validPoints());
    }

    @Test
    void theShareOutsideTheBandsCountsTheDeviatingPart() {
        NormCurve norm = Synthetic.curve(p -> 0, 1);
        // 3 SD above the mean from 0 to 20 % (21 points), at the mean elsewhere
        double[] patient = Synthetic.curve101(p -> p <= 20 ? 3 : 0);
        CurveComparison c = NormComparison.compare(GaitVariable.HIP_FLEXION, patient, norm);
        assertEquals(100.0 * 21 / 101, c.pctOutside1Sd(), TOL);
        assertEquals(100.0 * 21 / 101, c.pctOutside2Sd(), TOL);
    }

    @Test
    void missingSamplesAreLeftOutOfTheShares() {
        NormCurve norm = Synthetic.curve(p -> 0, 1);
        double[] patient = Synthetic.curve101(p -> p < 50 ? Double.NaN : 1.5);
        CurveComparison c = NormComparison.compare(GaitVariable.HIP_FLEXION, patient, norm);
        assertEquals(51, c.validPoints());
        assertEquals(100, c.pctOutside1Sd(), TOL);
        assertTrue(Double.isNaN(c.z()[10]));
    }

    @Test
    void peakFeaturesGiveTheZOfThePeakAndItsTiming() {
        // norm peak 20 at 24 % (sin peak at 25 % lies between grid points; use a triangle peaking at 24 %)
        NormCurve norm = Synthetic.curve(p -> 20 - Math.abs(p - 24), 2);
        double[] patient = Synthetic.curve101(p -> 26 - Math.abs(p - 30));
        CurveFeature max = NormComparison.compare(GaitVariable.KNEE_FLEXION, patient, norm).features().get(0);
        assertEquals(CurveFeature.Kind.MAXIMUM, max.kind());
        assertEquals(26, max.value(), TOL);
        assertEquals(30, max.timingPct(), TOL);
        assertEquals(20, max.normValue(), TOL);
        assertEquals(24, max.normTimingPct(), TOL);
        assertEquals((26 - 20) / 2.0, max.z(), TOL);
        assertEquals(6, max.timingDifferencePct(), TOL);
    }

    @Test
    void aCurveOfTheWrongLengthIsRejectedWithItsName() {
        NormCurve norm = Synthetic.curve(p -> 0, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormComparison.compare(GaitVariable.KNEE_FLEXION, new double[51], norm));
        assertTrue(e.getMessage().contains("knee_flexion"), e.getMessage());
    }

    @Test
    void spatiotemporalZScoresAndRanges() {
        NormBin bin = new NormBin("b", "b", 10, new AgeRange(5, 6), Sex.ANY, java.util.Optional.empty(), java.util.Optional.empty(),
                Map.of(),
                Map.of("cadence", SpatiotemporalNorm.meanSd("cadence", "steps/min", 120, 10), "walking_speed",
                        SpatiotemporalNorm.range("walking_speed", "m/s", 1.1, 1.5)),
                Map.of(), java.util.List.of());
        Map<String, SpatiotemporalComparison> c = NormComparison.compareSpatiotemporal(Map.of("cadence", 95.0, "walking_speed", 1.6,
                "step_width", 0.1), bin);
        assertEquals(-2.5, c.get("cadence").z().getAsDouble(), TOL);
        assertEquals(SpatiotemporalComparison.Position.BELOW, c.get("cadence").position(), "below mean - 2 SD");
        assertTrue(c.get("walking_speed").z().isEmpty(), "a range gives no z-score");
        assertEquals(SpatiotemporalComparison.Position.ABOVE, c.get("walking_speed").position());
        assertEquals(2, c.size(), "no norm, no comparison for step width");
    }
}
