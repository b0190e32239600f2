package org.ambulo.report;

import java.util.Objects;

/** History, medical necessity (how the results change the plan) and imaging, as the CPT 96000 record requires. */
public record ClinicalHistory(String history, String medicalNecessity, String imaging) {
    public ClinicalHistory {
        Objects.requireNonNull(history, "history");
        Texts.require(medicalNecessity, "medicalNecessity");
        Objects.requireNonNull(imaging, "imaging");
    }
}
