package org.ambulo.signal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The filter against analytically known responses. The exact digital Butterworth (bilinear, pre-warped) has
 * |H(f)|² = 1 / (1 + (W(f)/W(fc))^(2N)), W(f) = tan(π f / fs); band filters replace W/Wc by
 * (W² − W0²) / (W·BW) (band-pass) or its inverse (band-stop), W0² = Wl·Wh, BW = Wh − Wl.
 */
class ButterworthTest {

    /** Design vs formula: double-precision round-off over up to 10 sections. */
    private static final double DESIGN_TOLERANCE = 1e-9;

    static double w(double fHz, double fsHz) {
        return Math.tan(Math.PI * fHz / fsHz);
    }

    static double lowPassGain(int n, double f, double fc, double fs) {
        return 1 / Math.sqrt(1 + Math.pow(w(f, fs) / w(fc, fs), 2 * n));
    }

    static double bandPassGain(int n, double f, double fl, double fh, double fs) {
        double wl = w(fl, fs), wh = w(fh, fs), wf = w(f, fs);
        double q = (wf * wf - wl * wh) / (wf * (wh - wl));
        return 1 / Math.sqrt(1 + Math.pow(q, 2 * n));
    }

    @ParameterizedTest(name = "low-pass N={0} fc={1} fs={2}")
    @CsvSource({"1, 6, 100", "2, 6, 100", "3, 10, 1000", "4, 6, 100", "5, 20, 1000", "8, 1, 2000", "2, 45, 100"})
    void lowPassMagnitudeMatchesTheoryAtHalfOneAndTwiceTheCutoff(int n, double fc, double fs) {
        Butterworth f = Butterworth.lowPass(n, fc, fs);
        for (double freq : new double[]{fc / 2, fc, Math.min(2 * fc, 0.49 * fs)}) {
            assertEquals(lowPassGain(n, freq, fc, fs), f.gainAt(freq), DESIGN_TOLERANCE, "single pass at " + freq + " Hz");
            assertEquals(Math.pow(lowPassGain(n, freq, fc, fs), 2), f.zeroLagGainAt(freq), DESIGN_TOLERANCE, "zero lag at " + freq + " Hz");
        }
        assertEquals(Math.sqrt(0.5), f.gainAt(fc), DESIGN_TOLERANCE, "-3 dB single pass at fc");
        assertEquals(0.5, f.zeroLagGainAt(fc), DESIGN_TOLERANCE, "-6 dB zero lag at fc");
        assertEquals(1, f.gainAt(0), DESIGN_TOLERANCE, "DC gain 1");
        assertEquals(0, f.gainAt(fs / 2), 1e-12, "zero at Nyquist");
    }

    @Test
    void wellBelowNyquistTheDigitalResponseApproachesTheAnalogTextbookOne() {
        // fs/fc = 100: warping changes W(f)/W(fc) by < 0.1 % up to 2 fc
        Butterworth f = Butterworth.lowPass(2, 1, 100);
        for (double freq : new double[]{0.5, 1, 2}) {
            double analog = 1 / Math.sqrt(1 + Math.pow(freq / 1.0, 4));
            assertEquals(analog, f.gainAt(freq), 1e-3, "analog |H| at " + freq + " Hz");
        }
    }

    @ParameterizedTest(name = "high-pass N={0} fc={1} fs={2}")
    @CsvSource({"1, 20, 1000", "2, 20, 1000", "4, 10, 2000", "5, 30, 1000"})
    void highPassIsTheMirrorOfTheLowPass(int n, double fc, double fs) {
        Butterworth f = Butterworth.highPass(n, fc, fs);
        for (double freq : new double[]{fc / 2, fc, 2 * fc}) {
            // high-pass: |H|² = 1 / (1 + (Wc/W)^(2N))
            double expected = 1 / Math.sqrt(1 + Math.pow(w(fc, fs) / w(freq, fs), 2 * n));
            assertEquals(expected, f.gainAt(freq), DESIGN_TOLERANCE, "at " + freq + " Hz");
        }
        assertEquals(0, f.gainAt(0), 1e-12, "DC gain 0");
        assertEquals(1, f.gainAt(fs / 2), DESIGN_TOLERANCE, "Nyquist gain 1");
    }

