package org.ambulo.cycles;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The spatiotemporal parameters, with the names and units that labs script against. Definitions follow Vicon Nexus'
 * "Generate Gait Cycle Parameters" (checked against the Nexus ANALYSIS values stored in the shared C3D files); per cycle
 * of one side, with strike S, opposite foot off OFO, opposite strike OFC, foot off FO and next strike E.
 */
public enum SpatiotemporalParameter {
    /** Steps per minute, 2 x 60 / stride time (what Nexus stores per side); "both" is the mean of left and right. */
    CADENCE("cadence", "steps/min", "Cadence", true),
    /** Stride length / stride time. */
    WALKING_SPEED("walking_speed", "m/s", "Walking speed", true),
    /** E - S. */
    STRIDE_TIME("stride_time", "s", "Stride time", true),
    /** E - OFC: from the other foot's strike to this foot's next strike. */
    STEP_TIME("step_time", "s", "Step time", true),
    /** Distance of the foot marker between S and E. */
    STRIDE_LENGTH("stride_length", "m", "Stride length", true),
    /** Foot marker at E minus the other foot marker at OFC, along the stride. */
    STEP_LENGTH("step_length", "m", "Step length", true),
    /** Heel of the other foot at OFC, sideways from the line of this heel from S to E; negative when the feet cross. */
    STEP_WIDTH("step_width", "m", "Step width", true),
    /** (FO - S) / stride time. */
    STANCE_PCT("stance_pct", "%", "Stance", true),
    /** (E - FO) / stride time. */
    SWING_PCT("swing_pct", "%", "Swing", true),
    /** (OFC - OFO) / stride time: the other foot swings. */
    SINGLE_SUPPORT_PCT("single_support_pct", "%", "Single support", true),
    /** ((OFO - S) + (FO - OFC)) / stride time. */
    DOUBLE_SUPPORT_PCT("double_support_pct", "%", "Double support", true),
    /** (FO - S) / stride time, the foot off event as Nexus reports it. */
    FOOT_OFF_PCT("foot_off_pct", "%", "Foot off", true),
    /** (OFO - S) / stride time. */
    OPPOSITE_FOOT_OFF_PCT("opposite_foot_off_pct", "%", "Opposite foot off", true),
    /** (OFC - S) / stride time. */
    OPPOSITE_FOOT_CONTACT_PCT("opposite_foot_contact_pct", "%", "Opposite foot contact", true),
    /** FO - S. */
    STANCE_TIME("stance_time", "s", "Stance time", false),
    /** E - FO. */
    SWING_TIME("swing_time", "s", "Swing time", false),
    /** OFC - OFO. */
    SINGLE_SUPPORT_TIME("single_support_time", "s", "Single support time", false),
    /** (OFO - S) + (FO - OFC). */
    DOUBLE_SUPPORT_TIME("double_support_time", "s", "Double support time", false),
    /**
     * Stance time of this foot divided by the stance time of the other foot, which in the same cycle is the stride time
     * minus its swing (OFC - OFO); 1 for symmetric gait, above 1 on the side the patient favours.
     */
    LIMP_INDEX("limp_index", "1", "Limp index", false),
    /** Walking speed / sqrt(g x leg length), g = 9.81 m/s^2 (Hof 1996; Schwartz 2008 speed groups). */
    DIMENSIONLESS_SPEED("dimensionless_speed", "1", "Dimensionless speed", false);

    private final String id;
    private final String unit;
    private final String label;
    private final boolean stable;

    SpatiotemporalParameter(String id, String unit, String label, boolean stable) {
        this.id = id;
        this.unit = unit;
        this.label = label;
        this.stable = stable;
    }

    /** The name in the CSV output, e.g. {@code cadence}. */
    public String id() {
        return id;
    }

    /** {@code steps/min}, {@code m/s}, {@code s}, {@code m}, {@code %}, or {@code 1} for ratios. */
    public String unit() {
        return unit;
    }

    /** Words for tables, e.g. {@code Walking speed}. */
    public String label() {
        return label;
    }

    /** Whether the parameter belongs to the stable CSV interface of {@code ambulo stp --csv}. */
    public boolean isStable() {
        return stable;
    }

    /** The parameters of the stable CSV interface, in output order. */
    public static List<SpatiotemporalParameter> stableParameters() {
        return Arrays.stream(values()).filter(SpatiotemporalParameter::isStable).toList();
    }

    public static Optional<SpatiotemporalParameter> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
