package org.ambulo.emg;

/** How the band-passed EMG becomes an amplitude envelope. */
public enum EnvelopeMethod {
    /** Full-wave rectification, then a zero-lag Butterworth low-pass (the "linear envelope"; pyCGM2 and gaitutils default). */
    LINEAR_ENVELOPE,
    /** Moving root mean square over a centred window (gaitutils option 'rms'). */
    RMS
}
