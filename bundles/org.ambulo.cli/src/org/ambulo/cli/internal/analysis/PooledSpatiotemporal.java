package org.ambulo.cli.internal.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.cycles.CycleSpatiotemporal;
import org.ambulo.cycles.ParameterSide;
import org.ambulo.cycles.ProgressionDirection;
import org.ambulo.cycles.SpatiotemporalParameter;
import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.cycles.SpatiotemporalValue;
import org.ambulo.model.Side;

/**
 * The spatiotemporal table of a session: every complete cycle of every walking trial, averaged per side the way the
 * cycles engine averages one trial (mean over the cycles of a side; "both" = mean of left and right for cadence and
 * speeds, as Nexus' overall cadence). Each trial counts by its cycles, not as one value, so a trial with more cycles
 * weighs more.
 */
final class PooledSpatiotemporal {

    private PooledSpatiotemporal() {
    }

    static SpatiotemporalTable pool(List<SpatiotemporalTable> tables) {
        if (tables.size() == 1) {
            return tables.get(0);
        }
        List<CycleSpatiotemporal> cycles = new ArrayList<>();
        List<String> issues = new ArrayList<>();
        for (SpatiotemporalTable table : tables) {
            cycles.addAll(table.cycles().stream().sorted(Comparator.comparingDouble(c -> c.cycle().startSeconds())).toList());
            table.issues().forEach(i -> issues.add(table.trial() + ": " + i));
        }
        Optional<ProgressionDirection> progression = tables.stream().map(SpatiotemporalTable::progression).flatMap(Optional::stream)
                .findFirst();
        OptionalDouble legLength = tables.stream().map(SpatiotemporalTable::legLengthMm).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).findFirst();
        String name = tables.size() + " walking trials";
        return new SpatiotemporalTable(name, averages(cycles), cycles, progression, tables.get(0).footMarker(), legLength, issues);
    }

    private static List<SpatiotemporalValue> averages(List<CycleSpatiotemporal> cycles) {
        List<SpatiotemporalValue> averages = new ArrayList<>();
        for (SpatiotemporalParameter parameter : SpatiotemporalParameter.values()) {
            OptionalDouble left = mean(cycles, Side.LEFT, parameter);
            OptionalDouble right = mean(cycles, Side.RIGHT, parameter);
            left.ifPresent(v -> averages.add(SpatiotemporalValue.of(parameter, ParameterSide.LEFT, v)));
            right.ifPresent(v -> averages.add(SpatiotemporalValue.of(parameter, ParameterSide.RIGHT, v)));
            boolean bilateral = parameter == SpatiotemporalParameter.CADENCE || parameter == SpatiotemporalParameter.WALKING_SPEED
                    || parameter == SpatiotemporalParameter.DIMENSIONLESS_SPEED;
            if (bilateral && left.isPresent() && right.isPresent()) {
                averages.add(SpatiotemporalValue.of(parameter, ParameterSide.BOTH, (left.getAsDouble() + right.getAsDouble()) / 2));
            }
        }
        return averages;
    }

    private static OptionalDouble mean(List<CycleSpatiotemporal> cycles, Side side, SpatiotemporalParameter parameter) {
        return cycles.stream().filter(c -> c.cycle().side() == side).map(c -> c.value(parameter)).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).average();
    }
}
