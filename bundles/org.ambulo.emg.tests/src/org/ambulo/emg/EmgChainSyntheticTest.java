package org.ambulo.emg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ambulo.signal.Butterworth;
import org.junit.jupiter.api.Test;

/**
 * The chain on signals whose envelope is known: a sine of amplitude A sampled N times per period from a zero
 * crossing, rectified, has mean A·(2/N)·cot(π/N) (Σ sin(2πk/N) over a half period = cot(π/N); → 2A/π for large N),
 * and RMS A/√2; zero-lag filtering keeps that phase, and the filters' gains come from
 * {@link Butterworth#zeroLagGainAt}. Ends are excluded where the filters' edge transients
 * live (stated per test).
 */
class EmgChainSyntheticTest {

    private static final double RATE_HZ = 1000;
    private static final EmgProcessingSettings DEFAULTS = EmgProcessingSettings.DEFAULTS;

    private static double bandGain(double frequencyHz) {
        return Butterworth.bandPass(DEFAULTS.bandPassOrder(), DEFAULTS.bandPassLowHz(), DEFAULTS.bandPassHighHz(), RATE_HZ)
                .zeroLagGainAt(frequencyHz);
    }

    /** Mean of |sin| over 10 samples per period (100 Hz at 1 kHz) from a zero crossing: 0.6155 (2/π = 0.6366). */
    private static final double RECTIFIED_MEAN_100_HZ = 2.0 / 10 / Math.tan(Math.PI / 10);

    @Test
    void linearEnvelopeOfASineIsItsRectifiedMean() {
        double amplitude = 1e-3;
        double[] envelope = EmgProcessing.envelope(Synthetic.sine(amplitude, 100, RATE_HZ, 5000), RATE_HZ, DEFAULTS);
        double expected = amplitude * RECTIFIED_MEAN_100_HZ * bandGain(100);
        // 1 s excluded at each end (6 Hz envelope transient); the 200 Hz ripple of the rectified sine is attenuated
        // by the 6 Hz low-pass to < 1e-5 of the mean: tolerance 0.5 %
        for (int i = 1000; i < 4000; i++) {
            assertEquals(expected, envelope[i], 0.005 * expected, "sample " + i);
        }
    }

    @Test
    void envelopeFollowsASlowAmplitudeModulation() {
        int n = 8000;
        double[] carrier = Synthetic.sine(1, 100, RATE_HZ, n);
        double[] modulated = new double[n];
        double[] expected = new double[n];
        double lowPassGainAt1Hz = Butterworth.lowPass(DEFAULTS.envelopeOrder(), DEFAULTS.envelopeCutoffHz(), RATE_HZ).zeroLagGainAt(1);
        for (int i = 0; i < n; i++) {
            double t = i / RATE_HZ;
            modulated[i] = carrier[i] * (1 + 0.5 * Math.sin(2 * Math.PI * t));
            expected[i] = RECTIFIED_MEAN_100_HZ * bandGain(100) * (1 + 0.5 * lowPassGainAt1Hz * Math.sin(2 * Math.PI * t));
        }
        double[] envelope = EmgProcessing.envelope(modulated, RATE_HZ, DEFAULTS);
        // sidebands at 99/101 Hz pass the band-pass like 100 Hz (gain differs < 0.1 %): tolerance 1 % of the mean level
        assertTrue(Synthetic.maxAbsDeviation(envelope, expected, 1500, n - 1500) < 0.01 * RECTIFIED_MEAN_100_HZ,
                "max deviation " + Synthetic.maxAbsDeviation(envelope, expected, 1500, n - 1500));
    }

    @Test
    void rmsEnvelopeOfASineIsItsAmplitudeOverRootTwo() {
        double amplitude = 2e-4;
        // 0.03 s window = 31 samples at 1 kHz (made odd): 3.1 periods of 100 Hz; the partial period moves the mean
        // square by at most 1/(2·2π·3.1) = 2.6 %, the RMS by half that: tolerance 2 %
        EmgProcessingSettings rms = new EmgProcessingSettings(java.util.Map.of(), true, true, MainsFilter.NONE, 2, 20, 200,
                EnvelopeMethod.RMS, 2,
                6, 0.03, QualitySettings.DEFAULTS);
        double[] envelope = EmgProcessing.envelope(Synthetic.sine(amplitude, 100, RATE_HZ, 3000), RATE_HZ, rms);
        double expected = amplitude / Math.sqrt(2) * bandGain(100);
        for (int i = 500; i < 2500; i++) {
            assertEquals(expected, envelope[i], 0.02 * expected, "sample " + i);
        }
    }

    @Test
    void dcOffsetDoesNotChangeTheEnvelope() {
        double[] emg = Synthetic.noise(50e-6, 4000, 7);
        double[] withDc = emg.clone();
        for (int i = 0; i < withDc.length; i++) {
            withDc[i] += 0.5; // 0.5 V DC, 10^4 times the EMG
        }
        double[] clean = EmgProcessing.envelope(emg, RATE_HZ, DEFAULTS);
        double[] shifted = EmgProcessing.envelope(withDc, RATE_HZ, DEFAULTS);
        // the mean is subtracted exactly (up to rounding of 0.5 + 5e-5 in double: ~1e-16 relative to 0.5)
        assertTrue(Synthetic.maxAbsDeviation(clean, shifted, 0, clean.length) < 1e-9, "DC removed before the band-pass");
    }

    @Test
    void mainsBandStopRemovesFiftyHertzWithoutTouchingTheEmg() {
        int n = 40_000; // 40 s: the 0.2 Hz wide band-stop rings for seconds at the ends
        double[] emg = Synthetic.sine(1, 100, RATE_HZ, n);
        double[] hum = Synthetic.sine(5, 50, RATE_HZ, n);
        double[] recorded = Synthetic.plus(emg, hum);
        double expected = RECTIFIED_MEAN_100_HZ * bandGain(100);
        double[] filtered = EmgProcessing.envelope(recorded, RATE_HZ, DEFAULTS.withMains(MainsFilter.HZ_50));
        double[] unfiltered = EmgProcessing.envelope(recorded, RATE_HZ, DEFAULTS);
        // middle 10 s, 15 s from each end where the band-stop's ring-down (time constant ~1.6 s) is below 1e-4
        for (int i = 15_000; i < 25_000; i += 100) {
            assertEquals(expected, filtered[i], 0.01 * expected, "sample " + i);
        }
        assertTrue(Synthetic.mean(unfiltered, 15_000, 25_000) > 2 * expected, "without the band-stop the hum dominates");
    }

    @Test
    void rateTooLowForTheBandPassIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmgProcessing.envelope(new double[1000], 100, DEFAULTS));
        assertTrue(e.getMessage().contains("100.0 Hz") && e.getMessage().contains("Nyquist"), e.getMessage());
    }

    @Test
    void missingSamplesStayMissing() {
        double[] x = Synthetic.sine(1, 100, RATE_HZ, 3000);
        for (int i = 1400; i < 1500; i++) {
            x[i] = Double.NaN;
        }
        double[] envelope = EmgProcessing.envelope(x, RATE_HZ, DEFAULTS);
        for (int i = 1400; i < 1500; i++) {
            assertTrue(Double.isNaN(envelope[i]), "gap kept at " + i);
        }
        assertTrue(Double.isFinite(envelope[700]) && Double.isFinite(envelope[2300]), "both runs filtered");
    }
}
