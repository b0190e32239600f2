package org.ambulo.signal;

import java.util.Arrays;
import java.util.Objects;

import org.ambulo.signal.internal.ButterworthDesign;
import org.ambulo.signal.internal.SecondOrderSections;
import org.ambulo.signal.internal.ValidRuns;

/**
 * Digital Butterworth filter (bilinear transform with pre-warping, second-order sections) for zero-lag filtering.
 * <h2>What "order" means</h2> {@code order} is the order N of the designed single-pass filter (as in scipy
 * {@code butter}, MATLAB {@code butter} and pyCGM2): the single pass has |H(f)|² = 1 / (1 + (W(f)/W(fc))^(2N)) with
 * W(f) = tan(π f / fs) (the exact digital Butterworth; ≈ (f/fc)^(2N) well below Nyquist). {@link #filtfilt} applies
 * it twice, so the zero-lag amplitude gain is |H(f)|², an effective order 2N; with
 * {@link CutoffConvention#AS_DESIGNED} (default) it is 1/2 (−6 dB) at fc.
 * Its −3 dB point is at W⁻¹(W(fc)·(√2 − 1)^(1/(2N))), e.g. 0.802·fc for N = 2. Ask for
 * {@link CutoffConvention#WINTER_CORRECTED} to have the zero-lag −3 dB point at the requested cutoff instead.
 * Band-pass and band-stop filters of order N have 2N poles (N sections), as in scipy.
 * <h2>Edges and gaps</h2> Each run of finite samples is filtered separately; NaN (and infinite) samples stay NaN and
 * never reach a neighbouring run. A run is extended at both ends by odd reflection (2·x₀ − xᵢ) of
 * {@link #padLength()} = 3 × (number of poles) samples, the MATLAB {@code filtfilt} padding length
 * 3·(max(len(a), len(b)) − 1) (see {@link #withPadLength} for longer padding), and each pass starts in the filter's
 * steady state for its first sample (scipy {@code lfilter_zi}), so a constant run passes a low-pass unchanged. A run
 * shorter than the padding is extended by repeated point reflection, which continues a line as a line; a
 * single-sample run is extended as a constant: a low-pass or band-stop returns it unchanged, a high-pass or band-pass
 * returns 0. Short runs get the same edge transient as the ends of long ones, so their values mean little.
 */
public final class Butterworth {

    private final FilterType type;
    private final int order;
    private final double lowCutoffHz;
    private final double highCutoffHz;
    private final double sampleRateHz;
    private final CutoffConvention convention;
    private final SecondOrderSections sections;
    private final int padLength;

    private Butterworth(Butterworth other, int padLength) {
        this.type = other.type;
        this.order = other.order;
        this.lowCutoffHz = other.lowCutoffHz;
        this.highCutoffHz = other.highCutoffHz;
        this.sampleRateHz = other.sampleRateHz;
        this.convention = other.convention;
        this.sections = other.sections;
        this.padLength = padLength;
    }

    private Butterworth(FilterType type, int order, double lowCutoffHz, double highCutoffHz, double sampleRateHz,
            CutoffConvention convention) {
        this.type = type;
        this.order = order;
        this.lowCutoffHz = lowCutoffHz;
        this.highCutoffHz = highCutoffHz;
        this.sampleRateHz = sampleRateHz;
        this.convention = Objects.requireNonNull(convention, "convention");
        // C moves the single-pass edges outwards so that the two passes together are -3 dB at the requested edges
        double c = convention == CutoffConvention.WINTER_CORRECTED ? Math.pow(Math.sqrt(2) - 1, 1.0 / (2 * order)) : 1;
        double wLow = Math.tan(Math.PI * lowCutoffHz / sampleRateHz);
        double wHigh = Math.tan(Math.PI * highCutoffHz / sampleRateHz);
        this.sections = switch (type) {
            case LOW_PASS -> ButterworthDesign.design(type, order, wLow / c, 0);
            case HIGH_PASS -> ButterworthDesign.design(type, order, wLow * c, 0);
            case BAND_PASS -> ButterworthDesign.design(type, order, Math.sqrt(wLow * wHigh), (wHigh - wLow) / c);
            case BAND_STOP -> ButterworthDesign.design(type, order, Math.sqrt(wLow * wHigh), (wHigh - wLow) * c);
        };
        this.padLength = 3 * poleCount();
    }

    /**
     * The same filter with another edge padding. The default (MATLAB's 3 × poles) leaves a transient where a run
     * starts or ends on a trend: for a ramp through a 2nd-order 6 Hz low-pass at 100 Hz about a quarter sample's worth of
     * slope at the first sample. Padding by a few time constants (e.g. fs / fc samples) makes it negligible.
     */
    public Butterworth withPadLength(int samples) {
        if (samples < 0) {
            throw new IllegalArgumentException("padding must not be negative, got " + samples);
        }
        return new Butterworth(this, samples);
    }

    public static Butterworth lowPass(int order, double cutoffHz, double sampleRateHz) {
        return lowPass(order, cutoffHz, sampleRateHz, CutoffConvention.AS_DESIGNED);
    }

    public static Butterworth lowPass(int order, double cutoffHz, double sampleRateHz, CutoffConvention convention) {
        check(order, sampleRateHz);
        checkCutoff("cutoff", cutoffHz, sampleRateHz);
        return new Butterworth(FilterType.LOW_PASS, order, cutoffHz, cutoffHz, sampleRateHz, convention);
    }

    public static Butterworth highPass(int order, double cutoffHz, double sampleRateHz) {
        return highPass(order, cutoffHz, sampleRateHz, CutoffConvention.AS_DESIGNED);
    }

