package org.ambulo.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/** What running a method on one trial gave: results with their provenance, or the error that stopped it. */
public sealed interface TrialOutcome {

    Path trial();

    /**
     * @param context
     *            all results, including {@link Provenance#KEY}
     */
    record Succeeded(Path trial, TrialContext context, Provenance provenance) implements TrialOutcome {
    }

    /**
     * @param error
     *            names the trial and the step
     * @param provenance
     *            inputs and the steps that did run, when the inputs could be read
     */
    record Failed(Path trial, ProcessingException error, Optional<Provenance> provenance) implements TrialOutcome {
    }
}
