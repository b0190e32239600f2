package org.ambulo.report;

import java.util.Objects;

import org.ambulo.model.Side;

/** Mean foot-off of one side as percent of its gait cycle (drawn as a vertical line in every curve plot). */
public record FootOff(Side side, double footOffPct) {
    public FootOff {
        Objects.requireNonNull(side, "side");
        if (!(footOffPct > 0 && footOffPct < 100)) {
            throw new IllegalArgumentException("report model: foot-off must be within 0..100 % of cycle, got " + footOffPct);
        }
    }
}
