package org.ambulo.norms;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The cycle-normalised variables norms are given for. Ids are stable, lower case and part of the norm file format and
 * of the {@code ambulo indices} CSV. Signs and axes follow Plug-in Gait / Nexus outputs ({@code <Side><label>} point,
 * component {@code axis}: 0 = X, 1 = Y, 2 = Z), so left and right use the same convention. Kinetic units are mass
 * normalised as Nexus writes them: moments in N·mm/kg, powers in W/kg.
 */
public enum GaitVariable {
    PELVIC_TILT("pelvic_tilt", "PelvisAngles", 0, "deg", true),
    PELVIC_OBLIQUITY("pelvic_obliquity", "PelvisAngles", 1, "deg", true),
    PELVIC_ROTATION("pelvic_rotation", "PelvisAngles", 2, "deg", true),
    /** Flexion positive. */
    HIP_FLEXION("hip_flexion", "HipAngles", 0, "deg", true),
    /** PiG Y: adduction positive (the id keeps the GPS name used by Baker 2009). */
    HIP_ABDUCTION("hip_abduction", "HipAngles", 1, "deg", true),
    HIP_ROTATION("hip_rotation", "HipAngles", 2, "deg", true),
    KNEE_FLEXION("knee_flexion", "KneeAngles", 0, "deg", true),
    KNEE_VARUS("knee_varus", "KneeAngles", 1, "deg", false),
    KNEE_ROTATION("knee_rotation", "KneeAngles", 2, "deg", false),
    ANKLE_DORSIFLEXION("ankle_dorsiflexion", "AnkleAngles", 0, "deg", true),
    FOOT_PROGRESSION("foot_progression", "FootProgressAngles", 2, "deg", true),
    HIP_EXTENSOR_MOMENT("hip_extensor_moment", "HipMoment", 0, "N.mm/kg", false),
    HIP_ABDUCTOR_MOMENT("hip_abductor_moment", "HipMoment", 1, "N.mm/kg", false),
    KNEE_EXTENSOR_MOMENT("knee_extensor_moment", "KneeMoment", 0, "N.mm/kg", false),
    KNEE_ABDUCTOR_MOMENT("knee_abductor_moment", "KneeMoment", 1, "N.mm/kg", false),
    ANKLE_PLANTARFLEXOR_MOMENT("ankle_plantarflexor_moment", "AnkleMoment", 0, "N.mm/kg", false),
    HIP_POWER("hip_power", "HipPower", 2, "W/kg", false),
    KNEE_POWER("knee_power", "KneePower", 2, "W/kg", false),
    ANKLE_POWER("ankle_power", "AnklePower", 2, "W/kg", false);

    private final String id;
    private final String viconLabel;
    private final int axis;
    private final String unit;
    private final boolean gpsVariable;

    GaitVariable(String id, String viconLabel, int axis, String unit, boolean gpsVariable) {
        this.id = id;
        this.viconLabel = viconLabel;
        this.axis = axis;
        this.unit = unit;
        this.gpsVariable = gpsVariable;
    }

    public String id() {
        return id;
    }

    /** The Plug-in Gait output name without side prefix, e.g. {@code HipAngles}. */
    public String viconLabel() {
        return viconLabel;
    }

    /** Component of the Vicon output: 0 = X, 1 = Y, 2 = Z. */
    public int axis() {
        return axis;
    }

    public String unit() {
        return unit;
    }

    /** The nine kinematic variables of the GPS (Baker 2009) and of the GDI gait vector (Schwartz & Rozumalski 2008), in their order. */
    public static List<GaitVariable> gpsVariables() {
        return Arrays.stream(values()).filter(v -> v.gpsVariable).toList();
    }

    public boolean isPelvic() {
        return viconLabel.equals("PelvisAngles");
    }

    public static Optional<GaitVariable> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }

    /** The variable of a Vicon output name and axis, e.g. ("KneeAngles", 0). */
    public static Optional<GaitVariable> fromVicon(String label, int axis) {
        return Arrays.stream(values()).filter(v -> v.viconLabel.equals(label) && v.axis == axis).findFirst();
    }
}
