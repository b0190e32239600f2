package org.ambulo.signal;

import java.util.Objects;

/**
 * A gap left unfilled (its frames stay NaN), with the reason.
 *
 * @param gap
 *            the frames still missing
 * @param reason
 *            why no fill was made, e.g. "12 frames, longer than the maximum of 10 for a spline fill"
 */
public record OpenGap(Gap gap, String reason) {

    public OpenGap {
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return gap + ": " + reason;
    }
}
