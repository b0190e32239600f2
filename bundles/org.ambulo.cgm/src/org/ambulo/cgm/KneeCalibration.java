package org.ambulo.cgm;

/** How the static trial defines the knee flexion axis, as the Nexus Plug-in Gait options name it. */
public enum KneeCalibration {
    /** Thigh and tibia wand markers (THI, TIB) define the knee and ankle axes; rotation offsets are subject inputs. */
    WAND,
    /** Knee alignment device (KAX, KD1, KD2) in the static trial: thigh and shank rotation offsets are calibrated. */
    KAD,
    /** KAD plus medial malleolus markers (MED): the tibial torsion is calibrated too. */
    KAD_MEDIAL
}
