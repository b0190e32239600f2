package org.ambulo.pipeline.session;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the session.
 *
 * @param file
 *            absolute path
 * @param condition
 *            free text, e.g. "barefoot, self-selected speed"; empty when the session's conditions apply
 */
public record SessionTrial(Path file, TrialRole role, String condition) {

    public SessionTrial {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(condition, "condition");
    }
}
