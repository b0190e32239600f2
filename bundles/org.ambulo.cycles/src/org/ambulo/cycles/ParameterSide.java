package org.ambulo.cycles;

import java.util.Locale;

import org.ambulo.model.Side;

/** The side a spatiotemporal value belongs to: one foot, or both feet together (e.g. the overall cadence). */
public enum ParameterSide {
    LEFT,
    RIGHT,
    BOTH;

    public static ParameterSide of(Side side) {
        return side == Side.LEFT ? LEFT : RIGHT;
    }

    /** {@code left}, {@code right} or {@code both}: the name in the CSV output, a stable interface. */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
