package org.ambulo.emg;

import java.util.Locale;
import java.util.Objects;

import org.ambulo.model.Side;

/**
 * An analog channel that records a known muscle.
 *
 * @param label
 *            the analog label in the file
 * @param analogIndex
 *            0-based index among the file's analog channels
 * @param muscle
 *            the muscle
 * @param side
 *            its side
 * @param electrode
 *            surface (default) or fine-wire
 * @param basis
 *            how the muscle was assigned, for the record: "explicit map" or the recognised words of the label
 */
public record EmgChannel(String label, int analogIndex, Muscle muscle, Side side, ElectrodeType electrode, String basis) {

    public EmgChannel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(muscle, "muscle");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(electrode, "electrode");
        Objects.requireNonNull(basis, "basis");
        if (analogIndex < 0) {
            throw new IllegalArgumentException("analog index must not be negative: " + analogIndex);
        }
    }

    /** e.g. "left rectus femoris". */
    public String muscleOnSide() {
        return side.name().toLowerCase(Locale.ROOT) + " " + muscle.displayName();
    }
}
