package org.ambulo.norms;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One control subject of a lab's normative cohort: facts, cycle curves (all sessions' cycles, both sides) and
 * spatiotemporal means by {@code SpatiotemporalParameter} id.
 */
public record ControlSubject(String id, OptionalDouble ageYears, Sex sex, PatientCycles cycles, Map<String, Double> spatiotemporal) {

    public ControlSubject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ageYears, "ageYears");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(cycles, "cycles");
        spatiotemporal = Map.copyOf(spatiotemporal);
    }
}
