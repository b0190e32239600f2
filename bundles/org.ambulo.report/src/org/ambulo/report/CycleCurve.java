package org.ambulo.report;

import java.util.Objects;

import org.ambulo.model.Side;

/** One side's curve over one gait cycle, sampled evenly from 0 % to 100 % of the cycle (usually 101 samples). */
public record CycleCurve(Side side, String cycleId, double[] values) {
    public CycleCurve {
        Objects.requireNonNull(side, "side");
        Texts.require(cycleId, "cycleId");
        values = Texts.curve(values, "curve " + cycleId);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int sampleCount() {
        return values.length;
    }

    /** Value at sample index i (no copy, for drawing loops). */
    public double value(int i) {
        return values[i];
    }
}
