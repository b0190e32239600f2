package org.ambulo.emg;

/** How the on/off threshold of an envelope is set. */
public enum ThresholdMethod {
    /** Mean + k·SD of the envelope in the quietest window of the trial (the baseline-noise method, Hodges &amp; Bui 1996). */
    QUIET_MEAN_PLUS_K_SD,
    /** A fraction of the envelope's peak within each cycle. */
    FRACTION_OF_CYCLE_PEAK
}