    @ParameterizedTest(name = "band N={0} {1}..{2} Hz fs={3}")
    @CsvSource({"1, 20, 200, 1000", "2, 20, 200, 1000", "4, 20, 450, 2000", "3, 49.9, 50.1, 1000", "2, 5, 6, 100"})
    void bandPassAndBandStopMatchTheory(int n, double fl, double fh, double fs) {
        Butterworth bp = Butterworth.bandPass(n, fl, fh, fs);
        Butterworth bs = Butterworth.bandStop(n, fl, fh, fs);
        double centre = Math.atan(Math.sqrt(w(fl, fs) * w(fh, fs))) * fs / Math.PI;
        for (double freq : new double[]{fl / 2, fl, centre, fh, Math.min(2 * fh, 0.49 * fs)}) {
            double g = bandPassGain(n, freq, fl, fh, fs);
            assertEquals(g, bp.gainAt(freq), DESIGN_TOLERANCE, "band-pass at " + freq + " Hz");
            assertEquals(Math.sqrt(1 - g * g), bs.gainAt(freq), 1e-7, "band-stop (power complement) at " + freq + " Hz");
        }
        assertAll(() -> assertEquals(Math.sqrt(0.5), bp.gainAt(fl), DESIGN_TOLERANCE),
                () -> assertEquals(Math.sqrt(0.5), bp.gainAt(fh), DESIGN_TOLERANCE),
                () -> assertEquals(1, bp.gainAt(centre), DESIGN_TOLERANCE), () -> assertEquals(0, bp.gainAt(0), 1e-12),
                () -> assertEquals(0, bs.gainAt(centre), 1e-9), () -> assertEquals(1, bs.gainAt(0), DESIGN_TOLERANCE),
                () -> assertEquals(1, bs.gainAt(fs / 2), DESIGN_TOLERANCE), () -> assertEquals(2 * n, bp.poleCount()));
    }

    @ParameterizedTest(name = "Winter-corrected {0} N={1}")
    @CsvSource({"LOW_PASS, 2", "LOW_PASS, 4", "HIGH_PASS, 2", "BAND_PASS, 2", "BAND_STOP, 3"})
    void winterCorrectionPutsTheZeroLagMinus3dBPointAtTheCutoff(FilterType type, int n) {
        double fs = 1000;
        Butterworth f = switch (type) {
            case LOW_PASS -> Butterworth.lowPass(n, 6, fs, CutoffConvention.WINTER_CORRECTED);
            case HIGH_PASS -> Butterworth.highPass(n, 6, fs, CutoffConvention.WINTER_CORRECTED);
            case BAND_PASS -> Butterworth.bandPass(n, 20, 200, fs, CutoffConvention.WINTER_CORRECTED);
            case BAND_STOP -> Butterworth.bandStop(n, 40, 60, fs, CutoffConvention.WINTER_CORRECTED);
        };
        assertEquals(Math.sqrt(0.5), f.zeroLagGainAt(f.lowCutoffHz()), DESIGN_TOLERANCE, "zero-lag -3 dB at the (low) cutoff");
        assertEquals(Math.sqrt(0.5), f.zeroLagGainAt(f.highCutoffHz()), DESIGN_TOLERANCE, "zero-lag -3 dB at the (high) cutoff");
    }

    @Test
    void winterFactorForTwoPassesOfASecondOrderFilterIs0802() {
        // Winter's textbook number: the uncorrected zero-lag filter is -3 dB at 0.802 fc (well below Nyquist)
        Butterworth f = Butterworth.lowPass(2, 1, 1000);
        assertEquals(Math.sqrt(0.5), f.zeroLagGainAt(0.802), 1e-3);
    }

    @ParameterizedTest(name = "N={0}")
    @CsvSource({"1", "2", "4", "8"})
    void aSineAtAQuarterOfTheCutoffComesBackInPhaseWithThePredictedAmplitude(int n) {
        double fs = 100, fc = 8, f0 = fc / 4;
        double[] x = new double[2000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(2 * Math.PI * f0 * i / fs + 0.3);
        }
        double[] y = Butterworth.lowPass(n, fc, fs).filtfilt(x);
        double expected = Math.pow(lowPassGain(n, f0, fc, fs), 2);
        // interior, away from the edges: zero phase means y = g·x sample by sample; tolerance covers edge transients
        // that have decayed (< 1e-6) 200 samples in
        for (int i = 200; i < x.length - 200; i++) {
            assertEquals(expected * x[i], y[i], 1e-6, "sample " + i);
        }
    }

