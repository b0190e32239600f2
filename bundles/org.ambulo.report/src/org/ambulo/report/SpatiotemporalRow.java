package org.ambulo.report;

import java.util.Objects;
import java.util.OptionalDouble;

import org.ambulo.model.Side;

/**
 * One row of the spatiotemporal table: the patient's value per side (empty if not measured on that side), the norm,
 * and how many decimals the table shows (the CSV keeps full precision).
 */
public record SpatiotemporalRow(String parameter, String unit, OptionalDouble leftValue, OptionalDouble rightValue,
        NormStat norm, int decimals) {
    public SpatiotemporalRow {
        Texts.require(parameter, "spatiotemporal parameter");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(leftValue, "leftValue");
        Objects.requireNonNull(rightValue, "rightValue");
        Objects.requireNonNull(norm, "norm");
        if (decimals < 0 || decimals > 4) {
            throw new IllegalArgumentException("report model: decimals must be 0..4 for " + parameter);
        }
    }

    public OptionalDouble value(Side side) {
        return side == Side.LEFT ? leftValue : rightValue;
    }

    public OptionalDouble zScore(Side side) {
        OptionalDouble v = value(side);
        return v.isPresent() ? OptionalDouble.of(norm.zScore(v.getAsDouble())) : OptionalDouble.empty();
    }
}
