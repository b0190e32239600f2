package org.ambulo.store;

import org.ambulo.pipeline.session.TrialRole;

/**
 * One file of a stored session.
 *
 * @param fileName
 *            the name it is materialized under, relative to the session folder (as in the imported folder)
 * @param condition
 *            free text from the session file; empty when the session's conditions apply
 */
public record StoredTrial(int ordinal, String fileName, TrialRole role, String condition, String sha256Hex, long sizeBytes) {
}
