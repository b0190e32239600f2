package org.ambulo.c3d;

import java.util.Objects;

/**
 * One analog channel. Physical value = (raw - offset) * scale * ANALOG:GEN_SCALE.
 *
 * @param label ANALOG:LABELS entry (LABELS2... beyond 255)
 * @param description ANALOG:DESCRIPTIONS entry
 * @param units ANALOG:UNITS entry (e.g. "V", "N", "Nmm"), may be empty
 * @param scale ANALOG:SCALE entry
 * @param offset ANALOG:OFFSET entry (read unsigned when ANALOG:FORMAT is UNSIGNED)
 */
public record AnalogChannel(String label, String description, String units, float scale, float offset) {
    public AnalogChannel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(units, "units");
    }

    /** A channel whose stored values are already physical (scale 1, offset 0). */
    public static AnalogChannel physical(String label, String units) {
        return new AnalogChannel(label, "", units, 1f, 0f);
    }
}
