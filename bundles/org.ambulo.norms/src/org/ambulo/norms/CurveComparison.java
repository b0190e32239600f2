package org.ambulo.norms;

import java.util.List;
import java.util.Objects;

/**
 * One patient curve (one cycle or a side's mean) against a norm curve, at 0, 1, ..., 100 %.
 *
 * @param z
 *            101 z-scores (patient − norm mean) / norm SD; NaN where the patient has no data or the norm SD is 0
 * @param pctOutside1Sd
 *            share of the valid points outside mean ± 1 SD, in % (0 to 100)
 * @param pctOutside2Sd
 *            share outside mean ± 2 SD, in %
 * @param validPoints
 *            number of points the shares are computed over
 * @param features
 *            the maximum and minimum with their z-scores and timing
 */
public record CurveComparison(GaitVariable variable, double[] z, double pctOutside1Sd, double pctOutside2Sd, int validPoints,
        List<CurveFeature> features) {

    public CurveComparison {
        Objects.requireNonNull(variable, "variable");
        features = List.copyOf(features);
    }
}
