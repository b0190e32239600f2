package org.ambulo.cycles;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.model.Side;

/**
 * The spatiotemporal parameters of a trial: per complete cycle and averaged per side over the complete cycles (those
 * with all five events: strike, opposite foot off, opposite strike, foot off, next strike).
 *
 * @param trial
 *            the file the values come from
 * @param averages
 *            mean over the complete cycles of each side; {@code both} for cadence, walking speed and dimensionless
 *            speed (mean of the left and right means, as Nexus' overall cadence), when both sides have cycles
 * @param cycles
 *            the values of each complete cycle, sorted by start time
 * @param progression
 *            the walking direction found, empty when the trial has no usable pelvis or foot markers
 * @param footMarker
 *            the marker (side prefix omitted) stride and step lengths come from
 * @param legLengthMm
 *            the leg length used for the dimensionless speed, if known
 * @param issues
 *            everything left out and why, in words a clinician understands
 */
public record SpatiotemporalTable(String trial, List<SpatiotemporalValue> averages, List<CycleSpatiotemporal> cycles,
        Optional<ProgressionDirection> progression, String footMarker, OptionalDouble legLengthMm, List<String> issues) {

    public SpatiotemporalTable {
        Objects.requireNonNull(trial, "trial");
        averages = List.copyOf(averages);
        cycles = List.copyOf(cycles);
        Objects.requireNonNull(progression, "progression");
        Objects.requireNonNull(footMarker, "footMarker");
        Objects.requireNonNull(legLengthMm, "legLengthMm");
        issues = List.copyOf(issues);
    }

    /** The averaged value of a parameter for a side, if it could be computed. */
    public OptionalDouble value(SpatiotemporalParameter parameter, ParameterSide side) {
        return averages.stream().filter(v -> v.parameter().equals(parameter.id()) && v.side() == side)
                .mapToDouble(SpatiotemporalValue::value).findFirst();
    }

    public List<CycleSpatiotemporal> cycles(Side side) {
        return cycles.stream().filter(c -> c.cycle().side() == side).toList();
    }

    /** Number of complete cycles of a side that the averages are over. */
    public int cycleCount(Side side) {
        return cycles(side).size();
    }
}
