package org.ambulo.report;

/** Anatomical plane of a kinematic or kinetic variable (columns of the kinematics grid). */
public enum Plane {
    SAGITTAL("Sagittal"),
    FRONTAL("Frontal"),
    TRANSVERSE("Transverse"),
    NONE("");

    private final String label;

    Plane(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
