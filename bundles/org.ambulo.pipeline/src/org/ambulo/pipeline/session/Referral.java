package org.ambulo.pipeline.session;

import java.util.List;
import java.util.Objects;

/** Who referred the patient and why; history, medical necessity and imaging as the CPT 96000 record requires. */
public record Referral(String referringPhysician, String reason, List<String> icd10Codes, String history, String medicalNecessity,
        String imaging) {

    public Referral {
        Objects.requireNonNull(referringPhysician, "referringPhysician");
        Objects.requireNonNull(reason, "reason");
        icd10Codes = List.copyOf(icd10Codes);
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(medicalNecessity, "medicalNecessity");
        Objects.requireNonNull(imaging, "imaging");
    }
}
