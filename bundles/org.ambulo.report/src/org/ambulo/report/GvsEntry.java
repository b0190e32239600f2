package org.ambulo.report;

import java.util.Objects;

import org.ambulo.model.Side;

/** Gait Variable Score of one kinematic variable on one side (RMS difference to the norm mean, degrees). */
public record GvsEntry(String variable, Side side, double gvsDeg) {
    public GvsEntry {
        Texts.require(variable, "GVS variable");
        Objects.requireNonNull(side, "side");
        if (!(gvsDeg >= 0)) {
            throw new IllegalArgumentException("report model: GVS must be >= 0, got " + gvsDeg + " for " + variable);
        }
    }
}
