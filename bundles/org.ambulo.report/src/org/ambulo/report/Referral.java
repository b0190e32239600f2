package org.ambulo.report;

import java.util.List;
import java.util.Objects;

/** Who referred the patient, why, and the ICD-10 codes the referral links to. */
public record Referral(String referringPhysician, String reasonForReferral, List<String> icd10Codes) {
    public Referral {
        Objects.requireNonNull(referringPhysician, "referringPhysician");
        Texts.require(reasonForReferral, "reasonForReferral");
        icd10Codes = Texts.copy(icd10Codes, "icd10Codes");
    }
}
