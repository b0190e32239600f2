package org.ambulo.pipeline;

import java.util.List;

/**
 * One step of an analysis method, provided as an OSGi service. A method is an ordered list of (processor id,
 * settings); the id and the settings record are what a lab saves, so both must stay stable.
 *
 * @param <S>
 *            the settings record; its components carry their units in their names
 */
public interface Processor<S extends Record> {

    /** Stable id, e.g. {@code org.ambulo.signal.lowpass}. */
    String id();

    /** Version of the algorithm; changes when results would change for the same inputs and settings. */
    String version();

    /** One line for people choosing steps. */
    String description();

    Class<S> settingsType();

    /** The defaults used when a method does not say otherwise, documented where they come from. */
    S defaultSettings();

    /**
     * Results this step cannot run without; {@link MethodValidation} checks that an earlier step produces them. Empty
     * (the default) when the processor does not declare its inputs or all of them are optional.
     */
    default List<ResultKey<?>> requires() {
        return List.of();
    }

    /** Results this step adds to the context; empty (the default) when the processor does not declare them. */
    default List<ResultKey<?>> produces() {
        return List.of();
    }

    /** Runs the step; never modifies {@code context}. */
    TrialContext process(TrialContext context, S settings) throws ProcessingException;
}
