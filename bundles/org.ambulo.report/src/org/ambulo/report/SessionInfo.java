package org.ambulo.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The measured session. {@code reportCreated} becomes the PDF creation date, so rendering the same model twice
 * gives the same bytes (never the wall clock).
 */
public record SessionInfo(String sessionId, LocalDate sessionDate, Instant reportCreated) {
    public SessionInfo {
        Texts.require(sessionId, "sessionId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(reportCreated, "reportCreated");
    }
}
