package org.ambulo.emg;

import java.util.Objects;

/**
 * An EMG-like analog channel (label or description says EMG, or names a muscle) that could not be assigned a muscle
 * and side: it is reported, never guessed, and not processed into an envelope.
 *
 * @param label
 *            the analog label
 * @param analogIndex
 *            0-based analog index
 * @param reason
 *            why, in words, e.g. "no muscle name in the label; add it to the channel map"
 */
public record UnmappedChannel(String label, int analogIndex, String reason) {

    public UnmappedChannel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
    }
}
