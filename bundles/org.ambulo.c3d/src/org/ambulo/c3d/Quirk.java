package org.ambulo.c3d;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One deviation from the C3D specification that the reader tolerated.
 *
 * @param code short stable identifier (e.g. {@code FRAMES_STORED_AS_FLOAT}) for filtering and tests
 * @param vendor writer of the file as far as known (MANUFACTURER group or inferred), or "unknown"
 * @param problem what was odd in the file
 * @param action what the reader did about it
 * @param byteOffset where in the file, if it points to one place
 */
public record Quirk(String code, String vendor, String problem, String action, OptionalLong byteOffset) {

    public Quirk {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(byteOffset, "byteOffset");
    }

    @Override
    public String toString() {
        String where = byteOffset.isPresent() ? " @ byte " + byteOffset.getAsLong() : "";
        return "[" + code + "] " + vendor + where + ": " + problem + " -> " + action;
    }
}
