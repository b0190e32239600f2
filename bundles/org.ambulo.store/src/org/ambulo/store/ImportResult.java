package org.ambulo.store;

import java.time.Instant;

/**
 * Outcome of one session import.
 *
 * @param newFileCount
 *            files added to the content store (the others were already there, e.g. the same video in two sessions)
 * @param storedBytes
 *            total size of the session's files including session.json
 */
public record ImportResult(String sessionId, String patientId, int trialCount, int newFileCount, long storedBytes, Instant importedAt,
        String importedBy) {
}
