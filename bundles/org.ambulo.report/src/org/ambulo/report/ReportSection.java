package org.ambulo.report;

/** The report's sections in print order; the heading text is what appears (numbered) in the PDF. */
public enum ReportSection {
    PATIENT_AND_REFERRAL("Patient and referral"),
    HISTORY("History and medical necessity"),
    LABORATORY("Laboratory and equipment"),
    METHODS("Methods"),
    SPATIOTEMPORAL("Spatiotemporal parameters"),
    KINEMATICS("Kinematics"),
    KINETICS("Kinetics"),
    EMG("EMG envelopes"),
    SCORES("Gait Profile Score (GPS/MAP) and GDI"),
    DATA_QUALITY("Data quality"),
    INTERPRETATION("Physician interpretation and findings"),
    CODING("Coding record"),
    SIGNATURE("Signature"),
    SUMMARY("In simple words: summary for the patient");

    private final String heading;

    ReportSection(String heading) {
        this.heading = heading;
    }

    /** Numbered heading as printed, e.g. {@code "5 Spatiotemporal parameters"}. */
    public String heading() {
        return (ordinal() + 1) + " " + heading;
    }
}
