package org.ambulo.pipeline.session;

import java.nio.file.Path;

/** A session file that cannot be used: names the file and what is wrong with it. */
public final class SessionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public SessionException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
        this.file = file;
    }

    public SessionException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
