package org.ambulo.c3d;

import java.util.Objects;

/**
 * An event of the header's fixed table (at most 18, 4-character labels).
 *
 * @param label up to 4 characters, trailing blanks removed
 * @param timeSeconds time as stored in the header
 * @param displayFlag the stored display byte (0 or 1 in practice)
 */
public record HeaderEvent(String label, float timeSeconds, int displayFlag) {
    public HeaderEvent {
        Objects.requireNonNull(label, "label");
    }
}
