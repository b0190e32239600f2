package org.ambulo.emg.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ambulo.cycles.GaitCycle;
import org.ambulo.emg.ActivationInterval;
import org.ambulo.emg.ActivationSettings;
import org.ambulo.emg.AmplitudeNormalisation;
import org.ambulo.emg.CycleActivation;
import org.ambulo.emg.EmgActivations;
import org.ambulo.emg.EmgEnvelopes;
import org.ambulo.emg.ProcessedChannel;
import org.ambulo.emg.QualityIssue;
import org.ambulo.emg.ThresholdMethod;
import org.ambulo.signal.TimeNormalisation;

/** On/off detection on envelopes, per channel and gait cycle of the channel's side. */
public final class ActivationDetector {

    private ActivationDetector() {
    }

    public static EmgActivations detect(EmgEnvelopes envelopes, List<GaitCycle> cycles, ActivationSettings s) {
        List<CycleActivation> out = new ArrayList<>();
        List<String> issues = new ArrayList<>();
        for (ProcessedChannel pc : envelopes.channels()) {
            detectChannel(pc, cycles, s, out, issues);
        }
        return new EmgActivations(envelopes.trial(), s, out, issues);
    }

    private static void detectChannel(ProcessedChannel pc, List<GaitCycle> cycles, ActivationSettings s, List<CycleActivation> out,
            List<String> issues) {
        String label = pc.channel().label();
        List<GaitCycle> own = cycles.stream().filter(c -> c.side() == pc.channel().side()).toList();
        if (own.isEmpty()) {
            issues.add(label + ": no complete " + side(pc) + " gait cycle, no activation timing");
            return;
        }
        if (pc.quality().has(QualityIssue.DISCONNECTED)) {
            // a threshold on the noise floor would report noise as activity
            issues.add(label + ": flagged disconnected, no activation timing");
            return;
        }
        double[] env = pc.envelope();
        double rate = pc.sampleRateHz();
        double mvc = Double.NaN;
        if (s.amplitude() == AmplitudeNormalisation.MVC) {
            Double peak = s.mvcPeakByLabel().get(label);
            if (peak == null || !(peak > 0) || Double.isInfinite(peak)) {
                issues.add(label
                        + ": MVC normalisation asked for but the settings give no positive MVC peak for this label; channel left out");
                return;
            }
            mvc = peak;
        }
        double quiet = Double.NaN;
        if (s.method() == ThresholdMethod.QUIET_MEAN_PLUS_K_SD) {
            int window = (int) Math.round(s.quietWindowSeconds() * rate);
            quiet = quietThreshold(env, window, s.k());
            if (Double.isNaN(quiet)) {
                issues.add(String.format(Locale.ROOT, "%s: no gap-free %.3f s window for the baseline threshold; channel left out", label,
                        s.quietWindowSeconds()));
                return;
            }
        }
        int minOn = Math.max(1, (int) Math.round(s.minOnSeconds() * rate));
        int minOff = (int) Math.round(s.minOffSeconds() * rate);
        for (GaitCycle cycle : own) {
            double start = pc.indexOf(cycle.startSeconds());
            double end = pc.indexOf(cycle.endSeconds());
            if (start < 0 || end > env.length - 1) {
                issues.add(
                        String.format(Locale.ROOT, "%s: %s cycle %.3f–%.3f s lies outside the EMG recording (%.3f–%.3f s), left out", label,
                                side(pc), cycle.startSeconds(), cycle.endSeconds(), pc.startSeconds(),
                                pc.startSeconds() + (env.length - 1) / rate));
                continue;
            }
            double peak = max(env, (int) Math.ceil(start), (int) Math.floor(end));
            if (!(peak > 0)) {
                issues.add(String.format(Locale.ROOT, "%s: %s cycle at %.3f s has no envelope (missing or zero signal), left out", label,
                        side(pc),
                        cycle.startSeconds()));
                continue;
            }
            double threshold = s.method() == ThresholdMethod.FRACTION_OF_CYCLE_PEAK ? s.peakFraction() * peak : quiet;
            int margin = minOn + minOff;
            int from = Math.max(0, (int) Math.floor(start) - margin);
            int to = Math.min(env.length - 1, (int) Math.ceil(end) + margin);
            List<ActivationInterval> intervals = new ArrayList<>();
            for (double[] burst : bursts(env, threshold, from, to, minOn, minOff)) {
                double on = cycle.percentOf(pc.startSeconds() + burst[0] / rate);
                double off = cycle.percentOf(pc.startSeconds() + burst[1] / rate);
                if (off <= 0 || on >= 100) {
                    continue;
                }
                intervals.add(new ActivationInterval(Math.max(0, on), Math.min(100, off)));
            }
            double scale = switch (s.amplitude()) {
                case NONE -> 1;
                case CYCLE_PEAK -> peak;
                case MVC -> mvc;
            };
            double[] normalised = TimeNormalisation.normalise(env, start, end, TimeNormalisation.CYCLE_POINTS);
            for (int i = 0; i < normalised.length; i++) {
                normalised[i] /= scale;
            }
            out.add(new CycleActivation(pc.channel(), cycle, threshold, intervals, scale, normalised));
        }
    }

