package org.ambulo.pipeline;

/** A step of a method could not process a trial. The message names the trial, the step and the problem. */
public final class ProcessingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String trial;
    private final String processorId;

    public ProcessingException(String trial, String processorId, String problem) {
        super(trial + ": " + processorId + ": " + problem);
        this.trial = trial;
        this.processorId = processorId;
    }

    public ProcessingException(String trial, String processorId, String problem, Throwable cause) {
        super(trial + ": " + processorId + ": " + problem, cause);
        this.trial = trial;
        this.processorId = processorId;
    }

    public String trial() {
        return trial;
    }

    public String processorId() {
        return processorId;
    }
}
