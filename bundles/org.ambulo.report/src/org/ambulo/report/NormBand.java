package org.ambulo.report;

/** Normative band over the cycle: mean and lower/upper edge (mean -/+ 1 SD unless the source says otherwise). */
public record NormBand(String source, double[] mean, double[] lower, double[] upper) {
    public NormBand {
        Texts.require(source, "norm band source");
        mean = Texts.curve(mean, "norm mean");
        lower = Texts.curve(lower, "norm lower");
        upper = Texts.curve(upper, "norm upper");
        if (lower.length != mean.length || upper.length != mean.length) {
            throw new IllegalArgumentException("report model: norm band " + source + " has curves of different lengths");
        }
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }
}
