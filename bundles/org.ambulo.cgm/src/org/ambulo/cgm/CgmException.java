package org.ambulo.cgm;

/** The model cannot run on this input; the message names the trial (file), the marker or parameter and the problem. */
public final class CgmException extends Exception {

    private static final long serialVersionUID = 1L;

    public CgmException(String trial, String problem) {
        super(trial + ": " + problem);
    }

    public CgmException(String trial, String problem, Throwable cause) {
        super(trial + ": " + problem, cause);
    }
}
