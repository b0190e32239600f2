package org.ambulo.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.model.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Spatiotemporal parameters of {@link SyntheticWalk}, whose answers are known exactly. */
class SpatiotemporalSyntheticTest {

    /** Times come from the event times: double rounding only. */
    private static final double TIME_TOL = 1e-9;
    /** Lengths come from float-stored markers in mm: 1 micrometre. */
    private static final double LENGTH_TOL_M = 1e-6;

    private static SpatiotemporalTable table(ProgressionDirection direction) {
        return Spatiotemporal.compute(SyntheticWalk.file(direction, false), SyntheticWalk.events(), OptionalDouble.of(900));
    }

    private static double avg(SpatiotemporalTable table, SpatiotemporalParameter p, ParameterSide side) {
        return table.value(p, side).orElseThrow(() -> new AssertionError(p.id() + " " + side + " missing; issues " + table.issues()));
    }

    @ParameterizedTest
    @EnumSource(ProgressionDirection.class)
    void knownValuesInEveryWalkingDirection(ProgressionDirection direction) {
        SpatiotemporalTable t = table(direction);
        assertEquals(direction, t.progression().orElseThrow());
        assertEquals(3, t.cycleCount(Side.LEFT));
        assertEquals(2, t.cycleCount(Side.RIGHT));
        for (ParameterSide side : List.of(ParameterSide.LEFT, ParameterSide.RIGHT)) {
            assertEquals(1.0, avg(t, SpatiotemporalParameter.STRIDE_TIME, side), TIME_TOL);
            assertEquals(120.0, avg(t, SpatiotemporalParameter.CADENCE, side), 1e-7);
            assertEquals(1.2, avg(t, SpatiotemporalParameter.STRIDE_LENGTH, side), LENGTH_TOL_M);
            assertEquals(1.2, avg(t, SpatiotemporalParameter.WALKING_SPEED, side), LENGTH_TOL_M);
            assertEquals(0.15, avg(t, SpatiotemporalParameter.STEP_WIDTH, side), LENGTH_TOL_M);
            assertEquals(18.0, avg(t, SpatiotemporalParameter.DOUBLE_SUPPORT_PCT, side), 1e-7);
            assertEquals(1.2 / Math.sqrt(9.81 * 0.9), avg(t, SpatiotemporalParameter.DIMENSIONLESS_SPEED, side), 1e-6);
        }
        assertEquals(0.65, avg(t, SpatiotemporalParameter.STEP_LENGTH, ParameterSide.LEFT), LENGTH_TOL_M);
        assertEquals(0.55, avg(t, SpatiotemporalParameter.STEP_LENGTH, ParameterSide.RIGHT), LENGTH_TOL_M);
        assertEquals(120.0, avg(t, SpatiotemporalParameter.CADENCE, ParameterSide.BOTH), 1e-7);
        assertEquals(1.2, avg(t, SpatiotemporalParameter.WALKING_SPEED, ParameterSide.BOTH), LENGTH_TOL_M);
    }

    @Test
    void knownTimesAndPhasesPerSide() {
        SpatiotemporalTable t = table(ProgressionDirection.PLUS_X);
        ParameterSide l = ParameterSide.LEFT;
        ParameterSide r = ParameterSide.RIGHT;
        assertEquals(0.48, avg(t, SpatiotemporalParameter.STEP_TIME, l), TIME_TOL);
        assertEquals(0.52, avg(t, SpatiotemporalParameter.STEP_TIME, r), TIME_TOL);
        assertEquals(60.0, avg(t, SpatiotemporalParameter.STANCE_PCT, l), 1e-7);
        assertEquals(58.0, avg(t, SpatiotemporalParameter.STANCE_PCT, r), 1e-7);
        assertEquals(40.0, avg(t, SpatiotemporalParameter.SWING_PCT, l), 1e-7);
        assertEquals(42.0, avg(t, SpatiotemporalParameter.SWING_PCT, r), 1e-7);
        assertEquals(60.0, avg(t, SpatiotemporalParameter.FOOT_OFF_PCT, l), 1e-7);
        assertEquals(10.0, avg(t, SpatiotemporalParameter.OPPOSITE_FOOT_OFF_PCT, l), 1e-7);
        assertEquals(8.0, avg(t, SpatiotemporalParameter.OPPOSITE_FOOT_OFF_PCT, r), 1e-7);
        assertEquals(52.0, avg(t, SpatiotemporalParameter.OPPOSITE_FOOT_CONTACT_PCT, l), 1e-7);
        assertEquals(48.0, avg(t, SpatiotemporalParameter.OPPOSITE_FOOT_CONTACT_PCT, r), 1e-7);
        assertEquals(42.0, avg(t, SpatiotemporalParameter.SINGLE_SUPPORT_PCT, l), 1e-7);
        assertEquals(40.0, avg(t, SpatiotemporalParameter.SINGLE_SUPPORT_PCT, r), 1e-7);
        assertEquals(0.42, avg(t, SpatiotemporalParameter.SINGLE_SUPPORT_TIME, l), TIME_TOL);
        assertEquals(0.18, avg(t, SpatiotemporalParameter.DOUBLE_SUPPORT_TIME, r), TIME_TOL);
        assertEquals(0.6, avg(t, SpatiotemporalParameter.STANCE_TIME, l), TIME_TOL);
        assertEquals(0.42, avg(t, SpatiotemporalParameter.SWING_TIME, r), TIME_TOL);
        // stance of this foot / stance of the other: 0.60 / 0.58 and 0.58 / 0.60
        assertEquals(0.60 / 0.58, avg(t, SpatiotemporalParameter.LIMP_INDEX, l), 1e-9);
        assertEquals(0.58 / 0.60, avg(t, SpatiotemporalParameter.LIMP_INDEX, r), 1e-9);
    }

