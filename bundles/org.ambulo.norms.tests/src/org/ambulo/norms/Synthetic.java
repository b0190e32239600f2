package org.ambulo.norms;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/** Synthetic norm bins and curves with analytically known comparisons. */
final class Synthetic {

    private Synthetic() {
    }

    static double[] percent51() {
        double[] p = new double[51];
        for (int i = 0; i < p.length; i++) {
            p[i] = 2 * i;
        }
        return p;
    }

    static NormCurve curve(DoubleUnaryOperator mean, double sd) {
        double[] p = percent51();
        double[] m = new double[p.length];
        double[] s = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            m[i] = mean.applyAsDouble(p[i]);
            s[i] = sd;
        }
        return new NormCurve(p, m, s);
    }

    static double[] curve101(DoubleUnaryOperator f) {
        double[] c = new double[101];
        for (int i = 0; i <= 100; i++) {
            c[i] = f.applyAsDouble(i);
        }
        return c;
    }

    /** A bin with all variables: mean sin-shaped per variable, SD 5. */
    static Map<GaitVariable, NormCurve> curves() {
        Map<GaitVariable, NormCurve> curves = new EnumMap<>(GaitVariable.class);
        for (GaitVariable v : GaitVariable.values()) {
            curves.put(v, curve(p -> meanOf(v, p), 5));
        }
        return curves;
    }

    static double meanOf(GaitVariable v, double pct) {
        return 10 * (v.ordinal() + 1) * Math.sin(2 * Math.PI * pct / 100);
    }

    static NormBin bin(String id, double minAge, double maxAge, Sex sex, Optional<SpeedRange> dimensionless) {
        return new NormBin(id, id, 20, new AgeRange(minAge, maxAge), sex, dimensionless, Optional.empty(), curves(), Map.of(), Map.of(),
                List.of());
    }

    static NormProvenance provenance(String id, String model, Optional<String> warning) {
        return new NormProvenance(id, "1", id + " title", "citation of " + id, "population", "licence", model, "synthetic", warning);
    }
}
