package org.ambulo.cgm;

import java.util.Objects;

import org.ambulo.model.Side;

/**
 * Calibrated values of one leg, as Nexus reports them in the subject parameters (names in brackets, with the side
 * prefix L or R). Angles in radians as Nexus stores them.
 *
 * @param side
 *            the leg
 * @param legLengthMm
 *            ({@code LegLength})
 * @param kneeWidthMm
 *            ({@code KneeWidth})
 * @param ankleWidthMm
 *            ({@code AnkleWidth})
 * @param asisTrochanterDistanceMm
 *            ({@code AsisTrocanterDistance}) measured or regressed
 * @param thighRotationRad
 *            ({@code ThighRotation}) thigh wand offset: entered, or calibrated with a KAD
 * @param shankRotationRad
 *            ({@code ShankRotation}) tibia wand offset: entered, or calibrated with a KAD
 * @param tibialTorsionRad
 *            ({@code TibialTorsion}) entered, or calibrated from the medial malleolus (KAD-medial)
 * @param staticPlantarFlexionRad
 *            ({@code StaticPlantFlex}) foot offset about the ankle flexion axis from the static trial
 * @param staticRotationOffsetRad
 *            ({@code StaticRotOff}) foot offset about the foot's vertical axis from the static trial
 * @param soleDeltaMm
 *            ({@code SoleDelta})
 * @param ankleAbAddRad
 *            ({@code AnkleAbAdd}) tilt of the ankle joint centre out of the plane perpendicular to the tibia, from the
 *            medial malleolus (KAD-medial); 0 otherwise
 */
public record SideCalibration(Side side, double legLengthMm, double kneeWidthMm, double ankleWidthMm, double asisTrochanterDistanceMm,
        double thighRotationRad, double shankRotationRad, double tibialTorsionRad, double staticPlantarFlexionRad,
        double staticRotationOffsetRad,
        double soleDeltaMm, double ankleAbAddRad) {

    public SideCalibration {
        Objects.requireNonNull(side, "side");
    }
}
