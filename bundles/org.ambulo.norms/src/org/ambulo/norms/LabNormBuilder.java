package org.ambulo.norms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ambulo.model.Side;

/**
 * Builds a lab's own normative dataset from its control subjects. Per age band: each subject's mean curve (over the
 * complete cycles of both sides) counts once, so a subject with many cycles does not dominate; the band's curve is the
 * mean and sample SD (n − 1) of the subjects' means at 0, 1, ..., 100 %, n = subjects. Spatiotemporal norms likewise.
 * Every complete cycle is also kept as a GDI control gait vector ({@link GdiBasis}). Export with {@link NormJson}.
 */
public final class LabNormBuilder {

    /** Fewest subjects for a band's SD. */
    public static final int MIN_SUBJECTS = 2;

    private LabNormBuilder() {
    }

    /** The dataset and what was left out. */
    public record Result(NormDataset dataset, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param identity
     *            id, version, title, citation ("lab's own controls"), population, licence, model, source of the new dataset
     *            (its provenance warning, if any, is kept)
     * @param bands
     *            age bands, e.g. 4 to 8, 8 to 13, 13 to 18 years; subjects of unknown age go to no band (noted)
     * @throws IllegalArgumentException
     *             when no band gets {@value #MIN_SUBJECTS} subjects
     */
    public static Result build(NormProvenance identity, List<ControlSubject> subjects, List<AgeRange> bands) {
        List<String> notes = new ArrayList<>();
        List<NormBin> bins = new ArrayList<>();
        for (ControlSubject s : subjects) {
            if (s.ageYears().isEmpty() || bands.stream().noneMatch(b -> b.contains(s.ageYears().getAsDouble()))) {
                notes.add("subject " + s.id() + ": age " + (s.ageYears().isPresent() ? s.ageYears().getAsDouble() + " y" : "unknown")
                        + " in no age band, left out");
            }
        }
        for (AgeRange band : bands) {
            List<ControlSubject> members = subjects.stream()
                    .filter(s -> s.ageYears().isPresent() && band.contains(s.ageYears().getAsDouble())).toList();
            if (members.size() < MIN_SUBJECTS) {
                notes.add("age band " + band + ": " + members.size() + " subject(s), need " + MIN_SUBJECTS + ": no bin");
                continue;
            }
            bins.add(bin(band, members, notes));
        }
        if (bins.isEmpty()) {
            throw new IllegalArgumentException("no age band has " + MIN_SUBJECTS + " control subjects: " + String.join("; ", notes));
        }
        return new Result(NormDataset.of(identity, bins), notes);
    }

    private static NormBin bin(AgeRange band, List<ControlSubject> members, List<String> notes) {
        double[] percent = new double[NormComparison.CYCLE_POINTS];
        for (int i = 0; i < percent.length; i++) {
            percent[i] = i;
        }
        Map<GaitVariable, NormCurve> curves = new EnumMap<>(GaitVariable.class);
        int n = 0;
        for (GaitVariable variable : GaitVariable.values()) {
            List<double[]> subjectMeans = new ArrayList<>();
            for (ControlSubject s : members) {
                subjectMean(s.cycles(), variable).ifPresent(subjectMeans::add);
            }
            if (subjectMeans.size() >= MIN_SUBJECTS) {
                double[][] ms = meanSd(subjectMeans);
                curves.put(variable, new NormCurve(percent, ms[0], ms[1]));
                n = Math.max(n, subjectMeans.size());
            } else if (!subjectMeans.isEmpty()) {
                notes.add("age band " + band + ": " + variable.id() + " from only " + subjectMeans.size() + " subject, no norm");
            }
        }
        Map<String, SpatiotemporalNorm> stp = new LinkedHashMap<>();
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (ControlSubject s : members) {
            s.spatiotemporal().forEach((k, v) -> values.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        values.forEach((parameter, list) -> {
            if (list.size() >= MIN_SUBJECTS) {
                double mean = list.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                double ss = list.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
                double sd = Math.sqrt(ss / (list.size() - 1));
                if (sd > 0) {
                    stp.put(parameter, SpatiotemporalNorm.meanSd(parameter, unitOf(parameter), mean, sd));
                }
            }
        });
        List<double[]> controls = new ArrayList<>();
        for (ControlSubject s : members) {
            for (Side side : Side.values()) {
                int count = s.cycles().cycleCount(side);
                for (int c = 0; c < count; c++) {
                    gaitVector(s.cycles(), side, c).ifPresent(controls::add);
                }
            }
        }
        String id = String.format(Locale.ROOT, "age-%s-%s", trim(band.minYears()), trim(band.maxYears()));
        return new NormBin(id, "controls aged " + band, Math.max(n, members.size()), band, Sex.ANY, Optional.empty(), Optional.empty(),
                curves, stp, Map.of(), controls);
    }

    private static String unitOf(String parameter) {
        return switch (parameter) {
            case "walking_speed" -> "m/s";
            case "cadence" -> "steps/min";
            case "stride_time", "step_time", "stance_time", "swing_time", "single_support_time", "double_support_time" -> "s";
            case "stride_length", "step_length", "step_width" -> "m";
            case "limp_index", "dimensionless_speed" -> "1";
            default -> "%";
        };
    }

    private static String trim(double years) {
        return years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years).replace('.', '_');
    }

    private static Optional<double[]> subjectMean(PatientCycles cycles, GaitVariable variable) {
        double[] sum = new double[NormComparison.CYCLE_POINTS];
        int count = 0;
        for (Side side : Side.values()) {
            for (double[] curve : cycles.curves(side, variable)) {
                if (PatientCycles.complete(curve)) {
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += curve[i];
                    }
                    count++;
                }
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= count;
        }
        return Optional.of(sum);
    }

    private static double[][] meanSd(List<double[]> curves) {
        int n = curves.size();
        double[] mean = new double[NormComparison.CYCLE_POINTS];
        double[] sd = new double[NormComparison.CYCLE_POINTS];
        for (double[] c : curves) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += c[i] / n;
            }
        }
        for (double[] c : curves) {
            for (int i = 0; i < sd.length; i++) {
                sd[i] += (c[i] - mean[i]) * (c[i] - mean[i]);
            }
        }
        for (int i = 0; i < sd.length; i++) {
            sd[i] = Math.sqrt(sd[i] / (n - 1));
        }
        return new double[][]{mean, sd};
    }

    private static Optional<double[]> gaitVector(PatientCycles cycles, Side side, int index) {
        List<GaitVariable> variables = GaitVariable.gpsVariables();
        double[][] curves = new double[variables.size()][];
        for (int v = 0; v < variables.size(); v++) {
            List<double[]> list = cycles.curves(side, variables.get(v));
            if (index >= list.size() || !PatientCycles.complete(list.get(index))) {
                return Optional.empty();
            }
            curves[v] = list.get(index);
        }
        return Optional.of(GaitVector.of(curves));
    }

    /** The GDI basis of a lab dataset's bin (its control gait vectors), versioned with the dataset. */
    public static GdiBasis gdiBasis(NormDataset dataset, NormBin bin) {
        return GdiBasis.build(bin.gdiControls(), dataset.provenance().version() + "/" + bin.id(),
                dataset.provenance().summary() + ", bin " + bin.id() + ", " + bin.gdiControls().size() + " control cycles");
    }
}
