package org.ambulo.cgm;

/**
 * The axes joint moments and forces are expressed in.
 */
public enum MomentFrame {
    /** The distal segment's axes (foot for the ankle, tibia for the knee, femur for the hip): Plug-in Gait's default. */
    DISTAL,
    /** The proximal segment's axes (tibia for the ankle, femur for the knee, pelvis for the hip). */
    PROXIMAL,
    /** The lab axes. */
    GLOBAL,
    /**
     * The joint coordinate system (Grood and Suntay 1983): flexion axis of the proximal segment (its y), long axis of
     * the distal segment (its z), and the floating axis perpendicular to both; the moment is projected on each.
     */
    JCS
}
