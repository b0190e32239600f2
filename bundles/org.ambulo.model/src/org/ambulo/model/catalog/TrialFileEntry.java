package org.ambulo.model.catalog;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A trial file found in a session folder, with what could be learned from it.
 *
 * @param file
 *            absolute path of the file
 * @param sizeBytes
 *            file size in bytes
 * @param lastModified
 *            the file's modification time
 * @param status
 *            whether and how the file could be read
 */
public record TrialFileEntry(Path file, long sizeBytes, Instant lastModified, TrialFileStatus status) {

    /** The file name without folder. */
    public String fileName() {
        return file.getFileName().toString();
    }
}
