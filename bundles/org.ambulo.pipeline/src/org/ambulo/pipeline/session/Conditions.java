package org.ambulo.pipeline.session;

import java.util.Objects;

/**
 * How the patient walked.
 *
 * @param footwear
 *            e.g. {@code barefoot} or {@code shod}
 * @param orthosis
 *            e.g. {@code none}, {@code bilateral AFO}
 * @param assistiveDevice
 *            e.g. {@code none}, {@code posterior walker}
 */
public record Conditions(String footwear, String orthosis, String assistiveDevice) {

    public Conditions {
        Objects.requireNonNull(footwear, "footwear");
        Objects.requireNonNull(orthosis, "orthosis");
        Objects.requireNonNull(assistiveDevice, "assistiveDevice");
    }

    /** One line, e.g. "barefoot, orthosis: none, assistive device: none". */
    public String describe() {
        return footwear + ", orthosis: " + orthosis + ", assistive device: " + assistiveDevice;
    }
}
