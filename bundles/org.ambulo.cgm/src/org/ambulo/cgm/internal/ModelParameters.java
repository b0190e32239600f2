package org.ambulo.cgm.internal;

import org.ambulo.cgm.SideCalibration;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.model.Side;

/** The numbers the reconstruction needs, flattened from a {@link StaticCalibration} for the per-frame loops. */
record ModelParameters(double markerRadiusMm, double interAsisDistanceMm, double meanLegLengthMm, Leg left, Leg right) {

    /** One leg; angles in radians. */
    record Leg(Side side, double asisTrochanterDistanceMm, double kneeWidthMm, double ankleWidthMm, double thighRotationRad,
            double shankRotationRad, double tibialTorsionRad, double staticPlantarFlexionRad, double staticRotationOffsetRad,
            double soleDeltaMm, double ankleAbAddRad) {

        /** +1 left, -1 right: lateral is +y of the CGM segment frames on the left, -y on the right. */
        double lateralSign() {
            return side == Side.LEFT ? 1 : -1;
        }
    }

    Leg leg(Side side) {
        return side == Side.LEFT ? left : right;
    }

    static ModelParameters of(StaticCalibration calibration) {
        return new ModelParameters(calibration.options().markerDiameterMm() / 2, calibration.interAsisDistanceMm(),
                calibration.meanLegLengthMm(), leg(calibration, Side.LEFT), leg(calibration, Side.RIGHT));
    }

    private static Leg leg(StaticCalibration calibration, Side side) {
        SideCalibration c = calibration.side(side);
        return new Leg(side, c.asisTrochanterDistanceMm(), c.kneeWidthMm(), c.ankleWidthMm(), c.thighRotationRad(), c.shankRotationRad(),
                c.tibialTorsionRad(), c.staticPlantarFlexionRad(), c.staticRotationOffsetRad(), c.soleDeltaMm(), c.ankleAbAddRad());
    }
}
