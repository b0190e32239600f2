package org.ambulo.pipeline;

import java.nio.file.Path;

/**
 * Progress of a {@link MethodRunner} run, for a CLI progress bar or a workbench progress monitor. The runner calls
 * these one at a time (never concurrently), from its worker threads; implementations need no locking but must be
 * quick and must not block. All methods default to doing nothing.
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    /** @param trialIndex 0-based position in the list given to the runner; -1 for the static trial */
    default void trialStarted(Path trial, int trialIndex) {
    }

    /** A step finished on a trial; {@code stepIndex} is 1-based within its section. */
    default void stepDone(Path trial, Method.Section section, int stepIndex, String processorId) {
    }

    /** A trial finished, successfully or not. */
    default void trialFinished(TrialOutcome outcome) {
    }

    /** Fraction of all steps of the run done, 0..1; never decreases. */
    default void progress(double fractionDone) {
    }

    /** Polled before each step; when true, steps not yet started are skipped and their trials reported as cancelled. */
    default boolean isCancelled() {
        return false;
    }
}
