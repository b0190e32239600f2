package org.ambulo.pipeline;

import java.util.Optional;

/**
 * One thing wrong with a method.
 *
 * @param section
 *            which list the step is in
 * @param stepIndex
 *            1-based position in that list; 0 for the method as a whole
 * @param processorId
 *            the step's processor id; empty for the method as a whole
 * @param problem
 *            what is wrong, e.g. "no processor with this id is installed"
 */
public record MethodProblem(Method.Section section, int stepIndex, Optional<String> processorId, String problem) {

    public static MethodProblem ofMethod(String problem) {
        return new MethodProblem(Method.Section.DYNAMIC, 0, Optional.empty(), problem);
    }

    public static MethodProblem ofStep(Method.Section section, int stepIndex, String processorId, String problem) {
        return new MethodProblem(section, stepIndex, Optional.of(processorId), problem);
    }

    /** E.g. {@code step 3 (org.ambulo.signal.markers.lowpass): field 'cutoffHz': expected a number, found "six"}. */
    public String message() {
        return processorId.map(id -> section.label() + " " + stepIndex + " (" + id + "): " + problem).orElse(problem);
    }
}