    private static String side(ProcessedChannel pc) {
        return pc.channel().side().name().toLowerCase(Locale.ROOT);
    }

    private static double max(double[] x, int from, int to) {
        double m = Double.NaN;
        for (int i = Math.max(0, from); i <= Math.min(x.length - 1, to); i++) {
            if (Double.isFinite(x[i]) && !(x[i] <= m)) {
                m = x[i];
            }
        }
        return m;
    }

    /**
     * Mean + k·SD of the gap-free window of {@code window} samples with the lowest mean (windows stepped by a quarter
     * window; prefix sums, O(n)). NaN when no such window exists.
     */
    public static double quietThreshold(double[] env, int window, double k) {
        int n = env.length;
        if (window < 2 || window > n) {
            return Double.NaN;
        }
        double[] sum = new double[n + 1];
        double[] sq = new double[n + 1];
        int[] bad = new int[n + 1];
        for (int i = 0; i < n; i++) {
            boolean ok = Double.isFinite(env[i]);
            sum[i + 1] = sum[i] + (ok ? env[i] : 0);
            sq[i + 1] = sq[i] + (ok ? env[i] * env[i] : 0);
            bad[i + 1] = bad[i] + (ok ? 0 : 1);
        }
        int step = Math.max(1, window / 4);
        double bestMean = Double.NaN;
        double bestSd = Double.NaN;
        for (int a = 0; a + window <= n; a += step) {
            int b = a + window;
            if (bad[b] - bad[a] > 0) {
                continue;
            }
            double mean = (sum[b] - sum[a]) / window;
            if (Double.isNaN(bestMean) || mean < bestMean) {
                bestMean = mean;
                bestSd = Math.sqrt(Math.max(0, (sq[b] - sq[a]) / window - mean * mean));
            }
        }
        return bestMean + k * bestSd;
    }

    /**
     * Bursts of {@code x > threshold} in samples from..to: pauses shorter than minOff samples bridged, then bursts
     * shorter than minOn samples dropped. Each as {on, off} fractional sample indices, the threshold crossings
     * interpolated linearly between samples.
     */
    static List<double[]> bursts(double[] x, double threshold, int from, int to, int minOn, int minOff) {
        List<int[]> runs = new ArrayList<>();
        int runStart = -1;
        for (int i = from; i <= to; i++) {
            boolean above = x[i] > threshold;
            if (above && runStart < 0) {
                runStart = i;
            } else if (!above && runStart >= 0) {
                runs.add(new int[]{runStart, i - 1});
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            runs.add(new int[]{runStart, to});
        }
        List<int[]> bridged = new ArrayList<>();
        for (int[] r : runs) {
            int[] last = bridged.isEmpty() ? null : bridged.get(bridged.size() - 1);
            if (last != null && r[0] - last[1] - 1 < minOff) {
                last[1] = r[1];
            } else {
                bridged.add(r);
            }
        }
        List<double[]> out = new ArrayList<>();
        for (int[] r : bridged) {
            if (r[1] - r[0] + 1 < minOn) {
                continue;
            }
            out.add(new double[]{onset(x, threshold, r[0], from), offset(x, threshold, r[1], to)});
        }
        return out;
    }

    /** Where x rises through the threshold just before sample {@code first} (above); the sample itself at the range edge. */
    private static double onset(double[] x, double threshold, int first, int from) {
        int before = first - 1;
        if (before < from || !Double.isFinite(x[before]) || !(x[first] > x[before])) {
            return first;
        }
        return before + (threshold - x[before]) / (x[first] - x[before]);
    }

    /** Where x falls through the threshold just after sample {@code last} (above); the sample itself at the range edge. */
    private static double offset(double[] x, double threshold, int last, int to) {
        int after = last + 1;
        if (after > to || !Double.isFinite(x[after]) || !(x[last] > x[after])) {
            return last;
        }
        return last + (x[last] - threshold) / (x[last] - x[after]);
    }
}
