package org.ambulo.report;

/** The normative data set compared against, its age band and speed bin, and why it was chosen. */
public record NormReference(String dataset, String ageBand, String speedBin, String selectionReason) {
    public NormReference {
        Texts.require(dataset, "norm dataset");
        Texts.require(ageBand, "norm ageBand");
        Texts.require(speedBin, "norm speedBin");
        Texts.require(selectionReason, "norm selectionReason");
    }
}
