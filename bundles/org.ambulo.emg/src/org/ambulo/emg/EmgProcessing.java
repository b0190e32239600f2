package org.ambulo.emg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.ambulo.c3d.AnalogChannel;
import org.ambulo.c3d.C3dFile;
import org.ambulo.emg.internal.ChannelMapper;
import org.ambulo.emg.internal.EmgChain;
import org.ambulo.emg.internal.QualityChecks;

/**
 * Dynamic EMG processing: the entry point for code outside a pipeline (command line, UI). Maps channels to muscles,
 * runs the chain of {@link EmgProcessingSettings} and checks the quality of every EMG channel.
 * <pre>
 * C3dFile file = C3dReader.read(path);
 * EmgEnvelopes emg = EmgProcessing.process(file, EmgProcessingSettings.DEFAULTS);
 * emg.channels().forEach(c -&gt; System.out.println(c.channel().muscleOnSide() + " " + c.quality().flags()));
 * </pre>
 */
public final class EmgProcessing {

    private EmgProcessing() {
    }

    /** Which channels record which muscle; no signal is touched. */
    public static EmgMapping map(C3dFile file, EmgProcessingSettings settings) {
        return ChannelMapper.map(Objects.requireNonNull(file, "file"), Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Envelopes of the mapped channels and quality of all EMG channels.
     *
     * @throws IllegalArgumentException
     *             naming the file when the analog rate cannot carry the chain (e.g. 100 Hz for a 20–200 Hz band-pass)
     */
    public static EmgEnvelopes process(C3dFile file, EmgProcessingSettings settings) {
        EmgMapping mapping = map(file, settings);
        double rateHz = file.analogRateHz();
        if (!mapping.channels().isEmpty() || !mapping.unmapped().isEmpty()) {
            try {
                EmgChain.checkRate(rateHz, settings);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file.sourceName() + ": " + e.getMessage(), e);
            }
        }
        double startSeconds = (file.firstFrame() - 1) / file.pointRateHz();
        // all EMG channels (mapped and unmapped) in file order: quality for all, envelopes for the mapped ones
        List<Integer> indices = new ArrayList<>();
        List<EmgChannel> mappedAt = new ArrayList<>();
        int m = 0;
        int u = 0;
        while (m < mapping.channels().size() || u < mapping.unmapped().size()) {
            boolean takeMapped = u >= mapping.unmapped().size()
                    || m < mapping.channels().size() && mapping.channels().get(m).analogIndex() < mapping.unmapped().get(u).analogIndex();
            indices.add(takeMapped ? mapping.channels().get(m).analogIndex() : mapping.unmapped().get(u).analogIndex());
            mappedAt.add(takeMapped ? mapping.channels().get(m++) : null);
            if (!takeMapped) {
                u++;
            }
        }
        List<double[]> raws = new ArrayList<>(indices.size());
        for (int index : indices) {
            raws.add(toDouble(file.analogData().channel(index)));
        }
        double[][] mains = QualityChecks.mainsRatios(raws, rateHz, settings.bandPassLowHz(), settings.bandPassHighHz());
        List<ProcessedChannel> processed = new ArrayList<>();
        List<ChannelQuality> quality = new ArrayList<>();
        for (int c = 0; c < indices.size(); c++) {
            AnalogChannel analog = file.analogs().get(indices.get(c));
            double[] band = EmgChain.bandPassed(raws.get(c), rateHz, settings);
            ChannelQuality q = QualityChecks.check(analog.label().trim(), raws.get(c), band, rateHz, analog.units(), mains[c],
                    settings.quality());
            quality.add(q);
            if (mappedAt.get(c) != null) {
                processed.add(new ProcessedChannel(mappedAt.get(c), rateHz, startSeconds, EmgChain.envelope(band, rateHz, settings), q));
            }
        }
        return new EmgEnvelopes(file.sourceName(), settings, processed, mapping.unmapped(), quality, mapping.mapEntriesNotFound());
    }

    /** The envelope of one signal through the chain (for signals not from a C3D file, and for tests). */
    public static double[] envelope(double[] signal, double rateHz, EmgProcessingSettings settings) {
        return EmgChain.envelope(EmgChain.bandPassed(signal, rateHz, settings), rateHz, settings);
    }

    /** The band-passed signal (DC removed, mains stopped if set): the input of the envelope and quality checks. */
    public static double[] bandPassed(double[] signal, double rateHz, EmgProcessingSettings settings) {
        return EmgChain.bandPassed(signal, rateHz, settings);
    }

    /** The quality checks of one signal in {@code units} (e.g. "V"). */
    public static ChannelQuality quality(String label, double[] signal, double rateHz, String units, EmgProcessingSettings settings) {
        double[] band = EmgChain.bandPassed(signal, rateHz, settings);
        return QualityChecks.check(label, signal, band, rateHz, units, settings.bandPassLowHz(), settings.bandPassHighHz(),
                settings.quality());
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
