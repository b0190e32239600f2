package org.ambulo.norms;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Normal value of one spatiotemporal parameter: a mean and SD (z-scores possible), a normal range [min, max] (only
 * below / within / above), or both. Units are those of {@code org.ambulo.cycles.SpatiotemporalParameter} (m, m/s, s,
 * %, steps/min).
 *
 * @param parameter
 *            the {@code SpatiotemporalParameter} id, e.g. {@code walking_speed}
 */
public record SpatiotemporalNorm(String parameter, String unit, OptionalDouble mean, OptionalDouble sd, OptionalDouble min,
        OptionalDouble max) {

    public SpatiotemporalNorm {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(unit, "unit");
        if (mean.isPresent() != sd.isPresent() && sd.isPresent()) {
            throw new IllegalArgumentException(parameter + ": an SD without a mean");
        }
        if (mean.isEmpty() && (min.isEmpty() || max.isEmpty())) {
            throw new IllegalArgumentException(parameter + ": needs a mean or a full range [min, max]");
        }
        if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
            throw new IllegalArgumentException(parameter + ": min " + min.getAsDouble() + " > max " + max.getAsDouble());
        }
        if (sd.isPresent() && !(sd.getAsDouble() > 0)) {
            throw new IllegalArgumentException(parameter + ": SD must be > 0, was " + sd.getAsDouble());
        }
    }

    public static SpatiotemporalNorm meanSd(String parameter, String unit, double mean, double sd) {
        return new SpatiotemporalNorm(parameter, unit, OptionalDouble.of(mean), OptionalDouble.of(sd), OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    public static SpatiotemporalNorm range(String parameter, String unit, double min, double max) {
        return new SpatiotemporalNorm(parameter, unit, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(min),
                OptionalDouble.of(max));
    }

    /** The patient's value against this norm. */
    public SpatiotemporalComparison compare(double value) {
        OptionalDouble z = mean.isPresent() && sd.isPresent()
                ? OptionalDouble.of((value - mean.getAsDouble()) / sd.getAsDouble())
                : OptionalDouble.empty();
        double low = min.orElse(mean.orElse(0) - 2 * sd.orElse(Double.NaN));
        double high = max.orElse(mean.orElse(0) + 2 * sd.orElse(Double.NaN));
        SpatiotemporalComparison.Position position = value < low
                ? SpatiotemporalComparison.Position.BELOW
                : value > high ? SpatiotemporalComparison.Position.ABOVE : SpatiotemporalComparison.Position.WITHIN;
        return new SpatiotemporalComparison(this, value, z, position);
    }
}
