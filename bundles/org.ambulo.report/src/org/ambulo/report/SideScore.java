package org.ambulo.report;

import java.util.Objects;

import org.ambulo.model.Side;

/** Per-side summary scores: Gait Profile Score (degrees) and Gait Deviation Index (100 = typical). */
public record SideScore(Side side, double gpsDeg, double gdi) {
    public SideScore {
        Objects.requireNonNull(side, "side");
    }
}
