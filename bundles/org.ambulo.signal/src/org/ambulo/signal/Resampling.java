package org.ambulo.signal;

import org.ambulo.signal.internal.UniformSpline;

/**
 * Changes the sample rate of a signal with NaN gaps, keeping t = 0 at sample 0: output sample j is the input at time
 * j / toHz, for every j whose time lies within the input (n_out = ⌊(n − 1)·toHz/fromHz⌋ + 1).
 * <p>
 * Values between samples come from a natural cubic spline through each run of valid samples (see
 * {@link TimeNormalisation}); output samples whose neighbours are missing are NaN. Before lowering the rate the
 * signal is low-passed to avoid aliasing: zero-lag Butterworth, designed order {@value #ANTI_ALIAS_ORDER} (effective
 * 8), cutoff {@value #ANTI_ALIAS_FRACTION} × the new rate (80 % of the new Nyquist frequency): content below 0.17 × the
 * new rate passes with &lt; 0.1 % loss, content at the new Nyquist frequency keeps about 1/7 of its amplitude and an
 * octave above it about 1/1500 (−48 dB per octave).
 */
public final class Resampling {

    public static final int ANTI_ALIAS_ORDER = 4;
    public static final double ANTI_ALIAS_FRACTION = 0.4;

    private Resampling() {
    }

    public static double[] resample(double[] signal, double fromHz, double toHz) {
        Derivatives.checkRate(fromHz);
        Derivatives.checkRate(toHz);
        if (signal.length == 0) {
            return new double[0];
        }
        double[] source = toHz < fromHz
                ? Butterworth.lowPass(ANTI_ALIAS_ORDER, ANTI_ALIAS_FRACTION * toHz, fromHz).filtfilt(signal)
                : signal;
        double ratio = fromHz / toHz;
        int count = (int) Math.floor((signal.length - 1) / ratio + 1e-9) + 1;
        UniformSpline spline = new UniformSpline(source, 0, source.length);
        double[] out = new double[count];
        for (int j = 0; j < count; j++) {
            out[j] = spline.valueAt(Math.min(j * ratio, signal.length - 1));
        }
        return out;
    }
}
