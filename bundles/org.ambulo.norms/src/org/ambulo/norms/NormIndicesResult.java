package org.ambulo.norms;

import java.util.Objects;

/** The norms chosen for a trial (and why) and its Movement Analysis Profile against them. */
public record NormIndicesResult(Selection selection, MovementAnalysisProfile profile) {

    public NormIndicesResult {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(profile, "profile");
    }
}
