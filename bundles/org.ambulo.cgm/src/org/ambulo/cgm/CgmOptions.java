package org.ambulo.cgm;

import java.util.Objects;

import org.ambulo.model.Side;

/**
 * Options of the model, as Nexus Plug-in Gait offers them.
 *
 * @param markerDiameterMm
 *            marker diameter in mm; default 14 mm (the Nexus default and the usual 14 mm markers)
 * @param leftFootFlat
 *            the left foot was flat on the floor in the static trial: the heel marker is taken at the toe marker's
 *            height (plus the sole delta) for the static foot offsets; default off (Nexus default)
 * @param rightFootFlat
 *            as {@code leftFootFlat}, right foot
 * @param kneeCalibration
 *            wand, KAD or KAD with medial malleoli; default {@link KneeCalibration#WAND}
 */
public record CgmOptions(double markerDiameterMm, boolean leftFootFlat, boolean rightFootFlat, KneeCalibration kneeCalibration) {

    /** Nexus default marker diameter, mm. */
    public static final double DEFAULT_MARKER_DIAMETER_MM = 14.0;

    public CgmOptions {
        Objects.requireNonNull(kneeCalibration, "kneeCalibration");
        if (!(markerDiameterMm >= 0 && markerDiameterMm < 100)) {
            throw new IllegalArgumentException("marker diameter must be between 0 and 100 mm, was " + markerDiameterMm);
        }
    }

    public static CgmOptions defaults() {
        return new CgmOptions(DEFAULT_MARKER_DIAMETER_MM, false, false, KneeCalibration.WAND);
    }

    public boolean footFlat(Side side) {
        return side == Side.LEFT ? leftFootFlat : rightFootFlat;
    }

    public CgmOptions withFootFlat(boolean left, boolean right) {
        return new CgmOptions(markerDiameterMm, left, right, kneeCalibration);
    }

    public CgmOptions withMarkerDiameterMm(double diameterMm) {
        return new CgmOptions(diameterMm, leftFootFlat, rightFootFlat, kneeCalibration);
    }

    public CgmOptions withKneeCalibration(KneeCalibration calibration) {
        return new CgmOptions(markerDiameterMm, leftFootFlat, rightFootFlat, calibration);
    }
}
