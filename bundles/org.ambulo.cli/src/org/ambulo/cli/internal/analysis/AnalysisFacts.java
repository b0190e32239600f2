package org.ambulo.cli.internal.analysis;

/**
 * What the analysis found about how the trial was processed, in words for the report's methods section.
 *
 * @param kineticsValid
 *            whether at least one force plate strike was valid, so that moments and powers are reported
 */
record AnalysisFacts(boolean kineticsValid, String modelDescription, String filterDescription, String eventDescription) {
}
