package org.ambulo.emg.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ambulo.emg.ChannelQuality;
import org.ambulo.emg.QualityFlag;
import org.ambulo.emg.QualityIssue;
import org.ambulo.emg.QualitySettings;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/** The per-channel quality checks: disconnected, huge DC, clipping, mains noise. */
public final class QualityChecks {

    /** Half width of the mains window of the spectrum check (the issue's ±1 Hz). */
    static final double MAINS_WINDOW_HZ = 1.0;
    static final double[] MAINS_HZ = {50, 60};

    private QualityChecks() {
    }

    /** Volts per unit of an ANALOG:UNITS string, NaN when it is not a voltage. */
    public static double voltsPerUnit(String units) {
        String u = units.trim();
        return switch (u) {
            case "V", "v" -> 1;
            case "mV", "mv", "MV" -> 1e-3;
            case "uV", "µV", "μV", "uv", "microV" -> 1e-6;
            default -> Double.NaN;
        };
    }

    /**
     * @param raw
     *            the scaled channel as stored (DC kept)
     * @param bandPassed
     *            the band-passed signal of the chain
     * @param bandLowHz
     *            lower edge of the EMG band (for the mains ratio)
     * @param bandHighHz
     *            upper edge of the EMG band
     */
    public static ChannelQuality check(String label, double[] raw, double[] bandPassed, double rateHz, String units, double bandLowHz,
            double bandHighHz, QualitySettings settings) {
        double[][] mains = mainsRatios(List.of(raw), rateHz, bandLowHz, bandHighHz);
        return check(label, raw, bandPassed, rateHz, units, mains[0], settings);
    }

    /**
     * As {@link #check(String, double[], double[], double, String, double, double, QualitySettings)} with the mains
     * figures {ratio, frequency} already computed by {@link #mainsRatios} (two channels per FFT).
     */
    public static ChannelQuality check(String label, double[] raw, double[] bandPassed, double rateHz, String units, double[] mainsFigures,
            QualitySettings settings) {
        List<QualityFlag> flags = new ArrayList<>();
        double voltsPerUnit = voltsPerUnit(units);
        double mean = EmgChain.mean(raw);
        double rawSd = sd(raw, mean);
        double bandSd = sd(bandPassed, EmgChain.mean(bandPassed));
        double bandSdMicroVolts = bandSd * voltsPerUnit * 1e6;
        double dcRatio = bandSd > 0 ? Math.abs(mean) / bandSd : (mean == 0 ? 0 : Double.POSITIVE_INFINITY);
        if (Double.isNaN(voltsPerUnit)) {
            flags.add(new QualityFlag(QualityIssue.UNITS_UNKNOWN, Double.NaN, Double.NaN,
                    label + ": units '" + units + "' are not volts; the µV thresholds cannot be applied"));
        }
        if (rawSd == 0) {
            flags.add(new QualityFlag(QualityIssue.DISCONNECTED, 0, 0,
                    String.format(Locale.ROOT, "%s: constant signal (%.6g %s in every sample): no electrode signal", label, mean, units)));
        } else if (bandSdMicroVolts < settings.disconnectedBelowMicroVolts()) {
            flags.add(new QualityFlag(QualityIssue.DISCONNECTED, bandSdMicroVolts, settings.disconnectedBelowMicroVolts(),
                    String.format(Locale.ROOT, "%s: band-passed EMG SD %.3g µV below %.3g µV: disconnected or noise floor only", label,
                            bandSdMicroVolts, settings.disconnectedBelowMicroVolts())));
        }
        if (dcRatio > settings.dcRatioMax()) {
            flags.add(new QualityFlag(QualityIssue.HUGE_DC, dcRatio, settings.dcRatioMax(),
                    String.format(Locale.ROOT, "%s: DC %.4g %s is %.3g times the EMG SD (limit %.3g)", label, mean, units, dcRatio,
                            settings.dcRatioMax())));
        }
        double clipped = rawSd == 0 ? 0 : clippedFraction(raw, settings.clipRunSamples());
        if (clipped > settings.clippedFractionMax()) {
            flags.add(new QualityFlag(QualityIssue.CLIPPING, clipped, settings.clippedFractionMax(),
                    String.format(Locale.ROOT, "%s: %.3g %% of samples on flat tops at the extreme values (limit %.3g %%): clipped", label,
                            100 * clipped, 100 * settings.clippedFractionMax())));
        }
        double[] mains = rawSd == 0 ? new double[]{Double.NaN, Double.NaN} : mainsFigures;
        if (mains[0] > settings.mainsRatioMax()) {
            flags.add(new QualityFlag(QualityIssue.MAINS_NOISE, mains[0], settings.mainsRatioMax(),
                    String.format(Locale.ROOT, "%s: %.0f ± 1 Hz holds %.3g of the EMG band power (limit %.3g): mains noise", label,
                            mains[1],
                            mains[0], settings.mainsRatioMax())));
        }
        return new ChannelQuality(label, bandSdMicroVolts, dcRatio, clipped, mains[0], mains[1], flags);
    }

