package org.ambulo.emg;

import java.util.Objects;

/**
 * The envelope of one mapped EMG channel over the whole trial, at the analog rate.
 * <p>
 * Sample i lies at {@code startSeconds + i / sampleRateHz} seconds from capture frame 1 (the time base of the gait
 * events): {@code startSeconds = (firstFrame − 1) / pointRate}. The array is shared, not copied, for speed: do not
 * modify it.
 *
 * @param channel
 *            the channel and its muscle
 * @param sampleRateHz
 *            analog rate
 * @param startSeconds
 *            time of sample 0
 * @param envelope
 *            the envelope in the channel's units (e.g. V), NaN where the raw signal was missing
 * @param quality
 *            the channel's quality numbers and flags
 */
public record ProcessedChannel(EmgChannel channel, double sampleRateHz, double startSeconds, double[] envelope, ChannelQuality quality) {

    public ProcessedChannel {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(quality, "quality");
    }

    /** Fractional sample index of a time (seconds from capture frame 1). */
    public double indexOf(double timeSeconds) {
        return (timeSeconds - startSeconds) * sampleRateHz;
    }

    public double durationSeconds() {
        return envelope.length / sampleRateHz;
    }
}
