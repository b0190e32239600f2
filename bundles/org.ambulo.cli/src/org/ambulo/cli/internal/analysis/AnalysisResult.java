package org.ambulo.cli.internal.analysis;

import java.nio.file.Path;
import java.util.List;

import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.pipeline.Provenance;
import org.ambulo.report.ReportDocument;

/**
 * What {@link SessionAnalysis#run} wrote and computed.
 *
 * @param processedC3ds
 *            one processed C3D (model outputs and events added) per analysed walking trial
 * @param provenance
 *            the first analysed trial's provenance (all trials' are in the provenance JSON)
 * @param warnings
 *            things the user must know (norm mismatch, kinetics skipped, coding checks failed), also in the report
 */
public record AnalysisResult(Path pdf, Path curvesCsv, Path spatiotemporalCsv, List<Path> processedC3ds, Path provenanceJson, int pages,
        ReportDocument report, SpatiotemporalTable spatiotemporal, Provenance provenance, List<String> warnings) {

    public AnalysisResult {
        processedC3ds = List.copyOf(processedC3ds);
        warnings = List.copyOf(warnings);
    }
}
