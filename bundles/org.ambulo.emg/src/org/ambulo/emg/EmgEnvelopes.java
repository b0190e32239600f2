package org.ambulo.emg;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.ambulo.model.Side;

/**
 * Result of {@code org.ambulo.emg.process}: the envelope of every mapped channel, the channels left unmapped, and the
 * quality of all EMG channels (mapped and unmapped).
 *
 * @param trial
 *            the file name, for messages
 * @param settings
 *            the settings used
 * @param channels
 *            mapped channels with envelopes, in file order
 * @param unmapped
 *            EMG-like channels without a muscle
 * @param quality
 *            quality of every EMG channel, mapped and unmapped, in file order
 * @param mapEntriesNotFound
 *            labels of the explicit channel map missing from the file
 */
public record EmgEnvelopes(String trial, EmgProcessingSettings settings, List<ProcessedChannel> channels, List<UnmappedChannel> unmapped,
        List<ChannelQuality> quality, List<String> mapEntriesNotFound) {

    public EmgEnvelopes {
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(settings, "settings");
        channels = List.copyOf(channels);
        unmapped = List.copyOf(unmapped);
        quality = List.copyOf(quality);
        mapEntriesNotFound = List.copyOf(mapEntriesNotFound);
    }

    public Optional<ProcessedChannel> channel(String label) {
        return channels.stream().filter(c -> c.channel().label().equals(label)).findFirst();
    }

    public Optional<ProcessedChannel> channel(Muscle muscle, Side side) {
        return channels.stream().filter(c -> c.channel().muscle() == muscle && c.channel().side() == side).findFirst();
    }

    public Optional<ChannelQuality> quality(String label) {
        return quality.stream().filter(q -> q.label().equals(label)).findFirst();
    }

    /** The muscles counted for the coding record. */
    public EmgCoding coding() {
        return EmgCoding.of(channels.stream().map(ProcessedChannel::channel).toList());
    }
}
