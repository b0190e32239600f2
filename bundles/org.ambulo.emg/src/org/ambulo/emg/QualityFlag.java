package org.ambulo.emg;

import java.util.Objects;

/**
 * One problem of one channel, with the measured number and the threshold it crossed.
 *
 * @param issue
 *            what is wrong
 * @param value
 *            the measured number (unit in {@code message})
 * @param threshold
 *            the threshold it crossed (NaN when none applies)
 * @param message
 *            the finding in words, naming the channel
 */
public record QualityFlag(QualityIssue issue, double value, double threshold, String message) {

    public QualityFlag {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(message, "message");
    }
}
