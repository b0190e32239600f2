package org.ambulo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;

/** Bad models are rejected with a message naming what is wrong; derived numbers follow their definitions. */
class ReportModelTest {
    @Test
    void cyclesOfDifferentLengthAreRejectedWithTheVariableName() {
        var a = new CycleCurve(Side.LEFT, "c1", new double[101]);
        var b = new CycleCurve(Side.RIGHT, "c2", new double[51]);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new CurvePanel("Knee flexion", Plane.SAGITTAL, "deg", List.of(a, b), Optional.empty()));
        assertTrue(e.getMessage().contains("Knee flexion") && e.getMessage().contains("c2"), e.getMessage());
    }

    @Test
    void invalidNumbersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new NormStat(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new NormStat(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new FootOff(Side.LEFT, 120));
        assertThrows(IllegalArgumentException.class, () -> new ActivationWindow(50, 20));
        assertThrows(IllegalArgumentException.class, () -> new CycleCurve(Side.LEFT, "c", new double[1]));
        assertThrows(IllegalArgumentException.class, () -> new PatientInfo(" ", "n",
                java.time.LocalDate.of(2000, 1, 1), "f", 1, 1, 1));
        var rightCycle = new CycleCurve(Side.RIGHT, "c1", new double[101]);
        assertThrows(IllegalArgumentException.class,
                () -> new EmgChannel("Soleus", Side.LEFT, "uV", List.of(rightCycle), List.of()));
    }

    @Test
    void meanAndZScoreFollowTheirDefinitions() {
        var c1 = new CycleCurve(Side.LEFT, "c1", new double[]{0, 2, 4});
        var c2 = new CycleCurve(Side.LEFT, "c2", new double[]{2, 4, 8});
        var panel = new CurvePanel("x", Plane.NONE, "deg", List.of(c1, c2), Optional.empty());
        assertEquals(List.of(1.0, 3.0, 6.0), java.util.Arrays.stream(panel.mean(Side.LEFT).orElseThrow()).boxed().toList());
        assertTrue(panel.mean(Side.RIGHT).isEmpty());
        var row = new SpatiotemporalRow("Speed", "m/s", OptionalDouble.of(0.8), OptionalDouble.empty(),
                new NormStat(1.2, 0.1), 2);
        assertEquals(-4.0, row.zScore(Side.LEFT).getAsDouble(), 1e-12);
        assertTrue(row.zScore(Side.RIGHT).isEmpty());
    }

    @Test
    void curvesAreDefensivelyCopied() {
        double[] values = {1, 2, 3};
        var c = new CycleCurve(Side.RIGHT, "c", values);
        values[0] = 99;
        c.values()[1] = 99;
        assertEquals(1, c.value(0));
        assertEquals(2, c.value(1));
    }
}
