package org.ambulo.coding;

import java.util.Locale;
import java.util.Objects;

import org.ambulo.model.Side;

/**
 * One EMG channel's muscle as recorded in the session, always with its side. Two entries are the same muscle when their
 * names match ignoring case and extra blanks and their sides match; left and right of one muscle are two muscles.
 */
public record EmgMuscle(String muscle, Side side) {

    public EmgMuscle {
        Objects.requireNonNull(side, "side of EMG muscle '" + muscle + "' (sides are never implied)");
        if (muscle == null || muscle.isBlank()) {
            throw new IllegalArgumentException("EMG muscle name is blank (side " + side + ")");
        }
        muscle = muscle.trim().replaceAll("\\s+", " ");
    }

    /** Identity used for counting: lower-case name plus side. */
    public String key() {
        return muscle.toLowerCase(Locale.ROOT) + "|" + side;
    }

    /** e.g. {@code left tibialis anterior}. */
    public String displayName() {
        return side.name().toLowerCase(Locale.ROOT) + " " + muscle;
    }
}
