package org.ambulo.report;

import java.nio.file.Path;

/** Files written beside the PDF by {@link ReportCsv#writeBeside(ReportDocument, Path)}. */
public record ReportExports(Path curvesCsv, Path spatiotemporalCsv) {
}
