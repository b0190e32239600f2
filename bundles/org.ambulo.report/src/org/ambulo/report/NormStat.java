package org.ambulo.report;

/** Normative mean and standard deviation of one scalar (same unit as the value it is compared with). */
public record NormStat(double mean, double sd) {
    public NormStat {
        if (!Double.isFinite(mean) || !Double.isFinite(sd) || sd <= 0) {
            throw new IllegalArgumentException("report model: norm needs a finite mean and sd > 0, got " + mean + " / " + sd);
        }
    }

    /** Standard score of {@code value}: (value - mean) / sd. */
    public double zScore(double value) {
        return (value - mean) / sd;
    }
}
