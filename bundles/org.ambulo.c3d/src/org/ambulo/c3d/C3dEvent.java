package org.ambulo.c3d;

import java.util.Objects;

/**
 * One event of the EVENT group (or of the header, when the file has no EVENT group).
 *
 * @param context EVENT:CONTEXTS entry as stored ("Left", "Right", "General", ...); empty if none
 * @param label e.g. "Foot Strike"
 * @param description free text
 * @param subject EVENT:SUBJECTS entry, may be empty
 * @param timeSeconds minutes * 60 + seconds from EVENT:TIMES: seconds from capture frame 1
 * @param iconId EVENT:ICON_IDS entry, 0 if absent
 * @param genericFlag EVENT:GENERIC_FLAGS entry, 0 if absent
 */
public record C3dEvent(String context, String label, String description, String subject, double timeSeconds, int iconId,
        int genericFlag) {

    public C3dEvent {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(subject, "subject");
    }

    public static C3dEvent of(String context, String label, double timeSeconds) {
        return new C3dEvent(context, label, "", "", timeSeconds, 0, 0);
    }

    /**
     * 1-based capture frame number of the event: {@code round(time * rate) + 1}. Compare it with
     * {@link C3dFile#firstFrame()} to index the data.
     */
    public long captureFrame(double pointRateHz) {
        return Math.round(timeSeconds * pointRateHz) + 1;
    }
}
