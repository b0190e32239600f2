package org.ambulo.cgm;

/**
 * Settings of the CGM processors.
 *
 * @param markerDiameterMm
 *            marker diameter, mm; default 14 (Nexus default); a {@code MarkerDiameter} stored in the trial's
 *            {@code PROCESSING} group is not used unless this is 0
 * @param leftFootFlat
 *            foot-flat option for the static calibration of the left foot; default false (Nexus default)
 * @param rightFootFlat
 *            as {@code leftFootFlat}, right foot
 * @param detectKneeDevice
 *            choose wand, KAD or KAD-medial from the static trial's markers (KAX, MED); default true. When false, wand.
 */
public record CgmSettings(double markerDiameterMm, boolean leftFootFlat, boolean rightFootFlat, boolean detectKneeDevice) {

    public CgmSettings {
        if (!(markerDiameterMm >= 0 && markerDiameterMm < 100)) {
            throw new IllegalArgumentException("marker diameter must be between 0 and 100 mm (0: from the trial), was " + markerDiameterMm);
        }
    }

    public static CgmSettings defaults() {
        return new CgmSettings(CgmOptions.DEFAULT_MARKER_DIAMETER_MM, false, false, true);
    }
}
