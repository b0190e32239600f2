package org.ambulo.emg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.ambulo.cycles.GaitCycle;
import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;

/**
 * On/off detection on synthetic bursts at known times: 1 s cycles of the left side starting at 0.5 s, a burst from
 * 10 % to 40 % of each cycle, foot off at 60 %.
 */
class ActivationSyntheticTest {

    private static final double RATE_HZ = 1000;
    private static final int SAMPLES = 5000;
    private static final double ON_PCT = 10;
    private static final double OFF_PCT = 40;
    private static final EmgChannel LEFT_TA = new EmgChannel("L_TA", 0, Muscle.TIBIALIS_ANTERIOR, Side.LEFT, ElectrodeType.SURFACE, "test");

    private static List<GaitCycle> cycles() {
        List<GaitCycle> cycles = new ArrayList<>();
        for (double start = 0.5; start + 1 <= 4.5 + 1e-9; start += 1) {
            cycles.add(new GaitCycle(Side.LEFT, start, start + 0.6, start + 1, OptionalDouble.empty(), OptionalDouble.empty()));
        }
        return cycles;
    }

    /** Amplitude 1 inside the bursts, {@code baseline} outside, times a carrier. */
    private static double[] bursts(double[] carrier, double baseline, double burstAmplitude) {
        double[] x = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            double t = i / RATE_HZ;
            double phase = ((t - 0.5) % 1 + 1) % 1 * 100;
            boolean on = t >= 0.5 && phase >= ON_PCT && phase < OFF_PCT;
            x[i] = carrier[i] * (on ? burstAmplitude : baseline);
        }
        return x;
    }

    private static EmgEnvelopes envelopes(double[] raw) {
        double[] envelope = EmgProcessing.envelope(raw, RATE_HZ, EmgProcessingSettings.DEFAULTS);
        ChannelQuality quality = new ChannelQuality("L_TA", Double.NaN, 0, 0, Double.NaN, Double.NaN, List.of());
        return new EmgEnvelopes("synthetic", EmgProcessingSettings.DEFAULTS,
                List.of(new ProcessedChannel(LEFT_TA, RATE_HZ, 0, envelope, quality)),
                List.of(), List.of(quality), List.of());
    }

    @Test
    void halfOfTheCyclePeakFindsTheEdgesOfASineBurst() {
        EmgEnvelopes emg = envelopes(bursts(Synthetic.sine(1e-3, 100, RATE_HZ, SAMPLES), 0.02, 1));
        ActivationSettings half = ActivationSettings.DEFAULTS.withMethod(ThresholdMethod.FRACTION_OF_CYCLE_PEAK, 0.5);
        EmgActivations result = EmgActivation.detect(emg, cycles(), half);
        assertEquals(4, result.activations().size(), result.issues().toString());
        for (CycleActivation a : result.activations()) {
            // the zero-lag envelope of a step passes half height at the step (symmetric response); the 2 % baseline
            // moves that by < 1 ms: tolerance 1 % of the cycle (10 ms)
            assertEquals(1, a.intervals().size(), a.intervals().toString());
            assertEquals(ON_PCT, a.intervals().get(0).onPct(), 1.0);
            assertEquals(OFF_PCT, a.intervals().get(0).offPct(), 1.0);
            assertEquals(60, a.footOffPct(), 1e-9);
            // cycle-peak normalisation: the 101-point envelope peaks at 1 (less the sampling of the peak, 1 %)
            double max = java.util.Arrays.stream(a.envelopePct()).max().orElseThrow();
            assertEquals(1, max, 0.01);
            assertEquals(101, a.envelopePct().length);
        }
    }

    @Test
    void quietBaselineThresholdFindsNoiseBurstsSlightlyWider() {
        EmgEnvelopes emg = envelopes(bursts(Synthetic.noise(1e-4, SAMPLES, 11), 0.05, 1));
        EmgActivations result = EmgActivation.detect(emg, cycles(), ActivationSettings.DEFAULTS);
        assertEquals(4, result.activations().size(), result.issues().toString());
        for (CycleActivation a : result.activations()) {
            // a threshold just above the baseline catches the zero-lag envelope's rise before the step and its fall
            // after it: on up to 8 % early, off up to 8 % late (80 ms, the 6 Hz filter's half-response), never more
            // than 1 % on the other side
            assertEquals(1, a.intervals().size(), a.intervals().toString());
            ActivationInterval burst = a.intervals().get(0);
            assertTrue(burst.onPct() <= ON_PCT + 1 && burst.onPct() >= ON_PCT - 8, "on " + burst.onPct());
            assertTrue(burst.offPct() >= OFF_PCT - 1 && burst.offPct() <= OFF_PCT + 8, "off " + burst.offPct());
        }
    }

    @Test
    void mvcNormalisationDividesByTheMvcPeak() {
        double[] carrier = Synthetic.sine(1e-3, 100, RATE_HZ, SAMPLES);
        EmgEnvelopes walk = envelopes(bursts(carrier, 0.02, 1));
        EmgEnvelopes mvc = envelopes(bursts(carrier, 0.02, 2));
        Map<String, Double> peaks = EmgActivation.mvcPeaks(mvc);
        EmgActivations result = EmgActivation.detect(walk, cycles(), ActivationSettings.DEFAULTS.withMvc(peaks));
        assertEquals(4, result.activations().size(), result.issues().toString());
        for (CycleActivation a : result.activations()) {
            double max = java.util.Arrays.stream(a.envelopePct()).max().orElseThrow();
            // the walking bursts have half the MVC amplitude; 2 % for the sampling of both peaks
            assertEquals(0.5, max, 0.02);
            assertEquals(peaks.get("L_TA"), a.amplitudeScale());
        }
        EmgActivations missing = EmgActivation.detect(walk, cycles(), ActivationSettings.DEFAULTS.withMvc(Map.of()));
        assertTrue(missing.activations().isEmpty());
        assertTrue(missing.issues().get(0).contains("L_TA") && missing.issues().get(0).contains("MVC"), missing.issues().toString());
    }

    @Test
    void disconnectedChannelsGetNoTiming() {
        double[] flat = new double[SAMPLES];
        ChannelQuality quality = EmgProcessing.quality("L_TA", flat, RATE_HZ, "V", EmgProcessingSettings.DEFAULTS);
        EmgEnvelopes emg = new EmgEnvelopes("synthetic", EmgProcessingSettings.DEFAULTS,
                List.of(new ProcessedChannel(LEFT_TA, RATE_HZ, 0, EmgProcessing.envelope(flat, RATE_HZ, EmgProcessingSettings.DEFAULTS),
                        quality)),
                List.of(), List.of(quality), List.of());
        EmgActivations result = EmgActivation.detect(emg, cycles(), ActivationSettings.DEFAULTS);
        assertTrue(result.activations().isEmpty());
        assertEquals(List.of("L_TA: flagged disconnected, no activation timing"), result.issues());
    }

    @Test
    void cyclesOutsideTheRecordingAndMissingSidesAreReported() {
        EmgEnvelopes emg = envelopes(bursts(Synthetic.sine(1e-3, 100, RATE_HZ, SAMPLES), 0.02, 1));
        List<GaitCycle> cycles = new ArrayList<>(cycles());
        cycles.add(new GaitCycle(Side.LEFT, 4.6, 5.2, 5.6, OptionalDouble.empty(), OptionalDouble.empty()));
        EmgActivations result = EmgActivation.detect(emg, cycles, ActivationSettings.DEFAULTS);
        assertEquals(4, result.activations().size());
        assertTrue(result.issues().stream().anyMatch(i -> i.contains("L_TA") && i.contains("outside the EMG recording")),
                result.issues().toString());
        List<GaitCycle> rightOnly = List.of(new GaitCycle(Side.RIGHT, 1, 1.6, 2, OptionalDouble.empty(), OptionalDouble.empty()));
        EmgActivations none = EmgActivation.detect(emg, rightOnly, ActivationSettings.DEFAULTS);
        assertTrue(none.activations().isEmpty());
        assertTrue(none.issues().get(0).contains("no complete left gait cycle"), none.issues().toString());
    }
}
