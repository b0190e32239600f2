package org.ambulo.store;

import java.nio.file.Path;

/**
 * Result of a de-identified export.
 *
 * @param manifest
 *            the README listing what was removed and the exported folders
 */
public record ExportResult(Path folder, int sessionCount, int c3dFileCount, int videoFilesLeftOut, Path manifest) {
}
