package org.ambulo.model;

/**
 * One recorded trial: what it is and how it was sampled. Signals come in later issues; the skeleton fixes the
 * timing facts and units that every signal of the trial shares.
 *
 * @param name
 *            the trial's name as the lab knows it, usually the file name without extension
 * @param role
 *            static, walking or other
 * @param pointRateHz
 *            marker (point) sampling rate in hertz, &gt; 0
 * @param analogRateHz
 *            analog sampling rate in hertz, 0 when the trial has no analog channels
 * @param firstFrame
 *            number of the first frame in the capture (1-based, often &gt; 1 after cropping)
 * @param frameCount
 *            number of point frames, &ge; 0
 * @param markerUnit
 *            length unit of the marker coordinates
 */
public record Trial(String name, TrialRole role, double pointRateHz, double analogRateHz, int firstFrame, int frameCount,
        LengthUnit markerUnit) {

    public Trial {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("trial name must not be blank");
        }
        if (role == null || markerUnit == null) {
            throw new IllegalArgumentException("trial " + name + ": role and marker unit are required");
        }
        if (!(pointRateHz > 0) || Double.isInfinite(pointRateHz)) {
            throw new IllegalArgumentException("trial " + name + ": point rate must be a positive number of hertz, was " + pointRateHz);
        }
        if (!(analogRateHz >= 0) || Double.isInfinite(analogRateHz)) {
            throw new IllegalArgumentException("trial " + name + ": analog rate must be >= 0 Hz, was " + analogRateHz);
        }
        if (firstFrame < 1 || frameCount < 0) {
            throw new IllegalArgumentException(
                    "trial " + name + ": first frame must be >= 1 and frame count >= 0, were " + firstFrame + " and " + frameCount);
        }
    }

    /** Duration covered by the point frames, in seconds. */
    public double durationSeconds() {
        return frameCount / pointRateHz;
    }

    /** Analog samples per point frame; 0 without analog channels. */
    public double analogSamplesPerFrame() {
        return analogRateHz / pointRateHz;
    }
}
