package org.ambulo.emg;

/** What a quality check found wrong with an EMG channel. */
public enum QualityIssue {
    /** Flat or near-zero signal: electrode disconnected, sensor off, or only the noise floor. */
    DISCONNECTED,
    /** A DC level far above the EMG: amplifier saturated, electrode off the skin, or a placeholder value. */
    HUGE_DC,
    /** Flat tops at the extreme values: the signal hit the ADC rails. */
    CLIPPING,
    /** A line at 50 or 60 Hz stands out of the EMG spectrum. */
    MAINS_NOISE,
    /** The units are not volts, so thresholds in µV cannot be applied. */
    UNITS_UNKNOWN
}