    @Test
    void sinesAtHalfOneAndTwiceTheCutoffAreAttenuatedAsPredicted() {
        double fs = 1000, fc = 10;
        Butterworth filter = Butterworth.lowPass(3, fc, fs);
        for (double f0 : new double[]{fc / 2, fc, 2 * fc}) {
            double[] x = new double[10000];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.cos(2 * Math.PI * f0 * i / fs);
            }
            double[] y = filter.filtfilt(x);
            double expected = Math.pow(lowPassGain(3, f0, fc, fs), 2);
            for (int i = 2000; i < 8000; i += 7) {
                assertEquals(expected * x[i], y[i], 1e-6, f0 + " Hz, sample " + i);
            }
        }
    }

    @Test
    void dcPassesTheLowPassAndBandStopUnchangedAndIsRemovedByTheHighPassAndBandPass() {
        double[] dc = new double[500];
        java.util.Arrays.fill(dc, 123.4);
        double[] lp = Butterworth.lowPass(4, 6, 100).filtfilt(dc);
        double[] bs = Butterworth.bandStop(2, 10, 20, 100).filtfilt(dc);
        double[] hp = Butterworth.highPass(4, 6, 100).filtfilt(dc);
        double[] bp = Butterworth.bandPass(2, 10, 20, 100).filtfilt(dc);
        for (int i = 0; i < dc.length; i++) {
            // steady-state start: exact up to round-off, also at the edges
            assertEquals(123.4, lp[i], 1e-9);
            assertEquals(123.4, bs[i], 1e-9);
            assertEquals(0, hp[i], 1e-9);
            assertEquals(0, bp[i], 1e-9);
        }
    }

    @Test
    void aRampPassesTheLowPassUnchangedInsideAndWithTheDocumentedTransientAtTheEdges() {
        double slope = 0.7;
        double[] ramp = new double[300];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = 5 + slope * i;
        }
        Butterworth filter = Butterworth.lowPass(2, 6, 100);
        double[] y = filter.filtfilt(ramp);
        double[] longPad = filter.withPadLength(100).filtfilt(ramp);
        double worstEdge = 0;
        for (int i = 0; i < ramp.length; i++) {
            boolean edge = i < 80 || i >= ramp.length - 80;
            // inside: a zero-lag low-pass leaves a line unchanged; the edge transient (steady state of a constant
            // meeting a ramp) decays with the filter's time constant (~4 samples): exp(-80/4) ≈ 2e-9 of it is left
            if (!edge) {
                assertEquals(ramp[i], y[i], 1e-8, "sample " + i);
            }
            worstEdge = Math.max(worstEdge, Math.abs(y[i] - ramp[i]));
            // padded by 100 samples (> 20 time constants) the transient is gone at the edges too
            assertEquals(ramp[i], longPad[i], 1e-6 * slope, "long padding, sample " + i);
        }
        // default 6-sample padding: the documented edge transient of about a quarter of a sample's worth of slope
        assertTrue(worstEdge > 0.1 * slope && worstEdge < 0.3 * slope, "edge transient " + worstEdge / slope + " x slope");
        assertThrows(IllegalArgumentException.class, () -> filter.withPadLength(-1));
    }

    @Test
    void order8At1HzAnd2000HzIsStableAndExact() {
        Butterworth f = Butterworth.lowPass(8, 1, 2000);
        assertEquals(4, f.sections().length);
        for (double[] s : f.sections()) {
            // poles inside the unit circle: |a2| < 1 and |a1| < 1 + a2
            assertTrue(Math.abs(s[4]) < 1 && Math.abs(s[3]) < 1 + s[4], "stable section " + java.util.Arrays.toString(s));
        }
        // step response of the EMG-envelope use: 20 s of a unit step, settles to exactly 1
        double[] step = new double[40000];
        for (int i = 20000; i < step.length; i++) {
            step[i] = 1;
        }
        double[] y = f.filtfilt(step);
        for (double v : y) {
            assertTrue(Double.isFinite(v));
        }
        // the 8th-order response rings for seconds: slowest pole pair decays as exp(-2π·1 Hz·sin(π/16)·t), ~1e-4
        // 7.5 s from the step; an unstable or badly conditioned design would be off by orders of magnitude
        assertEquals(0, y[5000], 1e-4, "before the step");
        assertEquals(1, y[35000], 1e-4, "after the step");
        assertEquals(0, y[0], 1e-4, "edge");
        assertEquals(1, y[y.length - 1], 1e-4, "edge");
        assertEquals(0.5, y[20000], 0.01, "mid-step: symmetric response crosses the middle at the step");
        assertEquals(Math.pow(lowPassGain(8, 0.5, 1, 2000), 2), f.zeroLagGainAt(0.5), 1e-9);
    }

    @Test
    void stepResponseIsSymmetricAboutTheStepForZeroLag() {
        double[] step = new double[1001];
        for (int i = 0; i < step.length; i++) {
            step[i] = i < 500 ? 0 : i > 500 ? 1 : 0.5;
        }
        double[] y = Butterworth.lowPass(2, 6, 100).filtfilt(step);
        assertEquals(0.5, y[500], 1e-9, "the middle stays at the middle");
        for (int k = 1; k < 100; k++) {
            // y(500 + k) - 0.5 = 0.5 - y(500 - k): odd symmetry, no lag; round-off only
            assertEquals(0.5 - y[500 - k], y[500 + k] - 0.5, 1e-9, "offset " + k);
        }
    }

    @Test
    void nanGapsStayNaNAreNotSmearedAndRunsAreFilteredIndependently() {
        double[] x = new double[400];
        for (int i = 0; i < x.length; i++) {
            x[i] = i < 200 ? Math.sin(i * 0.1) : 1000 + Math.cos(i * 0.05);
        }
        for (int i = 195; i < 205; i++) {
            x[i] = Double.NaN;
        }
        Butterworth f = Butterworth.lowPass(2, 6, 100);
        double[] y = f.filtfilt(x);
        for (int i = 195; i < 205; i++) {
            assertTrue(Double.isNaN(y[i]), "gap sample " + i + " stays NaN");
        }
        assertTrue(Double.isFinite(y[194]) && Double.isFinite(y[205]), "samples next to the gap stay finite");
        double[] before = f.filtfilt(java.util.Arrays.copyOfRange(x, 0, 195));
        double[] after = f.filtfilt(java.util.Arrays.copyOfRange(x, 205, 400));
        for (int i = 0; i < 195; i++) {
            assertEquals(before[i], y[i], 0, "run 1 filtered on its own, sample " + i);
        }
        for (int i = 205; i < 400; i++) {
            assertEquals(after[i - 205], y[i], 0, "run 2 filtered on its own, sample " + i);
        }
        assertTrue(Math.abs(y[194]) < 2, "the 1000 mm level of run 2 does not leak into run 1: " + y[194]);
    }

    @Test
    void shortRunsAreExtendedByRepeatedReflectionAndSingleSamplesAreTreatedAsConstant() {
        double[] x = {Double.NaN, 7, Double.NaN, 1, 2, 3, Double.NaN};
        Butterworth filter = Butterworth.lowPass(2, 6, 100);
        double[] low = filter.filtfilt(x);
        double[] high = Butterworth.highPass(2, 6, 100).filtfilt(x);
        assertEquals(7, low[1], 1e-12, "single sample passes a low-pass");
        assertEquals(0, high[1], 1e-12, "single sample is removed by a high-pass");
        assertTrue(Double.isNaN(low[0]) && Double.isNaN(low[2]) && Double.isNaN(low[6]));
        // a 3-sample line, extended 6 samples each way by repeated reflection, is the same line: it behaves like the
        // edges of a long ramp (same documented transient, < 0.3 × slope) and, padded long, passes unchanged
        for (int i = 3; i <= 5; i++) {
            assertEquals(x[i], low[i], 0.3, "sample " + i);
        }
        double[] longPad = filter.withPadLength(100).filtfilt(x);
        for (int i = 3; i <= 5; i++) {
            assertEquals(x[i], longPad[i], 1e-6, "long padding, sample " + i);
        }
        assertEquals(0, filter.filtfilt(new double[0]).length);
    }

    @Test
    void paddingIsThreeTimesThePoleCount() {
        assertEquals(6, Butterworth.lowPass(2, 6, 100).padLength());
        assertEquals(12, Butterworth.bandPass(2, 20, 200, 1000).padLength());
    }

    @Test
    void invalidDesignsAreRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Butterworth.lowPass(2, 60, 100));
        assertTrue(e.getMessage().contains("Nyquist"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Butterworth.lowPass(0, 6, 100));
        assertThrows(IllegalArgumentException.class, () -> Butterworth.lowPass(2, 6, 0));
        assertThrows(IllegalArgumentException.class, () -> Butterworth.lowPass(2, Double.NaN, 100));
        assertThrows(IllegalArgumentException.class, () -> Butterworth.bandPass(2, 200, 20, 1000));
        assertThrows(IllegalArgumentException.class, () -> Butterworth.bandStop(2, 20, 600, 1000));
        assertFalse(Butterworth.lowPass(2, 6, 100).toString().isEmpty());
    }
}
