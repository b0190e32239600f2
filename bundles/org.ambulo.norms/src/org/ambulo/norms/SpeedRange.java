package org.ambulo.norms;

import java.util.OptionalDouble;

/**
 * The walking speeds of a norm bin, either dimensionless (v / sqrt(g·L), L = leg length) or in m/s, depending on
 * where the bin uses it. Any of the three may be unknown.
 */
public record SpeedRange(OptionalDouble min, OptionalDouble mean, OptionalDouble max) {

    public static SpeedRange of(double min, double mean, double max) {
        return new SpeedRange(OptionalDouble.of(min), OptionalDouble.of(mean), OptionalDouble.of(max));
    }

    public static SpeedRange ofMean(double mean) {
        return new SpeedRange(OptionalDouble.empty(), OptionalDouble.of(mean), OptionalDouble.empty());
    }

    public static SpeedRange between(double min, double max) {
        return new SpeedRange(OptionalDouble.of(min), OptionalDouble.empty(), OptionalDouble.of(max));
    }

    public boolean contains(double speed) {
        return (min.isEmpty() || speed >= min.getAsDouble()) && (max.isEmpty() || speed <= max.getAsDouble());
    }

    /** How far the speed is from the bin: 0 inside [min, max], else the distance to the nearer end; without limits, to the mean. */
    public double distance(double speed) {
        if (min.isPresent() || max.isPresent()) {
            if (min.isPresent() && speed < min.getAsDouble()) {
                return min.getAsDouble() - speed;
            }
            if (max.isPresent() && speed > max.getAsDouble()) {
                return speed - max.getAsDouble();
            }
            return 0;
        }
        return mean.isPresent() ? Math.abs(speed - mean.getAsDouble()) : Double.POSITIVE_INFINITY;
    }

    /** Distance to the mean (ties between bins that both contain a speed), or to the middle of [min, max]. */
    public double distanceToCentre(double speed) {
        if (mean.isPresent()) {
            return Math.abs(speed - mean.getAsDouble());
        }
        if (min.isPresent() && max.isPresent()) {
            return Math.abs(speed - (min.getAsDouble() + max.getAsDouble()) / 2);
        }
        return distance(speed);
    }
}
