package org.ambulo.norms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** z-score curves, time outside the normal band and peak features of a patient's curves against a norm bin. */
public final class NormComparison {

    /** Samples of a cycle-normalised curve, 0..100 %. */
    public static final int CYCLE_POINTS = 101;

    private NormComparison() {
    }

    /**
     * @param patient
     *            101 values at 0, 1, ..., 100 % (NaN = missing)
     * @throws IllegalArgumentException
     *             when the curve does not have 101 points or has no valid point
     */
    public static CurveComparison compare(GaitVariable variable, double[] patient, NormCurve norm) {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(norm, "norm");
        if (patient.length != CYCLE_POINTS) {
            throw new IllegalArgumentException(variable.id() + ": a cycle-normalised curve has " + CYCLE_POINTS + " points (0..100 %), got "
                    + patient.length);
        }
        double[] z = new double[CYCLE_POINTS];
        int valid = 0;
        int outside1 = 0;
        int outside2 = 0;
        int patientMax = -1;
        int patientMin = -1;
        for (int i = 0; i < CYCLE_POINTS; i++) {
            double sd = norm.sdAt(i);
            double x = patient[i];
            if (!Double.isFinite(x)) {
                z[i] = Double.NaN;
                continue;
            }
            if (patientMax < 0 || x > patient[patientMax]) {
                patientMax = i;
            }
            if (patientMin < 0 || x < patient[patientMin]) {
                patientMin = i;
            }
            if (!(sd > 0)) {
                z[i] = Double.NaN;
                continue;
            }
            z[i] = (x - norm.meanAt(i)) / sd;
            valid++;
            double a = Math.abs(z[i]);
            if (a > 1) {
                outside1++;
            }
            if (a > 2) {
                outside2++;
            }
        }
        if (patientMax < 0) {
            throw new IllegalArgumentException(variable.id() + ": the patient curve has no valid point");
        }
        List<CurveFeature> features = new ArrayList<>(2);
        features.add(feature(CurveFeature.Kind.MAXIMUM, patient, patientMax, norm));
        features.add(feature(CurveFeature.Kind.MINIMUM, patient, patientMin, norm));
        double pct1 = valid == 0 ? Double.NaN : 100.0 * outside1 / valid;
        double pct2 = valid == 0 ? Double.NaN : 100.0 * outside2 / valid;
        return new CurveComparison(variable, z, pct1, pct2, valid, features);
    }

    private static CurveFeature feature(CurveFeature.Kind kind, double[] patient, int index, NormCurve norm) {
        double[] mean = norm.mean();
        int best = 0;
        for (int i = 1; i < mean.length; i++) {
            if (kind == CurveFeature.Kind.MAXIMUM ? mean[i] > mean[best] : mean[i] < mean[best]) {
                best = i;
            }
        }
        double sd = norm.sd()[best];
        double z = sd > 0 ? (patient[index] - mean[best]) / sd : Double.NaN;
        return new CurveFeature(kind, patient[index], index, mean[best], norm.percent()[best], z);
    }

    /** Every variable the patient has and the bin has norms for, in {@link GaitVariable} order. */
    public static Map<GaitVariable, CurveComparison> compare(Map<GaitVariable, double[]> patient, NormBin bin) {
        Map<GaitVariable, CurveComparison> out = new TreeMap<>();
        patient.forEach((variable, curve) -> bin.curve(variable).ifPresent(norm -> out.put(variable, compare(variable, curve, norm))));
        return out;
    }

    /** Each spatiotemporal value (by {@code SpatiotemporalParameter} id) the bin has a norm for. */
    public static Map<String, SpatiotemporalComparison> compareSpatiotemporal(Map<String, Double> values, NormBin bin) {
        Map<String, SpatiotemporalComparison> out = new TreeMap<>();
        values.forEach((parameter, value) -> bin.spatiotemporal(parameter).ifPresent(norm -> out.put(parameter, norm.compare(value))));
        return out;
    }
}
