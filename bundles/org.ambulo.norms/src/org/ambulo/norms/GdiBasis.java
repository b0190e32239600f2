package org.ambulo.norms;

import java.util.List;
import java.util.Objects;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The GDI feature basis (Schwartz &amp; Rozumalski 2008): the first {@code featureCount} left singular vectors of the
 * matrix of control gait vectors (459 × n, not centred, as in the paper), the controls' mean feature components, and
 * the mean and SD of the controls' log distances. GDI = 100 − 10·(ln d − mean) / SD, with d the Euclidean distance of a
 * gait vector's feature components from the controls' mean: the controls average 100 with SD 10.
 *
 * @param version
 *            version of the basis (e.g. the lab norm version it was built from)
 * @param provenance
 *            where the control cycles come from (shown with every GDI)
 */
public record GdiBasis(String version, String provenance, double[][] features, double[] controlMean, double lnDistanceMean,
        double lnDistanceSd, int controlCount, double varianceExplained) {

    /** Schwartz &amp; Rozumalski 2008: 15 features reconstruct gait vectors with ~98 % fidelity. */
    public static final int DEFAULT_FEATURES = 15;

    public GdiBasis {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * @param controls
     *            control gait vectors ({@link GaitVector}), one per cycle (or per limb)
     * @throws IllegalArgumentException
     *             with fewer controls than features + 1, or vectors of the wrong length or with missing values
     */
    public static GdiBasis build(List<double[]> controls, int featureCount, String version, String provenance) {
        int n = controls.size();
        if (featureCount < 1 || featureCount > GaitVector.LENGTH) {
            throw new IllegalArgumentException("GDI feature count must be 1 to " + GaitVector.LENGTH + ", was " + featureCount);
        }
        if (n <= featureCount) {
            throw new IllegalArgumentException("a GDI basis of " + featureCount + " features needs more than " + featureCount
                    + " control gait vectors, got " + n);
        }
        double[][] g = new double[GaitVector.LENGTH][n];
        for (int j = 0; j < n; j++) {
            double[] v = controls.get(j);
            if (v.length != GaitVector.LENGTH) {
                throw new IllegalArgumentException(
                        "control gait vector " + j + " has " + v.length + " values, expected " + GaitVector.LENGTH);
            }
            for (int i = 0; i < GaitVector.LENGTH; i++) {
                if (!Double.isFinite(v[i])) {
                    throw new IllegalArgumentException("control gait vector " + j + " has a missing value at " + i);
                }
                g[i][j] = v[i];
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(g, false));
        RealMatrix u = svd.getU();
        double[] singular = svd.getSingularValues();
        double total = 0;
        double kept = 0;
        for (int k = 0; k < singular.length; k++) {
            total += singular[k] * singular[k];
            if (k < featureCount) {
                kept += singular[k] * singular[k];
            }
        }
        double[][] features = new double[featureCount][];
        for (int k = 0; k < featureCount; k++) {
            features[k] = u.getColumn(k);
        }
        double[][] components = new double[n][];
        double[] mean = new double[featureCount];
        for (int j = 0; j < n; j++) {
            components[j] = project(features, controls.get(j));
            for (int k = 0; k < featureCount; k++) {
                mean[k] += components[j][k] / n;
            }
        }
        double[] ln = new double[n];
        double lnMean = 0;
        for (int j = 0; j < n; j++) {
            ln[j] = Math.log(distance(components[j], mean));
            lnMean += ln[j] / n;
        }
        double ss = 0;
        for (double x : ln) {
            ss += (x - lnMean) * (x - lnMean);
        }
        double lnSd = Math.sqrt(ss / (n - 1));
        if (!(lnSd > 0) || !Double.isFinite(lnMean)) {
            throw new IllegalArgumentException("the control gait vectors do not vary (identical cycles?): no GDI scale");
        }
        return new GdiBasis(version, provenance, features, mean, lnMean, lnSd, n, kept / total);
    }

    public static GdiBasis build(List<double[]> controls, String version, String provenance) {
        return build(controls, DEFAULT_FEATURES, version, provenance);
    }

    /** GDI of one gait vector (459 values). */
    public double gdi(double[] gaitVector) {
        if (gaitVector.length != GaitVector.LENGTH) {
            throw new IllegalArgumentException("a gait vector has " + GaitVector.LENGTH + " values, got " + gaitVector.length);
        }
        double d = distance(project(features, gaitVector), controlMean);
        return 100 - 10 * (Math.log(d) - lnDistanceMean) / lnDistanceSd;
    }

    private static double[] project(double[][] features, double[] vector) {
        double[] c = new double[features.length];
        for (int k = 0; k < features.length; k++) {
            double s = 0;
            double[] f = features[k];
            for (int i = 0; i < f.length; i++) {
                s += f[i] * vector[i];
            }
            c[k] = s;
        }
        return c;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
