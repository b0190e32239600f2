package org.ambulo.report;

/** A phase of the cycle (percent) in which the muscle is normally active: drawn as a bar under the EMG envelope. */
public record ActivationWindow(double startPct, double endPct) {
    public ActivationWindow {
        if (!(startPct >= 0 && endPct <= 100 && startPct < endPct)) {
            throw new IllegalArgumentException("report model: activation window must satisfy 0 <= start < end <= 100, got "
                    + startPct + ".." + endPct);
        }
    }
}
