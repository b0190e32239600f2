package org.ambulo.norms;

/** A part of the gait cycle in which a muscle is normally active, from {@code onPct} to {@code offPct} % (on < off). */
public record ActivationWindow(double onPct, double offPct) {

    public ActivationWindow {
        if (!(onPct >= 0 && onPct < offPct && offPct <= 100)) {
            throw new IllegalArgumentException("activation window must satisfy 0 <= on < off <= 100 %, got " + onPct + " to " + offPct);
        }
    }

    public boolean contains(double pct) {
        return pct >= onPct && pct <= offPct;
    }
}
