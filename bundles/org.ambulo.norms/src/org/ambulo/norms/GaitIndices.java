package org.ambulo.norms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.ambulo.model.Side;

/**
 * GVS, GPS and MAP exactly as Baker et al. 2009 (Gait Posture 30:265) define them, and the GDI of Schwartz &amp;
 * Rozumalski 2008 (Gait Posture 28:351).
 * <p>
 * GVS of a variable = root mean square, over the norm's cycle points (e.g. 51 at 2 %) and over all complete cycles of
 * the side, of the difference between the patient's curve and the norm mean. GPS of a side = root mean square of its
 * nine GVS. Overall GPS = root mean square of fifteen GVS, the pelvis counted once (left). Not the arithmetic mean of
 * the GVS, and no zero-padding of a side (both are errors of a widely used open implementation).
 */
public final class GaitIndices {

    private GaitIndices() {
    }

    /**
     * @throws IllegalArgumentException
     *             when the bin lacks one of the nine curves, or neither side has a cycle with all nine variables
     */
    public static MovementAnalysisProfile compute(PatientCycles patient, NormDataset dataset, NormBin bin) {
        List<GaitVariable> variables = GaitVariable.gpsVariables();
        for (GaitVariable v : variables) {
            if (bin.curve(v).isEmpty()) {
                throw new IllegalArgumentException(dataset.id() + " bin " + bin.id() + " has no " + v.id() + " curve: no GPS possible");
            }
        }
        Map<Side, Map<GaitVariable, Double>> gvs = new EnumMap<>(Side.class);
        Map<Side, Double> gps = new EnumMap<>(Side.class);
        Map<Side, Integer> used = new EnumMap<>(Side.class);
        List<String> notes = new ArrayList<>();
        for (Side side : Side.values()) {
            List<double[][]> cycles = completeCycles(patient, side, variables, notes);
            if (cycles.isEmpty()) {
                continue;
            }
            Map<GaitVariable, Double> sideGvs = new EnumMap<>(GaitVariable.class);
            double sumSquares = 0;
            for (int v = 0; v < variables.size(); v++) {
                double score = gvs(cycles, v, bin.curve(variables.get(v)).orElseThrow());
                sideGvs.put(variables.get(v), score);
                sumSquares += score * score;
            }
            gvs.put(side, sideGvs);
            gps.put(side, Math.sqrt(sumSquares / variables.size()));
            used.put(side, cycles.size());
        }
        if (gvs.isEmpty()) {
            throw new IllegalArgumentException("no cycle with all nine GPS variables complete on either side: " + String.join("; ", notes));
        }
        OptionalDouble overall = OptionalDouble.empty();
        if (gvs.size() == 2) {
            double sum = 0;
            int count = 0;
            for (Side side : Side.values()) {
                for (GaitVariable v : variables) {
                    if (side == Side.RIGHT && v.isPelvic()) {
                        continue;
                    }
                    double g = gvs.get(side).get(v);
                    sum += g * g;
                    count++;
                }
            }
            overall = OptionalDouble.of(Math.sqrt(sum / count));
        } else {
            notes.add(
                    "overall GPS needs both sides; only " + gvs.keySet().iterator().next().name().toLowerCase(Locale.ROOT) + " has cycles");
        }
        return new MovementAnalysisProfile(gvs, gps, overall, used,
                dataset.provenance().summary() + ", bin " + bin.id(), notes);
    }

    /** [cycle][variable] -> 101 points, only cycles with all variables complete. */
    private static List<double[][]> completeCycles(PatientCycles patient, Side side, List<GaitVariable> variables, List<String> notes) {
        int count = patient.cycleCount(side);
        List<double[][]> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            double[][] cycle = new double[variables.size()][];
            String missing = null;
            for (int v = 0; v < variables.size(); v++) {
                List<double[]> curves = patient.curves(side, variables.get(v));
                if (c >= curves.size() || !PatientCycles.complete(curves.get(c))) {
                    missing = variables.get(v).id();
                    break;
                }
                cycle[v] = curves.get(c);
            }
            if (missing == null) {
                out.add(cycle);
            } else {
                notes.add(side.name().toLowerCase(Locale.ROOT) + " cycle " + (c + 1) + " left out: " + missing + " missing or incomplete");
            }
        }
        return out;
    }

    private static double gvs(List<double[][]> cycles, int variable, NormCurve norm) {
        double[] pct = norm.percent();
        double sum = 0;
        for (double[][] cycle : cycles) {
            double[] x = cycle[variable];
            for (int i = 0; i < pct.length; i++) {
                double d = valueAt(x, pct[i]) - norm.mean()[i];
                sum += d * d;
            }
        }
        return Math.sqrt(sum / (cycles.size() * pct.length));
    }

    /** The patient's 101-point curve at a %, exact at whole %, linear between. */
    static double valueAt(double[] curve101, double pct) {
        int lo = (int) Math.floor(pct);
        if (lo >= 100) {
            return curve101[100];
        }
        double w = pct - lo;
        return w == 0 ? curve101[lo] : curve101[lo] + w * (curve101[lo + 1] - curve101[lo]);
    }

    /**
     * GDI of each side: the mean of the GDI of the side's cycles that have all nine variables complete (as Nexus and
     * the Gillette calculator report one value per side).
     *
     * @throws IllegalArgumentException
     *             when neither side has a complete cycle
     */
    public static Map<Side, Double> gdi(PatientCycles patient, GdiBasis basis) {
        Map<Side, Double> out = new EnumMap<>(Side.class);
        List<String> notes = new ArrayList<>();
        for (Side side : Side.values()) {
            List<double[][]> cycles = completeCycles(patient, side, GaitVariable.gpsVariables(), notes);
            if (cycles.isEmpty()) {
                continue;
            }
            double sum = 0;
            for (double[][] cycle : cycles) {
                sum += basis.gdi(GaitVector.of(cycle));
            }
            out.put(side, sum / cycles.size());
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no cycle with all nine GDI variables complete on either side: " + String.join("; ", notes));
        }
        return out;
    }
}
