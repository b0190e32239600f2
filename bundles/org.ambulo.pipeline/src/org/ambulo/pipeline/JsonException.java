package org.ambulo.pipeline;

import java.util.Objects;

/** A JSON text could not be read; the message says where (line, column) and what was expected. */
public final class JsonException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    /** A problem with no position in the text, e.g. a valid document that is not a valid method. */
    public JsonException(String message) {
        super(message);
        this.line = 0;
        this.column = 0;
        this.problem = message;
    }

    /** A syntax problem at a 1-based line and column; the message reads "line L, column C: problem". */
    public JsonException(int line, int column, String problem) {
        super("line " + line + ", column " + column + ": " + Objects.requireNonNull(problem, "problem"));
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** 1-based line of a syntax problem, 0 when the problem has no position. */
    public int line() {
        return line;
    }

    /** 1-based column of a syntax problem, 0 when the problem has no position. */
    public int column() {
        return column;
    }

    /** What is wrong, without the position (so callers can prefix their own file name and line). */
    public String problem() {
        return problem;
    }
}
