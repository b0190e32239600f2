package org.ambulo.emg;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The normal activation windows of one source, with the source codes that name no {@link Muscle} of ours (reported,
 * not dropped silently).
 *
 * @param norms
 *            one entry per muscle
 * @param codesWithoutMuscle
 *            codes of the source left unused, e.g. {@code HIPFLE} (hip flexors: a function, not a muscle)
 * @param provenance
 *            where the data come from
 */
public record ActivationNormSet(List<ActivationNorms> norms, List<String> codesWithoutMuscle, String provenance) {

    public ActivationNormSet {
        norms = List.copyOf(norms);
        codesWithoutMuscle = List.copyOf(codesWithoutMuscle);
        Objects.requireNonNull(provenance, "provenance");
    }

    public Optional<ActivationNorms> forMuscle(Muscle muscle) {
        return norms.stream().filter(n -> n.muscle() == muscle).findFirst();
    }
}
