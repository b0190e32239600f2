package org.ambulo.cli.internal.analysis;

/**
 * What the analysis found about how the trials were processed, in words for the report's methods section.
 *
 * @param kineticsValid
 *            whether at least one force plate strike was valid in some trial, so that moments and powers are reported
 * @param kineticsNote
 *            which trials/sides have no valid strike and the plate assessment, printed in the kinetics section; empty
 *            when every trial has a valid strike on both sides
 */
record AnalysisFacts(boolean kineticsValid, String kineticsNote, String modelDescription, String filterDescription,
        String eventDescription) {
}
