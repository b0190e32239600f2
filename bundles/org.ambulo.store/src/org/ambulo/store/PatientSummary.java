package org.ambulo.store;

import java.time.LocalDate;
import java.util.Optional;

/** One patient with the number of stored sessions and the latest session date. */
public record PatientSummary(String patientId, String name, LocalDate birthDate, String sex, int sessionCount,
        Optional<LocalDate> lastSessionDate) {
}
