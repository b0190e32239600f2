package org.ambulo.events;

import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;

/**
 * How detected events of one side and type differ from the stored (reference) ones, in point frames.
 *
 * @param side
 *            the foot
 * @param type
 *            strike or off
 * @param matched
 *            pairs of a detected and a stored event within the match window
 * @param meanAbsFrames
 *            mean absolute time difference of the matched pairs, in frames (NaN when none matched)
 * @param maxAbsFrames
 *            largest absolute difference of the matched pairs, in frames (NaN when none matched)
 * @param unmatchedDetected
 *            detected events without a stored partner
 * @param unmatchedStored
 *            stored events without a detected partner
 */
public record EventDifference(Side side, GaitEventType type, int matched, double meanAbsFrames, double maxAbsFrames, int unmatchedDetected,
        int unmatchedStored) {
}
