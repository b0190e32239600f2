package org.ambulo.signal;

/** The pass band of a {@link Butterworth} filter. */
public enum FilterType {
    LOW_PASS,
    HIGH_PASS,
    BAND_PASS,
    BAND_STOP
}
