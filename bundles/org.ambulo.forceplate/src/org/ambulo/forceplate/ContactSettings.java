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
 *            how far outside the plate edges the foot's contact points (heel contact point, see
 *            {@code heelContactOffsetMm}, and toe marker) may be and the foot still count as on the plate, in mm: the
 *            same on every edge, for heel and toe, left and right foot; symmetrically, a heel or toe marker counts as on a
 *            neighbouring plate only when this far inside it. Default 15 mm, a quarter of the heel pad's length: with
 *            the load centre that far past the edge most of the load is still on the plate; the OpenMA PiG trials Nexus
 *            used have their contact points up to 4 mm past the edge (toe markers up to 13.5 mm).
 * @param heelContactOffsetMm
 *            where the heel loads the plate, relative to the heel marker: the foot–plate check (validity threshold above)
 *            moves the heel marker, projected on the plate, this far forward along the foot (towards the toe marker) and
 *            tests that point instead of the marker itself. Default 30 mm: the marker's centre sits a marker radius plus
 *            its base (about 10 mm) behind the skin of the posterior calcaneus, and the heel pad carries its load from
 *            about 20 mm in front of the posterior skin (under the calcaneal tuberosity). The toe marker sits on the
 *            second metatarsal head, over the forefoot's load, and is tested where it is. With it the right strike of
 *            PiGKad_Motion (heel marker 24 mm past plate 1's edge, contact point 4 mm past) counts as on the plate, as
 *            Nexus used it; that of PiG_Motion-FlatFoot-Full (marker 49 mm past plate 1's edge in mid-stance, contact
 *            point 22 mm) does not: its stored right Foot Strike (2.540 s) comes 11 ms before plate 1 carries any load,
 *            so the heel first landed on the floor behind the plate (Nexus used the strike nevertheless).
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
        double heelContactOffsetMm, double groundClearanceMm, double groundSpeedMmPerSecond) {

    /** Default heel contact offset, mm (see {@code heelContactOffsetMm}). */
    public static final double DEFAULT_HEEL_CONTACT_OFFSET_MM = 30.0;

    /** With the default heel contact offset (30 mm). */
    public ContactSettings(double contactThresholdN, double minContactSeconds, double validityThresholdN, double edgeToleranceMm,
            double groundClearanceMm, double groundSpeedMmPerSecond) {
        this(contactThresholdN, minContactSeconds, validityThresholdN, edgeToleranceMm, DEFAULT_HEEL_CONTACT_OFFSET_MM, groundClearanceMm,
                groundSpeedMmPerSecond);
    }

    public ContactSettings {
        check("contactThresholdN", contactThresholdN);
        check("minContactSeconds", minContactSeconds);
        check("validityThresholdN", validityThresholdN);
        check("edgeToleranceMm", edgeToleranceMm);
        check("heelContactOffsetMm", heelContactOffsetMm);
        check("groundClearanceMm", groundClearanceMm);
        check("groundSpeedMmPerSecond", groundSpeedMmPerSecond);
    }

    private static void check(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
        }
    }

    public static ContactSettings defaults() {
        return new ContactSettings(20.0, 0.1, 50.0, 15.0, DEFAULT_HEEL_CONTACT_OFFSET_MM, 20.0, 300.0);
    }
}