    static double sd(double[] x, double mean) {
        double sum = 0;
        int n = 0;
        for (double v : x) {
            if (Double.isFinite(v)) {
                sum += (v - mean) * (v - mean);
                n++;
            }
        }
        return n < 2 ? 0 : Math.sqrt(sum / n);
    }

    /** Fraction of samples in runs of at least {@code minRun} equal samples at the signal's minimum or maximum. */
    static double clippedFraction(double[] x, int minRun) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (double v : x) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                n++;
            }
        }
        if (n == 0) {
            return 0;
        }
        long onTops = 0;
        int run = 0;
        double runValue = Double.NaN;
        for (double v : x) {
            boolean extreme = v == min || v == max;
            if (extreme && v == runValue) {
                run++;
            } else {
                if (run >= minRun) {
                    onTops += run;
                }
                run = extreme ? 1 : 0;
                runValue = extreme ? v : Double.NaN;
            }
        }
        if (run >= minRun) {
            onTops += run;
        }
        return (double) onTops / n;
    }

    /**
     * {ratio, frequency} per signal: power within ±1 Hz of 50 or 60 Hz (the larger) over the power in the EMG band,
     * from the FFT of the de-meaned signal (missing samples as 0). Two real signals share one complex FFT (one in the
     * real, one in the imaginary part; split by the conjugate symmetry), which halves the cost. The FFT takes the first
     * 2^k samples, the largest power of two that fits (at least half the trial): padding instead would double the
     * cost for no better ratio. NaN when the rate cannot show 61 Hz or the part is shorter than one second (bins wider
     * than the ±1 Hz window).
     *
     * @param signals
     *            equally long signals (the channels of one trial)
     */
    public static double[][] mainsRatios(List<double[]> signals, double rateHz, double bandLowHz, double bandHighHz) {
        double[][] out = new double[signals.size()][];
        int length = signals.isEmpty() ? 0 : signals.get(0).length;
        int n = length < 2 ? 0 : Integer.highestOneBit(length);
        if (!(MAINS_HZ[1] + MAINS_WINDOW_HZ < rateHz / 2) || n < rateHz) {
            for (int c = 0; c < out.length; c++) {
                out[c] = new double[]{Double.NaN, Double.NaN};
            }
            return out;
        }
        double binHz = rateHz / n;
        double[][] data = new double[2][n];
        double[] powerA = new double[n / 2 + 1];
        double[] powerB = new double[n / 2 + 1];
        for (int c = 0; c < signals.size(); c += 2) {
            boolean pair = c + 1 < signals.size();
            fill(data[0], signals.get(c), n);
            if (pair) {
                fill(data[1], signals.get(c + 1), n);
            } else {
                java.util.Arrays.fill(data[1], 0);
            }
            FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.FORWARD);
            for (int k = 0; k <= n / 2; k++) {
                int m = (n - k) % n;
                double ar = (data[0][k] + data[0][m]) / 2;
                double ai = (data[1][k] - data[1][m]) / 2;
                double br = (data[0][k] - data[0][m]) / 2;
                double bi = (data[1][k] + data[1][m]) / 2;
                powerA[k] = ar * ar + ai * ai;
                powerB[k] = br * br + bi * bi;
            }
            out[c] = ratio(powerA, binHz, bandLowHz, Math.min(bandHighHz, rateHz / 2));
            if (pair) {
                out[c + 1] = ratio(powerB, binHz, bandLowHz, Math.min(bandHighHz, rateHz / 2));
            }
        }
        return out;
    }

    /** The first n samples, de-meaned over those samples, missing ones as 0. */
    private static void fill(double[] target, double[] signal, int n) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(signal[i])) {
                sum += signal[i];
                count++;
            }
        }
        double mean = count == 0 ? 0 : sum / count;
        for (int i = 0; i < n; i++) {
            target[i] = Double.isFinite(signal[i]) ? signal[i] - mean : 0;
        }
    }

    private static double[] ratio(double[] power, double binHz, double bandLowHz, double bandHighHz) {
        double band = bandPower(power, binHz, bandLowHz, bandHighHz);
        double best = Double.NaN;
        double bestHz = Double.NaN;
        for (double f : MAINS_HZ) {
            double r = band > 0 ? bandPower(power, binHz, f - MAINS_WINDOW_HZ, f + MAINS_WINDOW_HZ) / band : Double.NaN;
            if (Double.isNaN(best) || r > best) {
                best = r;
                bestHz = f;
            }
        }
        return new double[]{best, bestHz};
    }

    private static double bandPower(double[] power, double binHz, double fromHz, double toHz) {
        int from = (int) Math.ceil(fromHz / binHz);
        int to = Math.min((int) Math.floor(toHz / binHz), power.length - 1);
        double sum = 0;
        for (int k = Math.max(0, from); k <= to; k++) {
            sum += power[k];
        }
        return sum;
    }
}
