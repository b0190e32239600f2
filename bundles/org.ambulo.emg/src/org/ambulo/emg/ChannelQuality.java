package org.ambulo.emg;

import java.util.List;
import java.util.Objects;

/**
 * The quality numbers of one EMG channel and the flags they raised. Numbers that could not be computed are NaN (e.g.
 * mains ratio at a sample rate below 122 Hz, µV figures when the units are not volts).
 *
 * @param label
 *            the analog label
 * @param bandSdMicroVolts
 *            standard deviation of the band-passed signal in µV
 * @param dcRatio
 *            |mean| of the raw signal divided by the band-passed standard deviation (infinite for a constant, non-zero
 *            channel)
 * @param clippedFraction
 *            fraction of samples on flat tops at the channel's minimum or maximum
 * @param mainsRatio
 *            power within ±1 Hz of the worse of 50 and 60 Hz over the power in the EMG band
 * @param mainsHz
 *            which of 50 or 60 Hz gave {@code mainsRatio}
 * @param flags
 *            problems found, empty when the channel looks fine
 */
public record ChannelQuality(String label, double bandSdMicroVolts, double dcRatio, double clippedFraction, double mainsRatio,
        double mainsHz,
        List<QualityFlag> flags) {

    public ChannelQuality {
        Objects.requireNonNull(label, "label");
        flags = List.copyOf(flags);
    }

    public boolean ok() {
        return flags.isEmpty();
    }

    public boolean has(QualityIssue issue) {
        return flags.stream().anyMatch(f -> f.issue() == issue);
    }
}
