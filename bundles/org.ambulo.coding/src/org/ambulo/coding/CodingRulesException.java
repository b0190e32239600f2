package org.ambulo.coding;

/** A rule file that cannot be read or is not valid; names the file, the line (0 = unknown) and the field. */
public final class CodingRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;

    public CodingRulesException(String file, int line, String field, String problem) {
        this(file, line, field, problem, null);
    }

    public CodingRulesException(String file, int line, String field, String problem, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + (field.isEmpty() ? "" : ", field " + field) + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    /** 1-based line, 0 when the problem has no line (e.g. the file is missing). */
    public int line() {
        return line;
    }

    /** Path of the offending field, e.g. {@code codes[2].units}; empty for syntax and I/O problems. */
    public String field() {
        return field;
    }
}
