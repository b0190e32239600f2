package org.ambulo.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.ambulo.report.internal.PdfReportWriter;

/**
 * Renders a {@link ReportDocument} as a PDF/A-2b file: embedded DejaVu Sans Condensed, vector plots, patient id and
 * "page N of M" on every page. The same model gives the same bytes (dates and document id come from the model).
 */
public final class ReportRenderer {
    private ReportRenderer() {
    }

    /** Writes the PDF (replacing an existing file) and returns the number of pages. */
    public static int render(ReportDocument report, Path pdf) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(pdf, "pdf");
        return new PdfReportWriter(report).write(pdf);
    }
}
