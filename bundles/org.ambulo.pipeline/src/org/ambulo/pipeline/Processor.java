package org.ambulo.pipeline;

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

    /** Runs the step; never modifies {@code context}. */
    TrialContext process(TrialContext context, S settings) throws ProcessingException;
}
