package org.ambulo.store;

import java.time.Instant;
import java.time.LocalDate;

/** One stored session as listed for a patient. */
public record SessionSummary(String sessionId, String patientId, LocalDate sessionDate, String labName, int trialCount,
        Instant importedAt, String importedBy) {
}
