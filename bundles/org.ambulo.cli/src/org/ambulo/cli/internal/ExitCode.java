package org.ambulo.cli.internal;

/** Exit codes of the {@code ambulo} command; stable, labs script against them. */
public final class ExitCode {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    /** {@code audit verify} found the audit trail or a signed report altered. */
    public static final int VERIFICATION_FAILED = 3;
    public static final int USAGE = 64;

    private ExitCode() {
    }
}
