package org.ambulo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrialTest {

    private static Trial walk(double pointRateHz, double analogRateHz, int firstFrame, int frames) {
        return new Trial("Walk01", TrialRole.WALKING, pointRateHz, analogRateHz, firstFrame, frames, LengthUnit.MILLIMETRE);
    }

    @Test
    void durationAndAnalogRatioFollowFromTheRates() {
        Trial trial = walk(100.0, 1000.0, 212, 442);
        assertEquals(4.42, trial.durationSeconds(), 1e-12);
        assertEquals(10.0, trial.analogSamplesPerFrame(), 0.0);
    }

    @Test
    void rejectsImpossibleTimingAndNamesTheTrial() {
        IllegalArgumentException noRate = assertThrows(IllegalArgumentException.class, () -> walk(0.0, 0.0, 1, 10));
        assertTrue(noRate.getMessage().contains("Walk01"), noRate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> walk(Double.NaN, 0.0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> walk(100.0, -1.0, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> walk(100.0, 0.0, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> walk(100.0, 0.0, 1, -1));
    }

    @Test
    void lengthUnitsConvertToMillimetres() {
        assertEquals(LengthUnit.METRE, LengthUnit.fromSymbol(" M ").orElseThrow());
        assertEquals(1234.5, LengthUnit.METRE.toMillimetres(1.2345), 1e-9);
        assertTrue(LengthUnit.fromSymbol("inch").isEmpty());
    }

    @Test
    void sidesParseFromContextsAndPrefixes() {
        assertEquals(Side.LEFT, Side.fromName("Left").orElseThrow());
        assertEquals(Side.RIGHT, Side.fromName(" r ").orElseThrow());
        assertTrue(Side.fromName("General").isEmpty());
        assertEquals(Side.RIGHT, Side.LEFT.opposite());
        assertEquals('L', Side.LEFT.labelPrefix());
    }
}
