package org.ambulo.cli.internal.analysis;

import java.util.List;
import java.util.Optional;

import org.ambulo.model.Side;
import org.ambulo.norms.GaitIndices;
import org.ambulo.norms.GaitVariable;
import org.ambulo.norms.MovementAnalysisProfile;
import org.ambulo.norms.NormIndicesResult;
import org.ambulo.norms.NormKeys;
import org.ambulo.norms.PatientCycles;
import org.ambulo.norms.Selection;
import org.ambulo.report.QualityNote;

/**
 * GPS/GVS over the cycles of all walking trials against the norm bin the norm step chose for the first trial (the
 * same patient, so the same bin). With one trial it is that trial's result unchanged.
 */
final class PooledProfile {

    private PooledProfile() {
    }

    static Optional<NormIndicesResult> of(List<AnalysedTrial> trials, List<QualityNote> notes, List<String> warnings) {
        Optional<NormIndicesResult> first = trials.stream().flatMap(t -> t.context().get(NormKeys.GAIT_PROFILE).stream()).findFirst();
        if (first.isEmpty() || trials.size() == 1) {
            return first;
        }
        Selection selection = first.get().selection();
        PatientCycles.Builder builder = PatientCycles.builder();
        int cycles = 0;
        for (AnalysedTrial trial : trials) {
            for (Side side : Side.values()) {
                for (var cycle : trial.context().get(org.ambulo.cycles.CycleKeys.CYCLES).map(c -> c.cycles(side)).orElse(List.of())) {
                    cycles++;
                    for (GaitVariable variable : GaitVariable.values()) {
                        ReportMapping.curves(trial, variable, cycle).forEach(v -> builder.add(side, variable, v));
                    }
                }
            }
        }
        try {
            MovementAnalysisProfile profile = GaitIndices.compute(builder.build(), selection.dataset(), selection.bin());
            return Optional.of(new NormIndicesResult(selection, profile, "CGM model outputs, " + cycles + " cycles of " + trials.size()
                    + " walking trials"));
        } catch (IllegalArgumentException e) {
            String why = "GPS over all trials not possible (" + e.getMessage() + "); the scores are those of " + trials.get(0).name();
            notes.add(new QualityNote(QualityNote.Kind.OTHER, "", why));
            warnings.add(why);
            return first;
        }
    }
}
