package org.ambulo.cli.internal.analysis;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.ambulo.c3d.C3dFile;
import org.ambulo.model.Side;
import org.ambulo.pipeline.Provenance;
import org.ambulo.pipeline.TrialContext;

/**
 * One walking trial the method ran through, with the sides whose kinetics can be reported.
 *
 * @param kineticSides
 *            sides with at least one valid force plate strike in this trial; the other sides' moments and powers are
 *            left out of the report
 */
record AnalysedTrial(TrialContext context, Provenance provenance, Set<Side> kineticSides) {

    AnalysedTrial {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(provenance, "provenance");
        kineticSides = kineticSides.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kineticSides));
    }

    C3dFile file() {
        return context.source();
    }

    String name() {
        return context.source().sourceName();
    }
}
