package org.ambulo.model.catalog;

/**
 * Sampling facts of a readable trial file.
 *
 * @param frameCount
 *            number of point frames
 * @param pointRateHz
 *            point (marker) rate in hertz
 * @param analogRateHz
 *            analog rate in hertz, 0 without analog channels
 * @param markerCount
 *            number of marker trajectories (model outputs not counted)
 * @param analogChannelCount
 *            number of analog channels
 */
public record TrialFileFacts(int frameCount, double pointRateHz, double analogRateHz, int markerCount, int analogChannelCount) {
}
