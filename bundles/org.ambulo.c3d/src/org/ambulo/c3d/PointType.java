package org.ambulo.c3d;

/**
 * What a 3D "point" holds. Vicon stores model outputs as pseudo-markers and lists them in
 * POINT:ANGLES, FORCES, MOMENTS, POWERS, SCALARS and REACTIONS, each with its own units parameter.
 */
public enum PointType {
    MARKER("POINT", "UNITS"),
    ANGLE("ANGLES", "ANGLE_UNITS"),
    FORCE("FORCES", "FORCE_UNITS"),
    MOMENT("MOMENTS", "MOMENT_UNITS"),
    POWER("POWERS", "POWER_UNITS"),
    SCALAR("SCALARS", "SCALAR_UNITS"),
    REACTION("REACTIONS", "REACTION_UNITS");

    private final String listParameter;
    private final String unitsParameter;

    PointType(String listParameter, String unitsParameter) {
        this.listParameter = listParameter;
        this.unitsParameter = unitsParameter;
    }

    /** POINT parameter listing the labels of this type (MARKER: none, they are the rest). */
    public String listParameter() {
        return listParameter;
    }

    /** POINT parameter holding the units of this type. */
    public String unitsParameter() {
        return unitsParameter;
    }

    public boolean isModelOutput() {
        return this != MARKER;
    }
}
