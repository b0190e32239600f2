package org.ambulo.cli.internal.analysis;

import java.nio.file.Path;
import java.util.List;

import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.pipeline.Provenance;
import org.ambulo.report.ReportDocument;

/**
 * What {@link SessionAnalysis#run} wrote and computed.
 *
 * @param warnings
 *            things the user must know (norm mismatch, kinetics skipped, coding checks failed), also in the report
 */
public record AnalysisResult(Path pdf, Path curvesCsv, Path spatiotemporalCsv, Path processedC3d, Path provenanceJson, int pages,
        ReportDocument report, SpatiotemporalTable spatiotemporal, Provenance provenance, List<String> warnings) {

    public AnalysisResult {
        warnings = List.copyOf(warnings);
    }
}
