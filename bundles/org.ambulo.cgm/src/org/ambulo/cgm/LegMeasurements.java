package org.ambulo.cgm;

import java.util.Objects;
import java.util.OptionalDouble;

import org.ambulo.model.Side;

/**
 * Subject measurements of one leg, with the Nexus names in brackets. Angles are in radians, as Nexus stores them.
 *
 * @param side
 *            the leg
 * @param legLengthMm
 *            ASIS to medial malleolus ({@code LegLength}), mm; required (> 0)
 * @param kneeWidthMm
 *            ({@code KneeWidth}) mm; required (> 0)
 * @param ankleWidthMm
 *            ({@code AnkleWidth}) mm; required (> 0)
 * @param asisTrochanterDistanceMm
 *            ({@code AsisTrocanterDistance}) mm; empty: regressed as 0.1288 × leg length − 48.56 (Davis 1991, Nexus)
 * @param tibialTorsionRad
 *            ({@code TibialTorsion}); 0 unless measured or calibrated (KAD-medial)
 * @param thighRotationRad
 *            thigh wand rotation offset ({@code ThighRotation}); 0 unless calibrated with a KAD
 * @param shankRotationRad
 *            tibia wand rotation offset ({@code ShankRotation}); 0 unless calibrated with a KAD
 * @param soleDeltaMm
 *            heel minus toe sole thickness for foot-flat ({@code SoleDelta}), mm; default 0
 * @param staticPlantarFlexionRad
 *            static plantar flexion offset from an earlier calibration ({@code StaticPlantFlex}); empty if not known
 * @param staticRotationOffsetRad
 *            static foot rotation offset from an earlier calibration ({@code StaticRotOff}); empty if not known
 * @param ankleAbAddRad
 *            ankle joint centre tilt from an earlier KAD-medial calibration ({@code AnkleAbAdd}); 0 otherwise
 */
public record LegMeasurements(Side side, double legLengthMm, double kneeWidthMm, double ankleWidthMm,
        OptionalDouble asisTrochanterDistanceMm,
        double tibialTorsionRad, double thighRotationRad, double shankRotationRad, double soleDeltaMm,
        OptionalDouble staticPlantarFlexionRad,
        OptionalDouble staticRotationOffsetRad, double ankleAbAddRad) {

    public LegMeasurements {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(asisTrochanterDistanceMm, "asisTrochanterDistanceMm");
        Objects.requireNonNull(staticPlantarFlexionRad, "staticPlantarFlexionRad");
        Objects.requireNonNull(staticRotationOffsetRad, "staticRotationOffsetRad");
    }

    /** Only the required measurements; everything else default. */
    public static LegMeasurements of(Side side, double legLengthMm, double kneeWidthMm, double ankleWidthMm) {
        return new LegMeasurements(side, legLengthMm, kneeWidthMm, ankleWidthMm, OptionalDouble.empty(), 0, 0, 0, 0, OptionalDouble.empty(),
                OptionalDouble.empty(), 0);
    }

    /** The ASIS–trochanter distance: measured, else the Davis regression 0.1288 × LegLength − 48.56 mm. */
    public double effectiveAsisTrochanterDistanceMm() {
        return asisTrochanterDistanceMm.orElse(0.1288 * legLengthMm - 48.56);
    }

    /** Labels of missing required measurements (e.g. {@code LKneeWidth}), empty when complete. */
    public java.util.List<String> missing() {
        java.util.List<String> out = new java.util.ArrayList<>();
        String p = String.valueOf(side.labelPrefix());
        if (!(legLengthMm > 0)) {
            out.add(p + "LegLength");
        }
        if (!(kneeWidthMm > 0)) {
            out.add(p + "KneeWidth");
        }
        if (!(ankleWidthMm > 0)) {
            out.add(p + "AnkleWidth");
        }
        return out;
    }
}
