package org.ambulo.emg.internal;

import org.ambulo.emg.EmgProcessingSettings;
import org.ambulo.emg.EnvelopeMethod;
import org.ambulo.emg.MainsFilter;
import org.ambulo.signal.Butterworth;

/** The EMG chain on primitive arrays: DC removal, mains band-stop, band-pass, envelope. */
public final class EmgChain {

    /** Half width of the mains band-stop: pyCGM2's remove50hz stops 49.9–50.1 Hz. */
    static final double MAINS_HALF_WIDTH_HZ = 0.1;
    /** Order of the mains band-stop: pyCGM2's remove50hz. */
    static final int MAINS_ORDER = 2;

    private EmgChain() {
    }

    /** Throws with a clear message when the rate cannot carry the chain's frequencies. */
    public static void checkRate(double rateHz, EmgProcessingSettings s) {
        double nyquist = rateHz / 2;
        if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("analog rate must be positive, was " + rateHz + " Hz");
        }
        if (!(s.bandPassHighHz() < nyquist)) {
            throw new IllegalArgumentException("analog rate " + rateHz + " Hz is too low for the EMG band-pass up to " + s.bandPassHighHz()
                    + " Hz (Nyquist " + nyquist + " Hz); record EMG at 1000 Hz or more, or lower the band-pass upper edge");
        }
        if (s.mains() != MainsFilter.NONE && !(s.mains().frequencyHz() + MAINS_HALF_WIDTH_HZ < nyquist)) {
            throw new IllegalArgumentException(
                    "analog rate " + rateHz + " Hz is too low for a " + s.mains().frequencyHz() + " Hz band-stop");
        }
        if (s.envelope() == EnvelopeMethod.LINEAR_ENVELOPE && !(s.envelopeCutoffHz() < nyquist)) {
            throw new IllegalArgumentException(
                    "envelope cutoff " + s.envelopeCutoffHz() + " Hz is above the Nyquist frequency " + nyquist + " Hz");
        }
    }

    /** Mean of the finite samples (0 when there are none). */
    static double mean(double[] x) {
        double sum = 0;
        int n = 0;
        for (double v : x) {
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The band-passed signal: DC removed (if set), mains stopped (if set), band-passed. A new array. */
    public static double[] bandPassed(double[] raw, double rateHz, EmgProcessingSettings s) {
        checkRate(rateHz, s);
        double[] x = raw.clone();
        if (s.removeDc()) {
            double m = mean(x);
            for (int i = 0; i < x.length; i++) {
                x[i] -= m;
            }
        }
        if (s.mains() != MainsFilter.NONE) {
            double f = s.mains().frequencyHz();
            x = Butterworth.bandStop(MAINS_ORDER, f - MAINS_HALF_WIDTH_HZ, f + MAINS_HALF_WIDTH_HZ, rateHz).filtfilt(x);
        }
        return Butterworth.bandPass(s.bandPassOrder(), s.bandPassLowHz(), s.bandPassHighHz(), rateHz).filtfilt(x);
    }

    /** Envelope of a band-passed signal. */
    public static double[] envelope(double[] bandPassed, double rateHz, EmgProcessingSettings s) {
        if (s.envelope() == EnvelopeMethod.RMS) {
            return movingRms(bandPassed, Math.max(1, (int) Math.round(s.rmsWindowSeconds() * rateHz)));
        }
        double[] rectified = new double[bandPassed.length];
        for (int i = 0; i < rectified.length; i++) {
            rectified[i] = Math.abs(bandPassed[i]);
        }
        return Butterworth.lowPass(s.envelopeOrder(), s.envelopeCutoffHz(), rateHz).filtfilt(rectified);
    }

    /**
     * Centred moving RMS over {@code window} samples (made odd), from the finite samples in the window; NaN where the
     * sample itself is missing. Running sums: O(n).
     */
    static double[] movingRms(double[] x, int window) {
        int half = window / 2;
        int n = x.length;
        double[] out = new double[n];
        double sum = 0;
        int count = 0;
        // window [i - half, i + half]
        for (int j = 0; j < Math.min(half, n); j++) {
            if (Double.isFinite(x[j])) {
                sum += x[j] * x[j];
                count++;
            }
        }
        for (int i = 0; i < n; i++) {
            int add = i + half;
            if (add < n && Double.isFinite(x[add])) {
                sum += x[add] * x[add];
                count++;
            }
            int drop = i - half - 1;
            if (drop >= 0 && Double.isFinite(x[drop])) {
                sum -= x[drop] * x[drop];
                count--;
            }
            out[i] = Double.isFinite(x[i]) && count > 0 ? Math.sqrt(Math.max(0, sum) / count) : Double.NaN;
        }
        return out;
    }
}
