package org.ambulo.emg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ambulo.cycles.GaitCycle;
import org.ambulo.emg.internal.ActivationDetector;

/**
 * Activation timing: on/off per channel and gait cycle, for code outside a pipeline.
 * <pre>
 * EmgEnvelopes emg = EmgProcessing.process(file, EmgProcessingSettings.DEFAULTS);
 * List&lt;GaitCycle&gt; cycles = GaitCycles.segment(C3dTrials.gaitEvents(file));
 * EmgActivations on = EmgActivation.detect(emg, cycles, ActivationSettings.DEFAULTS);
 * </pre>
 */
public final class EmgActivation {

    private EmgActivation() {
    }

    /** On/off of every mapped channel in every complete cycle of its side; cycles outside the recording are reported. */
    public static EmgActivations detect(EmgEnvelopes envelopes, List<GaitCycle> cycles, ActivationSettings settings) {
        return ActivationDetector.detect(Objects.requireNonNull(envelopes, "envelopes"), List.copyOf(cycles),
                Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The envelope peak of each mapped channel of an MVC trial (processed with the same settings as the walking
     * trials), keyed by label: the {@code mvcPeakByLabel} of {@link ActivationSettings}.
     */
    public static Map<String, Double> mvcPeaks(EmgEnvelopes mvcTrial) {
        Map<String, Double> peaks = new LinkedHashMap<>();
        for (ProcessedChannel c : mvcTrial.channels()) {
            double max = Double.NaN;
            for (double v : c.envelope()) {
                if (Double.isFinite(v) && !(v <= max)) {
                    max = v;
                }
            }
            if (max > 0) {
                peaks.put(c.channel().label(), max);
            }
        }
        return peaks;
    }

    /** Mean + k·SD of the quietest gap-free window of {@code windowSamples} samples of an envelope (NaN if none). */
    public static double quietThreshold(double[] envelope, int windowSamples, double k) {
        return ActivationDetector.quietThreshold(envelope, windowSamples, k);
    }
}
