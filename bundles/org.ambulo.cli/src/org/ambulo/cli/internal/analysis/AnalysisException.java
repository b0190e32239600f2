package org.ambulo.cli.internal.analysis;

/** Bad input found while analysing a session: the message names the file and the problem. */
public final class AnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }

    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
