package org.ambulo.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What one analysis of a session produced, stored as one report version.
 *
 * @param resultsJson
 *            the analysis results (content-addressed file)
 * @param provenanceJson
 *            the pipeline's provenance record ({@code Provenance.toJson()}), kept in the database
 * @param reportPdf
 *            the report PDF bytes (content-addressed file; its hash is what signing vouches for)
 * @param interpretation
 *            the physician's interpretation text shown in the report, if any
 */
public record AnalysisArtifacts(String resultsJson, String provenanceJson, byte[] reportPdf, Optional<String> interpretation) {

    public AnalysisArtifacts {
        Objects.requireNonNull(resultsJson, "resultsJson");
        Objects.requireNonNull(provenanceJson, "provenanceJson");
        Objects.requireNonNull(reportPdf, "reportPdf");
        Objects.requireNonNull(interpretation, "interpretation");
        reportPdf = reportPdf.clone();
    }

    @Override
    public byte[] reportPdf() {
        return reportPdf.clone();
    }
}
