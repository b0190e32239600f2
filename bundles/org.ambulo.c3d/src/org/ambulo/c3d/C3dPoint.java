package org.ambulo.c3d;

import java.util.Objects;

/**
 * Description of one 3D point channel (marker or model output).
 *
 * @param label POINT:LABELS entry (LABELS2... beyond 255)
 * @param description POINT:DESCRIPTIONS entry, may be empty
 * @param units units of the coordinates as declared for its type (e.g. "mm", "deg", "Nmm")
 * @param type marker or model-output kind
 */
public record C3dPoint(String label, String description, String units, PointType type) {
    public C3dPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(type, "type");
    }

    public static C3dPoint marker(String label, String units) {
        return new C3dPoint(label, "", units, PointType.MARKER);
    }
}
