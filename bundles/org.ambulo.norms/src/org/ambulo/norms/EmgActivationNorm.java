package org.ambulo.norms;

import java.util.List;
import java.util.Objects;

/**
 * When a muscle is normally active during the gait cycle.
 *
 * @param muscle
 *            muscle code as in the source, e.g. {@code GASTRO}, {@code TIBANT}
 * @param windows
 *            active windows in % of the gait cycle
 */
public record EmgActivationNorm(String muscle, List<ActivationWindow> windows) {

    public EmgActivationNorm {
        Objects.requireNonNull(muscle, "muscle");
        windows = List.copyOf(windows);
    }

    /** Whether the muscle is normally active at a % of the cycle. */
    public boolean activeAt(double pct) {
        return windows.stream().anyMatch(w -> w.contains(pct));
    }
}
