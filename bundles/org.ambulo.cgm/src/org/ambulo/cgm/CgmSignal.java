package org.ambulo.cgm;

import java.util.Objects;

import org.ambulo.model.Side;

/**
 * One model output over a trial, under its Nexus name (e.g. {@code LHipAngles}), one sample per point frame; NaN
 * where it cannot be computed (missing markers, no valid force-plate contact). Arrays are shared: treat as read-only.
 *
 * @param name
 *            Nexus output name
 * @param side
 *            the side it belongs to
 * @param quantity
 *            what it measures and its unit
 * @param x
 *            first component (angles: sagittal; moments: about the segment's x axis; positions: lab x)
 * @param y
 *            second component (angles: frontal)
 * @param z
 *            third component (angles: transverse)
 */
public record CgmSignal(String name, Side side, CgmQuantity quantity, double[] x, double[] y, double[] z) {

    public CgmSignal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        if (x.length != y.length || y.length != z.length) {
            throw new IllegalArgumentException(name + ": component arrays differ in length");
        }
    }

    public int frameCount() {
        return x.length;
    }

    public String unit() {
        return quantity.unit();
    }

    /** From interleaved x, y, z samples. */
    public static CgmSignal ofInterleaved(String name, Side side, CgmQuantity quantity, double[] xyz) {
        int n = xyz.length / 3;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int f = 0; f < n; f++) {
            x[f] = xyz[3 * f];
            y[f] = xyz[3 * f + 1];
            z[f] = xyz[3 * f + 2];
        }
        return new CgmSignal(name, side, quantity, x, y, z);
    }
}
