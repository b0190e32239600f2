package org.ambulo.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.ambulo.model.Side;

/** Linear envelope of one muscle on one side, per cycle, with the normal activation windows of that muscle. */
public record EmgChannel(String muscle, Side side, String unit, List<CycleCurve> cycles,
        List<ActivationWindow> normalActivation) {
    public EmgChannel {
        Texts.require(muscle, "muscle");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(unit, "unit");
        cycles = Texts.copy(cycles, "EMG cycles of " + muscle);
        normalActivation = Texts.copy(normalActivation, "normalActivation of " + muscle);
        for (CycleCurve c : cycles) {
            if (c.side() != side) {
                throw new IllegalArgumentException("report model: EMG " + side + " " + muscle + " holds a "
                        + c.side() + " cycle " + c.cycleId());
            }
        }
    }

    public Optional<double[]> mean() {
        return Curves.mean(cycles);
    }
}
