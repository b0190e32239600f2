package org.ambulo.report;

import java.util.List;
import java.util.Optional;

/** Small numeric helpers over cycle curves. */
final class Curves {
    private Curves() {
    }

    static Optional<double[]> mean(List<CycleCurve> cycles) {
        if (cycles.isEmpty()) {
            return Optional.empty();
        }
        double[] sum = new double[cycles.get(0).sampleCount()];
        for (CycleCurve c : cycles) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += c.value(i);
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= cycles.size();
        }
        return Optional.of(sum);
    }
}