    @Test
    void eachCycleHasTheValuesAndTheAveragesAreTheirMeans() {
        SpatiotemporalTable t = table(ProgressionDirection.MINUS_Y);
        for (CycleSpatiotemporal cycle : t.cycles()) {
            assertEquals(1.2, cycle.value(SpatiotemporalParameter.STRIDE_LENGTH).getAsDouble(), LENGTH_TOL_M);
            assertTrue(cycle.values().stream().allMatch(v -> v.side() == ParameterSide.of(cycle.cycle().side())));
        }
        for (SpatiotemporalParameter p : SpatiotemporalParameter.values()) {
            double mean = t.cycles(Side.LEFT).stream().mapToDouble(c -> c.value(p).getAsDouble()).average().getAsDouble();
            assertEquals(mean, avg(t, p, ParameterSide.LEFT), 1e-12, p.id());
        }
    }

    @Test
    void stepWidthIsNegativeWhenTheFeetCross() {
        SpatiotemporalTable crossing = Spatiotemporal.compute(SyntheticWalk.file(ProgressionDirection.MINUS_X, false, true),
                SyntheticWalk.events(), OptionalDouble.empty());
        assertEquals(-0.15, avg(crossing, SpatiotemporalParameter.STEP_WIDTH, ParameterSide.LEFT), LENGTH_TOL_M);
        assertEquals(-0.15, avg(crossing, SpatiotemporalParameter.STEP_WIDTH, ParameterSide.RIGHT), LENGTH_TOL_M);
        assertEquals(0.65, avg(crossing, SpatiotemporalParameter.STEP_LENGTH, ParameterSide.LEFT), LENGTH_TOL_M, "lengths unaffected");
    }

    @Test
    void missingToeMarkersLeaveOnlyTheSpatialParametersOutAndNameTheMarker() {
        C3dFile file = SyntheticWalk.file(ProgressionDirection.PLUS_X, false, "LTOE", "RTOE");
        SpatiotemporalTable t = Spatiotemporal.compute(file, SyntheticWalk.events(), OptionalDouble.empty());
        assertTrue(t.value(SpatiotemporalParameter.STRIDE_LENGTH, ParameterSide.LEFT).isEmpty());
        assertTrue(t.value(SpatiotemporalParameter.WALKING_SPEED, ParameterSide.BOTH).isEmpty());
        assertEquals(120.0, avg(t, SpatiotemporalParameter.CADENCE, ParameterSide.LEFT), 1e-7);
        assertEquals(0.15, avg(t, SpatiotemporalParameter.STEP_WIDTH, ParameterSide.LEFT), LENGTH_TOL_M, "heels still there");
        assertTrue(t.issues().stream().anyMatch(i -> i.contains("no LTOE marker")), t.issues().toString());
        assertTrue(t.issues().stream().anyMatch(i -> i.contains("no dimensionless speed")), "no leg length in the synthetic file");
    }

    @Test
    void heelsMissingFallBackToTheToesAndSaySo() {
        SpatiotemporalTable t = Spatiotemporal.compute(SyntheticWalk.file(ProgressionDirection.PLUS_X, false, "LHEE", "RHEE"),
                SyntheticWalk.events(), OptionalDouble.empty());
        assertEquals(0.15, avg(t, SpatiotemporalParameter.STEP_WIDTH, ParameterSide.RIGHT), LENGTH_TOL_M);
        assertTrue(t.issues().stream().anyMatch(i -> i.contains("no RHEE marker: step width from RTOE")), t.issues().toString());
    }

    @Test
    void noEventsGiveAnEmptyTableThatSaysWhy() {
        SpatiotemporalTable t = Spatiotemporal.compute(SyntheticWalk.file(ProgressionDirection.PLUS_X, false), List.of(),
                OptionalDouble.empty());
        assertTrue(t.averages().isEmpty());
        assertTrue(t.issues().contains("no gait events: no cycles"), t.issues().toString());
    }

    @Test
    void aNonPositiveLegLengthIsRejectedNamingTheFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Spatiotemporal.compute(SyntheticWalk.file(ProgressionDirection.PLUS_X, false), SyntheticWalk.events(),
                        OptionalDouble.of(0)));
        assertTrue(e.getMessage().contains("synthetic-walk"), e.getMessage());
        assertFalse(SpatiotemporalParameter.stableParameters().contains(SpatiotemporalParameter.LIMP_INDEX));
    }
}
