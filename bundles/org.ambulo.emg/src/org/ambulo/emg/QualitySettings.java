package org.ambulo.emg;

/**
 * Thresholds of the per-channel signal quality checks. Each flag reports its number beside its threshold.
 *
 * @param disconnectedBelowMicroVolts
 *            a channel whose band-passed signal has a standard deviation below this is flagged disconnected (or a
 *            silent electrode left on the noise floor). Default 3.16 µV: the lower bound of gaitutils'
 *            {@code emg_auto_off} variance window, 1e-11 V² (domain.md). Applies only when the channel's units are
 *            volts (V, mV, µV); an all-constant channel is flagged whatever its units
 * @param dcRatioMax
 *            a channel whose mean (DC) exceeds this many times the standard deviation of its band-passed EMG is
 *            flagged "huge DC" (amplifier saturated, electrode off the skin, or a placeholder value). Default 50: our
 *            choice; the shared real files stay below 10 except where the channel is a placeholder
 * @param clippedFractionMax
 *            fraction of samples on flat tops at the channel's extreme values (runs of at least
 *            {@link #clipRunSamples} equal samples at the minimum or maximum, the ADC rails) above which the channel is
 *            flagged clipped. Default 0.001 (0.1 % of samples): our choice
 * @param clipRunSamples
 *            equal consecutive samples at an extreme that make a flat top. Default 3: our choice (a true EMG peak
 *            rarely repeats its exact extreme value three times)
 * @param mainsRatioMax
 *            power within ±1 Hz of 50 Hz or of 60 Hz divided by the power in the EMG band (20 Hz to the band-pass upper
 *            edge or Nyquist) above which mains noise is flagged. Default 0.1: our choice; a flat spectrum puts about
 *            1 % of the band power into those 2 Hz, so 0.1 means a line ten times above the spectrum
 */
public record QualitySettings(double disconnectedBelowMicroVolts, double dcRatioMax, double clippedFractionMax, int clipRunSamples,
        double mainsRatioMax) {

    public static final QualitySettings DEFAULTS = new QualitySettings(3.16, 50, 0.001, 3, 0.1);

    public QualitySettings {
        if (!(disconnectedBelowMicroVolts >= 0) || !(dcRatioMax > 0) || !(clippedFractionMax >= 0) || clipRunSamples < 2
                || !(mainsRatioMax > 0)) {
            throw new IllegalArgumentException(
                    "quality thresholds must be positive (clip run at least 2 samples): " + disconnectedBelowMicroVolts
                            + " µV, DC ratio " + dcRatioMax + ", clipped fraction " + clippedFractionMax + ", run " + clipRunSamples
                            + ", mains ratio " + mainsRatioMax);
        }
    }
}
