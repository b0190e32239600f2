package org.ambulo.emg;

/** What the cycle envelopes are divided by. */
public enum AmplitudeNormalisation {
    /** Kept in the channel's units (e.g. V). */
    NONE,
    /** The envelope's peak within each cycle: 1 = the cycle's peak. */
    CYCLE_PEAK,
    /** The envelope peak of the channel in a maximal voluntary contraction trial, given per label in the settings. */
    MVC
}
