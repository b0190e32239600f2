package org.ambulo.pipeline;

import java.util.List;
import java.util.stream.Collectors;

/** A method could not be read or is not valid; the message names the method and lists every problem. */
public final class MethodException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<MethodProblem> problems;

    public MethodException(String methodName, List<MethodProblem> problems) {
        super("method " + methodName + ": " + problems.stream().map(MethodProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public MethodException(String methodName, String problem, Throwable cause) {
        super("method " + methodName + ": " + problem, cause);
        this.problems = List.of(MethodProblem.ofMethod(problem));
    }

    public List<MethodProblem> problems() {
        return problems;
    }
}
