package org.ambulo.signal;

import java.util.Objects;

/**
 * A run of missing frames of one marker.
 *
 * @param marker
 *            marker label
 * @param firstFrame
 *            0-based index of the first missing frame in the trajectory arrays (add the file's first frame number
 *            for the capture frame)
 * @param lastFrame
 *            0-based index of the last missing frame, inclusive
 */
public record Gap(String marker, int firstFrame, int lastFrame) {

    public Gap {
        Objects.requireNonNull(marker, "marker");
        if (firstFrame < 0 || lastFrame < firstFrame) {
            throw new IllegalArgumentException("gap of " + marker + ": frames " + firstFrame + ".." + lastFrame);
        }
    }

    public int lengthFrames() {
        return lastFrame - firstFrame + 1;
    }

    @Override
    public String toString() {
        return marker + " frames " + firstFrame + ".." + lastFrame + " (" + lengthFrames() + ")";
    }
}
