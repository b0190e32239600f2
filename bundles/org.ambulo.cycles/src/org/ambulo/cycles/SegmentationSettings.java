package org.ambulo.cycles;

/**
 * Settings of the processor {@code org.ambulo.cycles.segment}.
 *
 * @param preferStoredEvents
 *            use the events stored in the file when it has any, even if an event detection step ran before; default
 *            true, because stored events are usually the ones a clinician checked, and those are the truth. When false,
 *            or when the file stores none, the events of the earlier detection step are used.
 */
public record SegmentationSettings(boolean preferStoredEvents) {

    public static SegmentationSettings defaults() {
        return new SegmentationSettings(true);
    }
}
