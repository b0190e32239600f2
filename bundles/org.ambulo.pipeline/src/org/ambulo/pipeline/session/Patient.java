package org.ambulo.pipeline.session;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The patient. Leg lengths are optional: the model falls back to what the trial file stores.
 *
 * @param sex
 *            {@code female}, {@code male} or {@code any} (the norm selection's vocabulary)
 */
public record Patient(String id, String name, LocalDate birthDate, String sex, double heightCm, double massKg,
        OptionalDouble leftLegLengthMm, OptionalDouble rightLegLengthMm) {

    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(leftLegLengthMm, "leftLegLengthMm");
        Objects.requireNonNull(rightLegLengthMm, "rightLegLengthMm");
    }
}
