package org.ambulo.model;

import java.util.Objects;

/**
 * A foot strike or foot off of one side.
 *
 * @param side
 *            which foot
 * @param type
 *            foot strike or foot off
 * @param timeSeconds
 *            time in seconds from capture frame 1, the C3D {@code EVENT:TIMES} convention (so frame = round(t * rate) + 1)
 * @param source
 *            where the event comes from: {@code stored} for events read from the file, otherwise the id of the detector
 *            that found it (e.g. {@code org.ambulo.events.forceplate})
 */
public record GaitEvent(Side side, GaitEventType type, double timeSeconds, String source) implements Comparable<GaitEvent> {

    public static final String STORED = "stored";

    public GaitEvent {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(timeSeconds)) {
            throw new IllegalArgumentException("event time must be finite, was " + timeSeconds);
        }
    }

    /** 1-based capture frame of the event at {@code pointRateHz}: {@code round(t * rate) + 1}. */
    public long captureFrame(double pointRateHz) {
        return Math.round(timeSeconds * pointRateHz) + 1;
    }

    /** Orders by time, then left before right, strike before off. */
    @Override
    public int compareTo(GaitEvent other) {
        int byTime = Double.compare(timeSeconds, other.timeSeconds);
        if (byTime != 0) {
            return byTime;
        }
        int bySide = side.compareTo(other.side);
        return bySide != 0 ? bySide : type.compareTo(other.type);
    }
}
