package org.ambulo.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.ambulo.model.Side;

/**
 * One plot of the kinematics or kinetics pages: a variable (e.g. "Knee flexion/extension") in one plane, its unit,
 * every cycle of both sides and the optional normative band. The per-side mean is computed here, so the PDF and the
 * CSV show the same mean.
 */
public record CurvePanel(String variable, Plane plane, String unit, List<CycleCurve> cycles, Optional<NormBand> norm) {
    public CurvePanel {
        Texts.require(variable, "curve variable");
        Objects.requireNonNull(plane, "plane");
        Objects.requireNonNull(unit, "unit");
        cycles = Texts.copy(cycles, "cycles of " + variable);
        Objects.requireNonNull(norm, "norm");
        int n = cycles.isEmpty() ? norm.map(b -> b.mean().length).orElse(0) : cycles.get(0).sampleCount();
        for (CycleCurve c : cycles) {
            if (c.sampleCount() != n) {
                throw new IllegalArgumentException("report model: " + variable + " cycle " + c.cycleId() + " has "
                        + c.sampleCount() + " samples, expected " + n);
            }
        }
        if (norm.isPresent() && n > 0 && norm.get().mean().length != n) {
            throw new IllegalArgumentException("report model: " + variable + " norm band has "
                    + norm.get().mean().length + " samples, curves have " + n);
        }
    }

    public List<CycleCurve> cycles(Side side) {
        return cycles.stream().filter(c -> c.side() == side).toList();
    }

    /** Sample-wise mean of this side's cycles; empty if the side has none. */
    public Optional<double[]> mean(Side side) {
        return Curves.mean(cycles(side));
    }
}
