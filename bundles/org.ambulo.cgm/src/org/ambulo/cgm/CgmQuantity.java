package org.ambulo.cgm;

import org.ambulo.c3d.PointType;

/** What a model output measures, with its unit as Nexus exports it and the C3D point type it is written as. */
public enum CgmQuantity {
    /** Joint and segment angles, degrees. */
    ANGLE("deg", PointType.ANGLE),
    /** Joint centres, mm in the lab frame. */
    POSITION("mm", PointType.MARKER),
    /** Joint forces and ground reaction force normalised by body mass, N/kg. */
    FORCE("N/kg", PointType.FORCE),
    /** Ground reaction force as a percentage of body weight ({@code NormalisedGRF}). */
    NORMALISED_FORCE("%BW", PointType.FORCE),
    /** Joint moments normalised by body mass, N·mm/kg. */
    MOMENT("Nmm/kg", PointType.MOMENT),
    /** Joint powers normalised by body mass, W/kg. */
    POWER("W/kg", PointType.POWER);

    private final String unit;
    private final PointType pointType;

    CgmQuantity(String unit, PointType pointType) {
        this.unit = unit;
        this.pointType = pointType;
    }

    public String unit() {
        return unit;
    }

    public PointType pointType() {
        return pointType;
    }
}
