package org.ambulo.norms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ambulo.model.Side;

/**
 * A patient's cycle-normalised curves (101 points, 0..100 %) per side and variable, e.g. all cycles of a session's
 * trials. Build with {@link #builder()}.
 */
public final class PatientCycles {

    private final Map<Side, Map<GaitVariable, List<double[]>>> cycles;

    private PatientCycles(Map<Side, Map<GaitVariable, List<double[]>>> cycles) {
        this.cycles = cycles;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The curves of one side and variable (empty list when none). */
    public List<double[]> curves(Side side, GaitVariable variable) {
        return cycles.getOrDefault(side, Map.of()).getOrDefault(variable, List.of());
    }

    /** Number of curves of the side's variable with the most curves. */
    public int cycleCount(Side side) {
        return cycles.getOrDefault(side, Map.of()).values().stream().mapToInt(List::size).max().orElse(0);
    }

    /** The side's mean curve of a variable over its complete curves, or all NaN when it has none. */
    public double[] mean(Side side, GaitVariable variable) {
        double[] sum = new double[NormComparison.CYCLE_POINTS];
        int count = 0;
        for (double[] curve : curves(side, variable)) {
            if (complete(curve)) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += curve[i];
                }
                count++;
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] = count == 0 ? Double.NaN : sum[i] / count;
        }
        return sum;
    }

    static boolean complete(double[] curve) {
        for (double v : curve) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    public static final class Builder {
        private final Map<Side, Map<GaitVariable, List<double[]>>> cycles = new EnumMap<>(Side.class);

        /** Adds one cycle's curve (101 points; NaN = missing). */
        public Builder add(Side side, GaitVariable variable, double[] curve) {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(variable, "variable");
            if (curve.length != NormComparison.CYCLE_POINTS) {
                throw new IllegalArgumentException(side + " " + variable.id() + ": a cycle curve has " + NormComparison.CYCLE_POINTS
                        + " points (0..100 %), got " + curve.length);
            }
            cycles.computeIfAbsent(side, s -> new EnumMap<>(GaitVariable.class)).computeIfAbsent(variable, v -> new ArrayList<>())
                    .add(curve.clone());
            return this;
        }

        public PatientCycles build() {
            Map<Side, Map<GaitVariable, List<double[]>>> copy = new EnumMap<>(Side.class);
            cycles.forEach((side, map) -> {
                Map<GaitVariable, List<double[]>> inner = new EnumMap<>(GaitVariable.class);
                map.forEach((v, list) -> inner.put(v, List.copyOf(list)));
                copy.put(side, inner);
            });
            return new PatientCycles(copy);
        }
    }
}
