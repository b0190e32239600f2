package org.ambulo.model;

import java.util.Optional;

/** Length unit of marker coordinates as a file declares it (C3D {@code POINT:UNITS}). */
public enum LengthUnit {
    MILLIMETRE("mm", 1.0),
    CENTIMETRE("cm", 10.0),
    METRE("m", 1000.0);

    private final String symbol;
    private final double millimetresPerUnit;

    LengthUnit(String symbol, double millimetresPerUnit) {
        this.symbol = symbol;
        this.millimetresPerUnit = millimetresPerUnit;
    }

    public String symbol() {
        return symbol;
    }

    public double toMillimetres(double value) {
        return value * millimetresPerUnit;
    }

    /** Parses the symbols vendors write ({@code mm}, {@code m}, {@code cm}), ignoring case and padding. */
    public static Optional<LengthUnit> fromSymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String trimmed = symbol.trim();
        for (LengthUnit unit : values()) {
            if (unit.symbol.equalsIgnoreCase(trimmed)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
