package org.ambulo.cycles;

import java.util.Objects;

/**
 * One spatiotemporal value.
 *
 * @param parameter
 *            the parameter name, one of {@link SpatiotemporalParameter#id()}, e.g. {@code cadence}
 * @param side
 *            left, right, or both feet together
 * @param value
 *            the value in {@code unit}
 * @param unit
 *            {@code steps/min}, {@code m/s}, {@code s}, {@code m}, {@code %} or {@code 1}
 */
public record SpatiotemporalValue(String parameter, ParameterSide side, double value, String unit) {

    public SpatiotemporalValue {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(parameter + " (" + side.csvName() + "): value must be finite, was " + value);
        }
    }

    public static SpatiotemporalValue of(SpatiotemporalParameter parameter, ParameterSide side, double value) {
        return new SpatiotemporalValue(parameter.id(), side, value, parameter.unit());
    }
}
