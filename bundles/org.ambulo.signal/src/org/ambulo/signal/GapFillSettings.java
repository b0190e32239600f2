package org.ambulo.signal;

import java.util.List;

/**
 * Settings of the gap-fill step ({@code org.ambulo.signal.markers.gapfill}). Spline fill first for gaps up to
 * {@code maxGapFrames}; then rigid-body fill of what is still open, for markers of a listed segment.
 *
 * @param maxGapFrames
 *            longest gap filled by spline, in frames. Default 10: the maximum interpolation gap Vicon Nexus writes
 *            into the C3D header (word 6) of the OpenMA Plug-in Gait trials (PiG_Motion-FlatFoot-Full,
 *            PiG_Motion3_FF); 100 ms at 100 Hz
 * @param rigidSegments
 *            segments for rigid-body fill; default none (which markers form a rigid segment depends on the marker set)
 */
public record GapFillSettings(int maxGapFrames, List<RigidSegment> rigidSegments) {

    public static final GapFillSettings DEFAULTS = new GapFillSettings(10, List.of());

    public GapFillSettings {
        rigidSegments = List.copyOf(rigidSegments);
    }
}
