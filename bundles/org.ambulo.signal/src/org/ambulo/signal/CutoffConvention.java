package org.ambulo.signal;

/**
 * What the cutoff frequency given to {@link Butterworth} means for the zero-lag (forward-backward) filter.
 * <p>
 * A Butterworth filter of order N has |H(fc)|² = 1/2 (−3 dB) at its cutoff. Run forwards and backwards, the
 * magnitude is squared: at fc the zero-lag filter has |H|² = 1/4 (−6 dB) and its own −3 dB point lies lower. Many
 * biomechanics tools therefore move the design cutoff so that the zero-lag filter is −3 dB at the requested
 * frequency (Winter, Biomechanics and Motor Control of Human Movement, 4th ed. §3.4.4.3: for two passes of a
 * 2nd-order filter the design cutoff is fc / 0.802).
 */
public enum CutoffConvention {
    /**
     * Default (as scipy, MATLAB and pyCGM2 filtfilt): the cutoff is that of the designed single-pass filter; the
     * zero-lag result is −6 dB there.
     */
    AS_DESIGNED,
    /**
     * Winter's correction generalised to order N: the single-pass cutoff is moved by C = (√2 − 1)^(1/(2N)) (0.802 for
     * N = 2) in the pre-warped frequency domain, outwards from the pass band, so that the zero-lag filter is exactly
     * −3 dB at the requested cutoff(s). For band filters the centre frequency is kept and the bandwidth scaled by
     * 1/C (band-pass) or C (band-stop), which puts both −3 dB edges exactly at the requested frequencies.
     */
    WINTER_CORRECTED
}
