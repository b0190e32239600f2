package org.ambulo.model;

import java.util.Optional;

/** Body side of a marker, segment, event or variable. Never implicit: every lateral value carries one. */
public enum Side {
    LEFT('L'),
    RIGHT('R');

    private final char labelPrefix;

    Side(char labelPrefix) {
        this.labelPrefix = labelPrefix;
    }

    /** The prefix that Vicon and most labs put before lateral labels, e.g. {@code L} in {@code LKNE}. */
    public char labelPrefix() {
        return labelPrefix;
    }

    public Side opposite() {
        return this == LEFT ? RIGHT : LEFT;
    }

    /** The side named by a context or label such as {@code Left}, {@code RIGHT}, {@code L} or {@code r}. */
    public static Optional<Side> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        if (trimmed.equalsIgnoreCase("left") || trimmed.equalsIgnoreCase("l")) {
            return Optional.of(LEFT);
        }
        if (trimmed.equalsIgnoreCase("right") || trimmed.equalsIgnoreCase("r")) {
            return Optional.of(RIGHT);
        }
        return Optional.empty();
    }
}
