package org.ambulo.emg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quality checks on synthetic signals whose numbers are known analytically. */
class QualityChecksTest {

    private static final double RATE_HZ = 1000;
    private static final EmgProcessingSettings DEFAULTS = EmgProcessingSettings.DEFAULTS;

    private static ChannelQuality check(double[] x, String units) {
        return EmgProcessing.quality("test", x, RATE_HZ, units, DEFAULTS);
    }

    @Test
    void constantChannelIsDisconnectedWhateverItsUnits() {
        ChannelQuality zero = check(new double[5000], "V");
        assertTrue(zero.has(QualityIssue.DISCONNECTED), zero.toString());
        ChannelQuality placeholder = check(Synthetic.plus(new double[5000], constant(65535, 5000)), "");
        assertTrue(placeholder.has(QualityIssue.DISCONNECTED), placeholder.toString());
        assertTrue(placeholder.has(QualityIssue.UNITS_UNKNOWN), "units '' are not volts");
    }

    @Test
    void noiseFloorBelowThresholdIsDisconnectedAndRealEmgIsNot() {
        // white noise of SD σ over 0–500 Hz keeps σ·√(band/500 Hz) in the 20–200 Hz band (≈ 0.6 σ, less the filter
        // skirts): 2 µV → ~1.2 µV < 3.16 µV; 50 µV → ~30 µV
        ChannelQuality floor = check(Synthetic.noise(2e-6, 5000, 1), "V");
        ChannelQuality emg = check(Synthetic.noise(50e-6, 5000, 2), "V");
        assertTrue(floor.has(QualityIssue.DISCONNECTED), floor.toString());
        assertEquals(2 * Math.sqrt(180 / 500.0), floor.bandSdMicroVolts(), 0.15 * 2 * Math.sqrt(180 / 500.0),
                "band SD, 15 % for the skirts");
        assertTrue(emg.ok(), emg.toString());
        // the same signal in mV is the same signal
        ChannelQuality inMilliVolts = check(scaled(Synthetic.noise(50e-6, 5000, 2), 1e3), "mV");
        assertEquals(emg.bandSdMicroVolts(), inMilliVolts.bandSdMicroVolts(), 1e-9 * emg.bandSdMicroVolts());
    }

    @Test
    void hugeDcIsFlaggedWithItsRatio() {
        double[] emg = Synthetic.noise(50e-6, 5000, 3);
        ChannelQuality q = check(Synthetic.plus(emg, constant(0.1, 5000)), "V");
        assertTrue(q.has(QualityIssue.HUGE_DC), q.toString());
        double bandSdVolts = q.bandSdMicroVolts() * 1e-6;
        double mean = Synthetic.mean(Synthetic.plus(emg, constant(0.1, 5000)), 0, 5000);
        assertEquals(mean / bandSdVolts, q.dcRatio(), 1e-9 * q.dcRatio(), "ratio = |mean| / band-passed SD");
        QualityFlag flag = q.flags().stream().filter(f -> f.issue() == QualityIssue.HUGE_DC).findFirst().orElseThrow();
        assertEquals(DEFAULTS.quality().dcRatioMax(), flag.threshold());
        assertTrue(flag.message().contains("test"), "names the channel: " + flag.message());
    }

    @Test
    void clippedSineHasTwoThirdsOfItsSamplesOnTheRails() {
        // 2·sin clipped at ±1: |2 sin| ≥ 1 for 2/3 of each period; 50 samples per period, so the sampled fraction is
        // within 2 samples per half period (4/50) of 2/3
        double[] x = Synthetic.sine(2e-3, 20, RATE_HZ, 5000);
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.max(-1e-3, Math.min(1e-3, x[i]));
        }
        ChannelQuality q = check(x, "V");
        assertEquals(2.0 / 3, q.clippedFraction(), 4.0 / 50);
        assertTrue(q.has(QualityIssue.CLIPPING), q.toString());
        ChannelQuality unclipped = check(Synthetic.sine(2e-3, 20, RATE_HZ, 5000), "V");
        assertFalse(unclipped.has(QualityIssue.CLIPPING), "a sine touches its peak once per half period: " + unclipped);
    }

    @Test
    void mainsRatioMatchesThePowerOfTheHum() {
        int n = 8192; // a power of two: the whole signal goes into the FFT
        double sigma = 50e-6;
        double hum = 40e-6;
        double[] emg = Synthetic.noise(sigma, n, 4);
        ChannelQuality clean = check(emg, "V");
        ChannelQuality noisy50 = check(Synthetic.plus(emg, Synthetic.sine(hum, 50, RATE_HZ, n)), "V");
        ChannelQuality noisy60 = check(Synthetic.plus(emg, Synthetic.sine(hum, 60, RATE_HZ, n)), "V");
        // white noise: the band 20–200 Hz holds σ²·180/500, the ±1 Hz window σ²·2/500; the sine puts A²/2 into the
        // window. Expected ratio (A²/2 + σ²·2/500) / (A²/2 + σ²·180/500) = 0.31; 15 % for the noise's own spread
        double expected = (hum * hum / 2 + sigma * sigma * 2 / 500) / (hum * hum / 2 + sigma * sigma * 180 / 500);
        assertEquals(expected, noisy50.mainsRatio(), 0.15 * expected);
        assertEquals(50, noisy50.mainsHz());
        assertEquals(60, noisy60.mainsHz());
        assertTrue(noisy50.has(QualityIssue.MAINS_NOISE) && noisy60.has(QualityIssue.MAINS_NOISE));
        assertEquals(2.0 / 180, clean.mainsRatio(), 0.5 * 2.0 / 180, "white noise: window/band width, 50 % (few bins)");
        assertTrue(clean.ok(), clean.toString());
    }

    @Test
    void mainsRatioNeedsAtLeastOneSecondAndAFastEnoughRate() {
        ChannelQuality shortTrial = check(Synthetic.noise(50e-6, 900, 5), "V");
        assertTrue(Double.isNaN(shortTrial.mainsRatio()), "900 samples at 1 kHz: bins wider than ±1 Hz");
    }

    private static double[] constant(double value, int n) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, value);
        return x;
    }

    private static double[] scaled(double[] x, double factor) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * factor;
        }
        return y;
    }
}
