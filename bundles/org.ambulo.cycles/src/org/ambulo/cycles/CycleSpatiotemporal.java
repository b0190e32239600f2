package org.ambulo.cycles;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The spatiotemporal values of one gait cycle.
 *
 * @param cycle
 *            the cycle
 * @param values
 *            its values, all of the cycle's side; a spatial value is absent when a marker was missing at an event
 */
public record CycleSpatiotemporal(GaitCycle cycle, List<SpatiotemporalValue> values) {

    public CycleSpatiotemporal {
        Objects.requireNonNull(cycle, "cycle");
        values = List.copyOf(values);
    }

    public OptionalDouble value(SpatiotemporalParameter parameter) {
        return values.stream().filter(v -> v.parameter().equals(parameter.id())).mapToDouble(SpatiotemporalValue::value).findFirst();
    }
}
