package org.ambulo.emg;

import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@code org.ambulo.emg.process}: which channel records which muscle, and the processing chain
 * DC removal → optional mains band-stop → band-pass → envelope (rectify + low-pass, or RMS). All filters are zero-lag
 * Butterworth ({@code org.ambulo.signal.Butterworth#filtfilt}, order = order of the designed single-pass filter, as in
 * pyCGM2 and scipy).
 *
 * @param channelMap
 *            explicit assignments by analog label; they win over label recognition. Default empty
 * @param recogniseLabels
 *            read muscle and side from labels such as "L_RF", "RTA", "Right Tibialis Anterior", "Droit Antérieur G"
 *            (see {@link MuscleLabels}); channels it cannot read are reported unmapped, never guessed. Default true
 * @param removeDc
 *            subtract the channel's mean first. Default true: pyCGM2 band-passes the de-meaned signal (domain.md)
 * @param mains
 *            optional band-stop, order 2, ±0.1 Hz around the mains frequency. Default {@link MainsFilter#NONE}; the
 *            50 Hz variant is pyCGM2's {@code remove50hz} (2nd-order Butterworth band-stop 49.9–50.1 Hz, domain.md)
 * @param bandPassOrder
 *            Default 2: pyCGM2 (domain.md); gaitutils uses 5
 * @param bandPassLowHz
 *            Default 20 Hz: pyCGM2 and gaitutils (domain.md)
 * @param bandPassHighHz
 *            Default 200 Hz: pyCGM2 (domain.md); gaitutils uses 400 Hz. Must lie below the Nyquist frequency
 * @param envelope
 *            Default {@link EnvelopeMethod#LINEAR_ENVELOPE}: pyCGM2 and gaitutils default
 * @param envelopeOrder
 *            low-pass order of the linear envelope. Default 2: pyCGM2 (domain.md); gaitutils uses 5
 * @param envelopeCutoffHz
 *            low-pass cutoff of the linear envelope. Default 6 Hz: pyCGM2 (domain.md); gaitutils uses 10 Hz
 * @param rmsWindowSeconds
 *            centred window of the RMS envelope. Default 0.031 s: gaitutils' 31-sample window (domain.md) at its
 *            1 kHz EMG rate
 * @param quality
 *            thresholds of the quality checks; default {@link QualitySettings#DEFAULTS}
 */
public record EmgProcessingSettings(Map<String, MuscleAssignment> channelMap, boolean recogniseLabels, boolean removeDc, MainsFilter mains,
        int bandPassOrder, double bandPassLowHz, double bandPassHighHz, EnvelopeMethod envelope, int envelopeOrder, double envelopeCutoffHz,
        double rmsWindowSeconds, QualitySettings quality) {

    public static final EmgProcessingSettings DEFAULTS = new EmgProcessingSettings(Map.of(), true, true, MainsFilter.NONE, 2, 20, 200,
            EnvelopeMethod.LINEAR_ENVELOPE, 2, 6, 0.031, QualitySettings.DEFAULTS);

    public EmgProcessingSettings {
        channelMap = Map.copyOf(Objects.requireNonNull(channelMap, "channelMap"));
        Objects.requireNonNull(mains, "mains");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(quality, "quality");
        if (!(bandPassLowHz > 0) || !(bandPassLowHz < bandPassHighHz)) {
            throw new IllegalArgumentException("band-pass needs 0 < low < high, got " + bandPassLowHz + ".." + bandPassHighHz + " Hz");
        }
        if (!(envelopeCutoffHz > 0) || !(rmsWindowSeconds > 0)) {
            throw new IllegalArgumentException(
                    "envelope cutoff and RMS window must be positive, got " + envelopeCutoffHz + " Hz, " + rmsWindowSeconds + " s");
        }
    }

    /** The same settings with another channel map (e.g. the lab's montage). */
    public EmgProcessingSettings withChannelMap(Map<String, MuscleAssignment> map) {
        return new EmgProcessingSettings(map, recogniseLabels, removeDc, mains, bandPassOrder, bandPassLowHz, bandPassHighHz, envelope,
                envelopeOrder, envelopeCutoffHz, rmsWindowSeconds, quality);
    }

    /** The same settings with another mains band-stop. */
    public EmgProcessingSettings withMains(MainsFilter filter) {
        return new EmgProcessingSettings(channelMap, recogniseLabels, removeDc, filter, bandPassOrder, bandPassLowHz, bandPassHighHz,
                envelope, envelopeOrder, envelopeCutoffHz, rmsWindowSeconds, quality);
    }

    /** The same settings with another envelope method. */
    public EmgProcessingSettings withEnvelope(EnvelopeMethod method) {
        return new EmgProcessingSettings(channelMap, recogniseLabels, removeDc, mains, bandPassOrder, bandPassLowHz, bandPassHighHz, method,
                envelopeOrder, envelopeCutoffHz, rmsWindowSeconds, quality);
    }
}
