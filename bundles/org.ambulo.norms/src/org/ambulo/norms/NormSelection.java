package org.ambulo.norms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Picks the best-matching norm bin for a patient. Rules, in order of priority:
 * <ol>
 * <li>age: a bin whose age range contains the patient's age; when none does, the bin nearest in years, with a
 * warning (e.g. an adult against child norms);</li>
 * <li>sex: a bin of the patient's sex, else a mixed one; never one of the other sex unless nothing else exists
 * (warning);</li>
 * <li>speed: a bin whose speed group contains the patient's dimensionless speed (v / sqrt(g·L)) or walking speed, else
 * the nearest; among bins that contain it, the one with the nearest mean;</li>
 * <li>marker model: equal to the patient's, else a warning;</li>
 * <li>ties: the larger n, then the dataset id (stable results).</li>
 * </ol>
 */
public final class NormSelection {

    private NormSelection() {
    }

    /** Best bin with curves for all nine GPS variables. */
    public static Selection select(PatientFacts patient, List<? extends NormDataset> datasets) {
        return select(patient, datasets, NormUse.CURVES);
    }

    /** @throws IllegalArgumentException when no dataset has a bin for that use */
    public static Selection select(PatientFacts patient, List<? extends NormDataset> datasets, NormUse use) {
        List<Candidate> candidates = new ArrayList<>();
        for (NormDataset dataset : datasets) {
            for (NormBin bin : dataset.bins()) {
                if (use.accepts(bin)) {
                    candidates.add(new Candidate(dataset, bin, patient));
                }
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no installed norm dataset has " + use.name().toLowerCase(Locale.ROOT) + " norms (datasets: "
                    + datasets.stream().map(NormDataset::id).toList() + ")");
        }
        Candidate best = candidates.stream().min(Comparator.comparingDouble(Candidate::ageDistance)
                .thenComparingInt(Candidate::sexRank)
                .thenComparingDouble(Candidate::speedDistance)
                .thenComparingDouble(Candidate::speedCentreDistance)
                .thenComparingInt(Candidate::modelRank)
                .thenComparing(c -> -c.bin.n())
                .thenComparing(c -> c.dataset.id() + "/" + c.bin.id())).orElseThrow();
        return best.toSelection();
    }

    private static final class Candidate {
        final NormDataset dataset;
        final NormBin bin;
        final PatientFacts patient;

        Candidate(NormDataset dataset, NormBin bin, PatientFacts patient) {
            this.dataset = dataset;
            this.bin = bin;
            this.patient = patient;
        }

        double ageDistance() {
            return patient.ageYears().isPresent() ? bin.age().distanceYears(patient.ageYears().getAsDouble()) : 0;
        }

        int sexRank() {
            if (bin.sex() == patient.sex()) {
                return 0;
            }
            return bin.sex() == Sex.ANY ? 1 : 2;
        }

        double speedDistance() {
            OptionalDouble dimensionless = patient.dimensionlessSpeed();
            if (bin.dimensionlessSpeed().isPresent() && dimensionless.isPresent()) {
                SpeedRange range = bin.dimensionlessSpeed().get();
                // groups given by their mean only (Schwartz 2008) split the speeds by nearest mean: each one "contains"
                // the speeds nearest to it, and speedCentreDistance picks among them; a speed-matched group must not
                // lose to a bin that ignores speed merely because |speed - mean| > 0
                return range.min().isEmpty() && range.max().isEmpty() ? 0 : range.distance(dimensionless.getAsDouble());
            }
            if (bin.walkingSpeedMPerS().isPresent() && patient.walkingSpeedMPerS().isPresent()) {
                // m/s differences are ~3x dimensionless ones for a child's leg; scale so both compare roughly alike
                return bin.walkingSpeedMPerS().get().distance(patient.walkingSpeedMPerS().getAsDouble()) / 3;
            }
            return speedGroup() ? 1 : 0; // unknown speed: prefer a bin not split by speed, or the free one (centre rank)
        }

        double speedCentreDistance() {
            OptionalDouble dimensionless = patient.dimensionlessSpeed();
            if (bin.dimensionlessSpeed().isPresent() && dimensionless.isPresent()) {
                return bin.dimensionlessSpeed().get().distanceToCentre(dimensionless.getAsDouble());
            }
            if (bin.walkingSpeedMPerS().isPresent() && patient.walkingSpeedMPerS().isPresent()) {
                return bin.walkingSpeedMPerS().get().distanceToCentre(patient.walkingSpeedMPerS().getAsDouble()) / 3;
            }
            // speed unknown: the self-selected ("free"/"normal") group is the best guess
            return bin.id().contains("free") || bin.id().contains("normal") ? 0 : 1;
        }

        boolean speedGroup() {
            return bin.dimensionlessSpeed().isPresent() || bin.walkingSpeedMPerS().isPresent();
        }

        int modelRank() {
            return patient.markerModel().map(m -> m.equalsIgnoreCase(dataset.provenance().markerModel()) ? 0 : 1).orElse(0);
        }

        Selection toSelection() {
            List<String> warnings = new ArrayList<>();
            StringBuilder why = new StringBuilder();
            why.append(String.format(Locale.ROOT, "%s, bin '%s' (%s, n=%d, %s, %s)", dataset.provenance().title(), bin.id(), bin.label(),
                    bin.n(), bin.age(), bin.sex().id()));
            why.append(" chosen because ");
            List<String> reasons = new ArrayList<>();
            if (patient.ageYears().isPresent()) {
                double age = patient.ageYears().getAsDouble();
                if (bin.age().contains(age)) {
                    reasons.add(String.format(Locale.ROOT, "the patient's age %.1f y lies in %s", age, bin.age()));
                } else {
                    reasons.add(String.format(Locale.ROOT, "it is the nearest in age (%.1f y from %s)", ageDistance(), bin.age()));
                    warnings.add(String.format(Locale.ROOT,
                            "no installed norms cover the patient's age %.1f y: compared with %s (%s), which may not represent the patient",
                            age, bin.age(), dataset.id()));
                }
            } else {
                warnings.add("patient age unknown: norms chosen without age matching");
            }
            if (patient.sex() != Sex.ANY && !bin.sex().covers(patient.sex())) {
                warnings.add("no norms for the patient's sex (" + patient.sex().id() + "): compared with " + bin.sex().id() + " norms");
            } else if (patient.sex() != Sex.ANY) {
                reasons.add("sex " + (bin.sex() == Sex.ANY ? "mixed population" : "matches"));
            }
            OptionalDouble dimensionless = patient.dimensionlessSpeed();
            if (bin.dimensionlessSpeed().isPresent()) {
                if (dimensionless.isPresent()) {
                    SpeedRange range = bin.dimensionlessSpeed().get();
                    reasons.add(String.format(Locale.ROOT, "the dimensionless speed %.3f (v=%.2f m/s, leg %.0f mm) is %s this group%s",
                            dimensionless.getAsDouble(), patient.walkingSpeedMPerS().getAsDouble(), patient.legLengthMm().getAsDouble(),
                            (range.min().isPresent() || range.max().isPresent()) && range.contains(dimensionless.getAsDouble())
                                    ? "inside"
                                    : "closest to",
                            range.mean().isPresent() ? String.format(Locale.ROOT, " (mean %.2f)", range.mean().getAsDouble()) : ""));
                } else {
                    warnings.add("walking speed or leg length unknown: speed group '" + bin.id() + "' chosen without speed matching");
                }
            } else if (bin.walkingSpeedMPerS().isPresent()) {
                if (patient.walkingSpeedMPerS().isPresent()) {
                    reasons.add(String.format(Locale.ROOT, "the walking speed %.2f m/s is %s this pace group",
                            patient.walkingSpeedMPerS().getAsDouble(),
                            bin.walkingSpeedMPerS().get().contains(patient.walkingSpeedMPerS().getAsDouble()) ? "inside" : "nearest to"));
                } else {
                    warnings.add("walking speed unknown: pace group '" + bin.id() + "' chosen without speed matching");
                }
            }
            String model = dataset.provenance().markerModel();
            patient.markerModel().ifPresentOrElse(m -> {
                if (!m.equalsIgnoreCase(model)) {
                    warnings.add(
                            "marker model differs: patient " + m + ", norms " + model + " (curves of different models are not comparable"
                                    + " in every variable)");
                }
            }, () -> warnings.add("patient marker model unknown; the norms are " + model));
            dataset.provenance().provenanceWarning().ifPresent(w -> warnings.add(dataset.id() + ": " + w));
            why.append(reasons.isEmpty() ? "it is the only candidate" : String.join("; ", reasons)).append('.');
            return new Selection(dataset, bin, why.toString(), warnings);
        }
    }
}
