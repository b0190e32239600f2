package org.ambulo.cgm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.ambulo.model.Side;

/**
 * The result of the static calibration (or of subject parameters a previous calibration stored): what the dynamic
 * model needs, with the Nexus names in {@link #nexusParameters()}.
 *
 * @param trial
 *            the static trial (or the parameter source) it came from
 * @param subject
 *            the measurements used
 * @param options
 *            the model options used
 * @param interAsisDistanceMm
 *            ({@code InterAsisDistance}) entered, or measured as the mean LASI–RASI distance of the static trial
 * @param meanLegLengthMm
 *            ({@code MeanLegLength})
 * @param left
 *            left leg
 * @param right
 *            right leg
 */
public record StaticCalibration(String trial, SubjectMeasurements subject, CgmOptions options, double interAsisDistanceMm,
        double meanLegLengthMm, SideCalibration left, SideCalibration right) {

    public StaticCalibration {
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(options, "options");
        if (left.side() != Side.LEFT || right.side() != Side.RIGHT) {
            throw new IllegalArgumentException("left and right calibrations are swapped");
        }
    }

    public SideCalibration side(Side side) {
        return side == Side.LEFT ? left : right;
    }

    /**
     * The calibrated values under their Nexus subject-parameter names ({@code InterAsisDistance},
     * {@code LAsisTrocanterDistance}, {@code LStaticPlantFlex}, ...), in mm and radians as Nexus stores them in the
     * C3D {@code PROCESSING} group.
     */
    public Map<String, Double> nexusParameters() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("Bodymass", subject.bodyMassKg());
        out.put("Height", subject.heightMm());
        out.put("InterAsisDistance", interAsisDistanceMm);
        out.put("MeanLegLength", meanLegLengthMm);
        for (SideCalibration c : new SideCalibration[]{left, right}) {
            String p = String.valueOf(c.side().labelPrefix());
            out.put(p + "LegLength", c.legLengthMm());
            out.put(p + "AsisTrocanterDistance", c.asisTrochanterDistanceMm());
            out.put(p + "KneeWidth", c.kneeWidthMm());
            out.put(p + "AnkleWidth", c.ankleWidthMm());
            out.put(p + "TibialTorsion", c.tibialTorsionRad());
            out.put(p + "SoleDelta", c.soleDeltaMm());
            out.put(p + "ThighRotation", c.thighRotationRad());
            out.put(p + "ShankRotation", c.shankRotationRad());
            out.put(p + "StaticPlantFlex", c.staticPlantarFlexionRad());
            out.put(p + "StaticRotOff", c.staticRotationOffsetRad());
            out.put(p + "AnkleAbAdd", c.ankleAbAddRad());
        }
        return out;
    }
}
