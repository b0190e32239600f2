package org.ambulo.norms;

import java.util.List;
import java.util.Objects;

/**
 * The norm bin chosen for a patient, why, and what the clinician must know about the match.
 *
 * @param explanation
 *            one or two sentences for the report: which dataset and bin and the facts that decided
 * @param warnings
 *            age outside every dataset, sex or marker model mismatch, unknown facts, unclear provenance
 */
public record Selection(NormDataset dataset, NormBin bin, String explanation, List<String> warnings) {

    public Selection {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(explanation, "explanation");
        warnings = List.copyOf(warnings);
    }
}
