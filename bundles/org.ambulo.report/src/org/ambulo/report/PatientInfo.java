package org.ambulo.report;

import java.time.LocalDate;
import java.util.Objects;

/** Who was measured. Anthropometry in explicit units; the patient id is printed on every page. */
public record PatientInfo(String patientId, String name, LocalDate birthDate, String sex, double ageYears,
        double heightCm, double massKg) {
    public PatientInfo {
        Texts.require(patientId, "patientId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
    }
}
