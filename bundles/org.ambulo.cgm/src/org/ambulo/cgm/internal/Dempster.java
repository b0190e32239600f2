package org.ambulo.cgm.internal;

/**
 * Body segment parameters of the CGM lower limb (Dempster 1955 as tabulated by Winter): mass as a fraction of body
 * mass, centre of mass as a fraction of the segment length from the distal end point (femur 0.567 from the KJC, i.e.
 * 0.433 from the HJC), radius of gyration as a fraction of the length. Segment lengths: femur HJC–KJC, tibia KJC–AJC,
 * foot the trial's mean heel-to-toe marker distance less a marker radius, from the AJC along the foot axis (KineticFoot).
 * <p>
 * The radius of gyration is Dempster's about the proximal joint (thigh 0.540, leg 0.528, foot 0.690), used as if about
 * the centre of mass for the two transverse axes, no inertia about the long axis: this reproduces the Nexus Plug-in
 * Gait moments (PiG_Motion-FlatFoot-One: hip sagittal RMS 38 → 6 N·mm/kg against the radii about the centre of mass,
 * 0.323/0.302/0.475).
 */
enum Dempster {
    FEMUR(0.100, 0.567, 0.540),
    TIBIA(0.0465, 0.567, 0.528),
    FOOT(0.0145, 0.5, 0.690);

    final double massFraction;
    final double comFromDistal;
    final double gyrationFraction;

    Dempster(double massFraction, double comFromDistal, double gyrationFraction) {
        this.massFraction = massFraction;
        this.comFromDistal = comFromDistal;
        this.gyrationFraction = gyrationFraction;
    }
}
