package org.ambulo.forceplate;

/**
 * How plate contacts are found and judged.
 *
 * @param contactThresholdN
 *            vertical force (N) above which a plate is loaded; a contact starts and ends where the force crosses it.
 *            Default 20 N, the upper end of the 5–20 N range in domain.md (BTK uses 10 N, pyCGM2 25 N between plates):
 *            high enough that amplifier drift does not open contacts, low enough to time strikes within a frame.
 * @param minContactSeconds
 *            loaded periods shorter than this are noise or a brush of the swing foot and are dropped. Default 0.1 s: a
 *            walking stance lasts 0.4 s and more, a running stance about 0.2 s.
 * @param validityThresholdN
 *            while the vertical force exceeds this (N), the foot's heel and toe markers must be inside the plate. Default
 *            50 N, pyCGM2's threshold for its same check.
 * @param edgeToleranceMm
 *            how far outside the plate edges the heel and toe markers may be and the foot still count as on the plate,
 *            in mm; symmetrically, a marker counts as on a neighbouring plate only when this far inside it. Default 15 mm:
 *            the heel marker sits behind the heel's contact point, the toe marker over the metatarsal heads behind the
 *            toes; Nexus accepts strikes with the marker up to 13.5 mm past the edge in the OpenMA PiG trials.
 * @param groundClearanceMm
 *            a heel or toe marker within this height (mm) above its lowest height in the trial, and slow (see
 *            {@code groundSpeedMmPerSecond}), counts as on the ground: this tells a foot standing on a plate from one
 *            swinging over it. Default 20 mm: swing clearance of the
 *            toe is about 15–20 mm at its lowest.
 * @param groundSpeedMmPerSecond
 *            a heel or toe marker moving slower than this (mm/s, in the plate plane) counts as on the ground; in terminal
 *            swing the heel passes low over a plate at more than 1000 mm/s. Default 300 mm/s, well above the drift of a
 *            loaded heel or toe (Ghoussayni 2004 times contacts with 50 mm/s).
 */
public record ContactSettings(double contactThresholdN, double minContactSeconds, double validityThresholdN, double edgeToleranceMm,
        double groundClearanceMm, double groundSpeedMmPerSecond) {

    public ContactSettings {
        check("contactThresholdN", contactThresholdN);
        check("minContactSeconds", minContactSeconds);
        check("validityThresholdN", validityThresholdN);
        check("edgeToleranceMm", edgeToleranceMm);
        check("groundClearanceMm", groundClearanceMm);
        check("groundSpeedMmPerSecond", groundSpeedMmPerSecond);
    }

    private static void check(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
        }
    }

    public static ContactSettings defaults() {
        return new ContactSettings(20.0, 0.1, 50.0, 15.0, 20.0, 300.0);
    }
}
