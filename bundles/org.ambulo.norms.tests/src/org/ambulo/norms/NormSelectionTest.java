package org.ambulo.norms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class NormSelectionTest {

    /** Schwartz-like: five speed groups by mean dimensionless speed, children 4 to 18 y. */
    private static final NormDataset CHILDREN = NormDataset.of(Synthetic.provenance("kids", "PiG", Optional.empty()),
            List.of(Synthetic.bin("very-slow", 4, 18, Sex.ANY, Optional.of(SpeedRange.ofMean(0.17))),
                    Synthetic.bin("slow", 4, 18, Sex.ANY, Optional.of(SpeedRange.ofMean(0.29))),
                    Synthetic.bin("free", 4, 18, Sex.ANY, Optional.of(SpeedRange.ofMean(0.43))),
                    Synthetic.bin("fast", 4, 18, Sex.ANY, Optional.of(SpeedRange.ofMean(0.56))),
                    Synthetic.bin("very-fast", 4, 18, Sex.ANY, Optional.of(SpeedRange.ofMean(0.69)))));
    private static final NormDataset ADULT_WOMEN = NormDataset.of(Synthetic.provenance("adults", "CGM2.3", Optional.of("origin unknown")),
            List.of(Synthetic.bin("female", 18, 65, Sex.FEMALE, Optional.empty())));

    private static double speedFor(double dimensionless, double legMm) {
        return dimensionless * Math.sqrt(PatientFacts.G_M_PER_S2 * legMm / 1000);
    }

    @Test
    void aChildIsMatchedToTheNearestDimensionlessSpeedGroup() {
        double leg = 700;
        Selection s = NormSelection.select(PatientFacts.of(9, Sex.MALE, leg, speedFor(0.52, leg), "PiG"), List.of(CHILDREN, ADULT_WOMEN));
        assertEquals("kids", s.dataset().id());
        assertEquals("fast", s.bin().id(), "0.52 is nearer 0.56 than 0.43");
        assertTrue(s.explanation().contains("0.520"), s.explanation());
        assertTrue(s.warnings().isEmpty(), s.warnings().toString());
    }

    @Test
    void dimensionlessSpeedIsVOverSqrtGL() {
        PatientFacts f = PatientFacts.of(9, Sex.MALE, 800, 1.2, "PiG");
        assertEquals(1.2 / Math.sqrt(9.80665 * 0.8), f.dimensionlessSpeed().getAsDouble(), 1e-12);
    }

    @Test
    void anAdultWomanGetsAdultNormsAndTheModelMismatchIsWarned() {
        Selection s = NormSelection.select(PatientFacts.of(35, Sex.FEMALE, 850, 1.3, "PiG"), List.of(CHILDREN, ADULT_WOMEN));
        assertEquals("adults", s.dataset().id());
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("marker model differs")), s.warnings().toString());
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("origin unknown")), "provenance warning carried into the report");
    }

    @Test
    void anAdultAgainstChildNormsOnlyIsWarned() {
        Selection s = NormSelection.select(PatientFacts.of(40, Sex.MALE, 900, 1.3, "PiG"), List.of(CHILDREN));
        assertEquals("kids", s.dataset().id());
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("no installed norms cover the patient's age 40.0")),
                s.warnings().toString());
    }

    @Test
    void aManIsNotComparedWithWomensNormsWhenMixedOnesFit() {
        NormDataset mixed = NormDataset.of(Synthetic.provenance("mixed", "CGM2.3", Optional.empty()),
                List.of(Synthetic.bin("all", 18, 65, Sex.ANY, Optional.empty())));
        Selection s = NormSelection.select(PatientFacts.of(35, Sex.MALE, 900, 1.3, "CGM2.3"), List.of(ADULT_WOMEN, mixed));
        assertEquals("mixed", s.dataset().id());
    }

    @Test
    void unknownSpeedFallsBackToTheFreeGroupWithAWarning() {
        PatientFacts f = new PatientFacts(OptionalDouble.of(8), Sex.ANY, OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.of("PiG"));
        Selection s = NormSelection.select(f, List.of(CHILDREN));
        assertEquals("free", s.bin().id());
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("speed")), s.warnings().toString());
    }

    @Test
    void noDatasetIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormSelection.select(PatientFacts.of(9, Sex.MALE, 700, 1, "PiG"), List.of()));
        assertTrue(e.getMessage().contains("no installed norm dataset"), e.getMessage());
    }

    @Test
    void implausibleFactsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PatientFacts.of(9, Sex.MALE, 0.7, 1.0, "PiG"), "leg length in m, not mm");
    }

    /**
     * A children's dataset that ignores speed (Pinzone-like) must not beat the speed group that matches the child's
     * speed merely because the group is given by its mean only (|speed - mean| > 0).
     */
    @Test
    void aSpeedMatchedGroupBeatsABinThatIgnoresSpeed() {
        NormDataset unsplit = NormDataset.of(Synthetic.provenance("centres", "PiG", Optional.empty()),
                List.of(Synthetic.bin("centre-one", 4, 18, Sex.ANY, Optional.empty())));
        double leg = 800;
        Selection s = NormSelection.select(PatientFacts.of(12, Sex.FEMALE, leg, speedFor(0.40, leg), "PiG"), List.of(unsplit, CHILDREN));
        assertEquals("kids/free", s.dataset().id() + "/" + s.bin().id(), s.explanation());
        Selection unknownSpeed = NormSelection.select(new PatientFacts(java.util.OptionalDouble.of(12), Sex.FEMALE,
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), Optional.of("PiG")), List.of(unsplit, CHILDREN));
        assertEquals("centres", unknownSpeed.dataset().id(), "speed unknown: the bin not split by speed");
    }
}
