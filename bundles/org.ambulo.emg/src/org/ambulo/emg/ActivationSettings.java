package org.ambulo.emg;

import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@code org.ambulo.emg.activation}: on/off detection on the envelopes and amplitude normalisation.
 *
 * @param method
 *            threshold method. Default {@link ThresholdMethod#QUIET_MEAN_PLUS_K_SD}
 * @param k
 *            factor of the SD for {@link ThresholdMethod#QUIET_MEAN_PLUS_K_SD}. Default 3: Hodges &amp; Bui 1996 (EEG Clin
 *            Neurophysiol 101:511), the common choice; from the literature, not from a tool's source
 * @param quietWindowSeconds
 *            length of the window searched for the quietest part of the trial. Default 0.2 s: our choice, longer than
 *            one period of the 6 Hz envelope so that the window's SD shows the baseline's fluctuation
 * @param peakFraction
 *            threshold as a fraction of the cycle's peak for {@link ThresholdMethod#FRACTION_OF_CYCLE_PEAK}. Default
 *            0.2: our choice (the literature uses 0.1–0.5); 0.5 puts the on/off at the half-height of a burst's edges
 * @param minOnSeconds
 *            bursts shorter than this are dropped. Default 0.025 s: the 25 ms of Hodges &amp; Bui 1996
 * @param minOffSeconds
 *            pauses shorter than this between two bursts are bridged. Default 0.025 s: as minOnSeconds
 * @param amplitude
 *            amplitude normalisation of the cycle envelopes. Default {@link AmplitudeNormalisation#CYCLE_PEAK} (pyCGM2
 *            normalises to maxima too; MVC needs a separate trial)
 * @param mvcPeakByLabel
 *            for {@link AmplitudeNormalisation#MVC}: the envelope peak of each channel label in the MVC trial, in the
 *            channel's units (see {@link EmgActivation#mvcPeaks}). Default empty
 */
public record ActivationSettings(ThresholdMethod method, double k, double quietWindowSeconds, double peakFraction, double minOnSeconds,
        double minOffSeconds, AmplitudeNormalisation amplitude, Map<String, Double> mvcPeakByLabel) {

    public static final ActivationSettings DEFAULTS = new ActivationSettings(ThresholdMethod.QUIET_MEAN_PLUS_K_SD, 3, 0.2, 0.2, 0.025,
            0.025,
            AmplitudeNormalisation.CYCLE_PEAK, Map.of());

    public ActivationSettings {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amplitude, "amplitude");
        mvcPeakByLabel = Map.copyOf(Objects.requireNonNull(mvcPeakByLabel, "mvcPeakByLabel"));
        if (!(k >= 0) || !(quietWindowSeconds > 0) || !(peakFraction > 0 && peakFraction < 1) || !(minOnSeconds >= 0)
                || !(minOffSeconds >= 0)) {
            throw new IllegalArgumentException("activation settings out of range: k " + k + ", quiet window " + quietWindowSeconds
                    + " s, peak fraction " + peakFraction + " (0..1), minimum on " + minOnSeconds + " s, minimum off " + minOffSeconds
                    + " s");
        }
    }

    public ActivationSettings withMethod(ThresholdMethod newMethod, double newPeakFraction) {
        return new ActivationSettings(newMethod, k, quietWindowSeconds, newPeakFraction, minOnSeconds, minOffSeconds, amplitude,
                mvcPeakByLabel);
    }

    public ActivationSettings withMvc(Map<String, Double> peaks) {
        return new ActivationSettings(method, k, quietWindowSeconds, peakFraction, minOnSeconds, minOffSeconds, AmplitudeNormalisation.MVC,
                peaks);
    }
}
