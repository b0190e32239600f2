package org.ambulo.norms;

import java.util.OptionalDouble;

/**
 * A patient's spatiotemporal value against a norm.
 *
 * @param z
 *            (value − mean) / SD, when the norm has a mean and SD
 * @param position
 *            against the norm's range, or against mean ± 2 SD when it gives no range
 */
public record SpatiotemporalComparison(SpatiotemporalNorm norm, double value, OptionalDouble z, Position position) {

    public enum Position {
        BELOW,
        WITHIN,
        ABOVE
    }
}
