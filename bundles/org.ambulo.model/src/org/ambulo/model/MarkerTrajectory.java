package org.ambulo.model;

import java.util.Objects;

/**
 * The path of one marker in the lab frame, one sample per point frame, in millimetres. A missing sample is NaN in all
 * three coordinates. Arrays are shared, not copied, for speed: treat them as read-only.
 *
 * @param label
 *            marker label as in the file, e.g. {@code LKNE}
 * @param xMm
 *            x coordinates in mm
 * @param yMm
 *            y coordinates in mm
 * @param zMm
 *            z coordinates in mm
 */
public record MarkerTrajectory(String label, double[] xMm, double[] yMm, double[] zMm) {

    public MarkerTrajectory {
        Objects.requireNonNull(label, "label");
        if (xMm.length != yMm.length || yMm.length != zMm.length) {
            throw new IllegalArgumentException(
                    "marker " + label + ": coordinate arrays differ in length (" + xMm.length + ", " + yMm.length + ", " + zMm.length
                            + ")");
        }
    }

    public int frameCount() {
        return xMm.length;
    }

    /** Whether frame {@code index} (0-based) has a sample. */
    public boolean isValid(int index) {
        return !Double.isNaN(xMm[index]) && !Double.isNaN(yMm[index]) && !Double.isNaN(zMm[index]);
    }
}