    public static Butterworth highPass(int order, double cutoffHz, double sampleRateHz, CutoffConvention convention) {
        check(order, sampleRateHz);
        checkCutoff("cutoff", cutoffHz, sampleRateHz);
        return new Butterworth(FilterType.HIGH_PASS, order, cutoffHz, cutoffHz, sampleRateHz, convention);
    }

    public static Butterworth bandPass(int order, double lowCutoffHz, double highCutoffHz, double sampleRateHz) {
        return bandPass(order, lowCutoffHz, highCutoffHz, sampleRateHz, CutoffConvention.AS_DESIGNED);
    }

    public static Butterworth bandPass(int order, double lowCutoffHz, double highCutoffHz, double sampleRateHz,
            CutoffConvention convention) {
        checkBand(order, lowCutoffHz, highCutoffHz, sampleRateHz);
        return new Butterworth(FilterType.BAND_PASS, order, lowCutoffHz, highCutoffHz, sampleRateHz, convention);
    }

    public static Butterworth bandStop(int order, double lowCutoffHz, double highCutoffHz, double sampleRateHz) {
        return bandStop(order, lowCutoffHz, highCutoffHz, sampleRateHz, CutoffConvention.AS_DESIGNED);
    }

    public static Butterworth bandStop(int order, double lowCutoffHz, double highCutoffHz, double sampleRateHz,
            CutoffConvention convention) {
        checkBand(order, lowCutoffHz, highCutoffHz, sampleRateHz);
        return new Butterworth(FilterType.BAND_STOP, order, lowCutoffHz, highCutoffHz, sampleRateHz, convention);
    }

    /** Highest order accepted; far above any use in gait analysis, low enough to keep the design exact. */
    public static final int MAX_ORDER = 20;

    private static void check(int order, double sampleRateHz) {
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("Butterworth order must be 1.." + MAX_ORDER + ", got " + order);
        }
        if (!(sampleRateHz > 0) || Double.isInfinite(sampleRateHz)) {
            throw new IllegalArgumentException("sample rate must be positive and finite, got " + sampleRateHz + " Hz");
        }
    }

    private static void checkCutoff(String what, double cutoffHz, double sampleRateHz) {
        if (!(cutoffHz > 0) || !(cutoffHz < sampleRateHz / 2)) {
            throw new IllegalArgumentException(what + " must lie between 0 and the Nyquist frequency " + sampleRateHz / 2
                    + " Hz (sample rate " + sampleRateHz + " Hz), got " + cutoffHz + " Hz");
        }
    }

    private static void checkBand(int order, double lowCutoffHz, double highCutoffHz, double sampleRateHz) {
        check(order, sampleRateHz);
        checkCutoff("low cutoff", lowCutoffHz, sampleRateHz);
        checkCutoff("high cutoff", highCutoffHz, sampleRateHz);
        if (!(lowCutoffHz < highCutoffHz)) {
            throw new IllegalArgumentException("low cutoff " + lowCutoffHz + " Hz must be below high cutoff " + highCutoffHz + " Hz");
        }
    }

    /**
     * Zero-lag (forward-backward) filtering; NaN gaps kept, each valid run filtered separately (runs too short for the
     * filter's edge padding are handled sensibly and documented). Returns a new array.
     */
    public double[] filtfilt(double[] signal) {
        double[] out = new double[signal.length];
        Arrays.fill(out, Double.NaN);
        int[] start = new int[1];
        int end = 0;
        while ((end = ValidRuns.nextRun(signal, end, start)) > start[0]) {
            sections.filtfilt(signal, start[0], end - start[0], padLength, out);
        }
        return out;
    }

    /** Edge padding in samples: by default 3 × the number of poles (MATLAB {@code filtfilt}). */
    public int padLength() {
        return padLength;
    }

    /** Poles of the single-pass filter: N for low/high-pass, 2N for band filters. */
    public int poleCount() {
        return type == FilterType.LOW_PASS || type == FilterType.HIGH_PASS ? order : 2 * order;
    }

    /** Magnitude of the single-pass response at {@code frequencyHz}, from the coefficients actually used. */
    public double gainAt(double frequencyHz) {
        return sections.response(2 * Math.PI * frequencyHz / sampleRateHz).abs();
    }

    /** Magnitude of the zero-lag ({@link #filtfilt}) response: the single-pass gain squared, phase zero. */
    public double zeroLagGainAt(double frequencyHz) {
        double g = gainAt(frequencyHz);
        return g * g;
    }

    public FilterType type() {
        return type;
    }

    /** Order N of the designed single-pass filter (see the class comment). */
    public int order() {
        return order;
    }

    /** The requested cutoff (low/high-pass) or lower band edge. */
    public double lowCutoffHz() {
        return lowCutoffHz;
    }

    /** The requested cutoff (low/high-pass) or upper band edge. */
    public double highCutoffHz() {
        return highCutoffHz;
    }

    public double sampleRateHz() {
        return sampleRateHz;
    }

    public CutoffConvention convention() {
        return convention;
    }

    /** The second-order sections, one row {b0, b1, b2, a1, a2} (a0 = 1) each, for inspection and export. */
    public double[][] sections() {
        return sections.coefficients();
    }

    @Override
    public String toString() {
        String band = type == FilterType.LOW_PASS || type == FilterType.HIGH_PASS
                ? lowCutoffHz + " Hz"
                : lowCutoffHz + ".." + highCutoffHz + " Hz";
        return "Butterworth " + type + " order " + order + " at " + band + ", fs " + sampleRateHz + " Hz, " + convention;
    }
}
