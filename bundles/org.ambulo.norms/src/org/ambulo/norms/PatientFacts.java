package org.ambulo.norms;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What norm selection knows about the patient; anything may be unknown.
 *
 * @param ageYears
 *            decimal years at the session
 * @param sex
 *            {@link Sex#ANY} when unknown
 * @param legLengthMm
 *            leg length (ASIS to medial malleolus, as PiG's LegLength)
 * @param walkingSpeedMPerS
 *            mean walking speed of the session
 * @param markerModel
 *            the model that produced the patient's curves, e.g. {@code PiG}
 */
public record PatientFacts(OptionalDouble ageYears, Sex sex, OptionalDouble legLengthMm, OptionalDouble walkingSpeedMPerS,
        Optional<String> markerModel) {

    /** Standard gravity, m/s². */
    public static final double G_M_PER_S2 = 9.80665;

    public PatientFacts {
        Objects.requireNonNull(sex, "sex");
        check(ageYears, "age", 0, 130);
        check(legLengthMm, "leg length (mm)", 100, 1500);
        check(walkingSpeedMPerS, "walking speed (m/s)", 0, 10);
        Objects.requireNonNull(markerModel, "markerModel");
    }

    private static void check(OptionalDouble value, String what, double min, double max) {
        if (value.isPresent() && !(value.getAsDouble() > min && value.getAsDouble() < max)) {
            throw new IllegalArgumentException(
                    "patient " + what + " " + value.getAsDouble() + " is implausible (expected " + min + " to " + max
                            + "; wrong unit?)");
        }
    }

    public static PatientFacts of(double ageYears, Sex sex, double legLengthMm, double walkingSpeedMPerS, String markerModel) {
        return new PatientFacts(OptionalDouble.of(ageYears), sex, OptionalDouble.of(legLengthMm), OptionalDouble.of(walkingSpeedMPerS),
                Optional.of(markerModel));
    }

    /** v / sqrt(g·L) (Hof 1996; Schwartz 2008 groups by it), when speed and leg length are known. */
    public OptionalDouble dimensionlessSpeed() {
        if (walkingSpeedMPerS.isEmpty() || legLengthMm.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(walkingSpeedMPerS.getAsDouble() / Math.sqrt(G_M_PER_S2 * legLengthMm.getAsDouble() / 1000.0));
    }
}
