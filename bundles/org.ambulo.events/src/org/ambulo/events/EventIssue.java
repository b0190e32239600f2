package org.ambulo.events;

import java.util.Objects;

/** Something the event checks found, in words a clinician understands. */
public record EventIssue(Severity severity, String message) {

    public enum Severity {
        INFO,
        WARNING,
        ERROR
    }

    public EventIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity + ": " + message;
    }
}
