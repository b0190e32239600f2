package org.ambulo.norms;

import java.util.Objects;

/**
 * The norms chosen for a trial (and why) and its Movement Analysis Profile against them.
 *
 * @param kinematicsSource
 *            where the compared curves come from, e.g. Ambulo's CGM or outputs stored in the file, for the report
 */
public record NormIndicesResult(Selection selection, MovementAnalysisProfile profile, String kinematicsSource) {

    public NormIndicesResult {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(kinematicsSource, "kinematicsSource");
    }
}
