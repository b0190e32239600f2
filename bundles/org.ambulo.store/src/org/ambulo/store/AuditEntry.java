package org.ambulo.store;

import java.time.Instant;

/**
 * One entry of the append-only audit trail. Details never hold patient names.
 *
 * @param entryHashHex
 *            SHA-256 over the previous entry's hash and this entry's fields
 */
public record AuditEntry(long seq, Instant at, String userName, Role role, String action, String subject, String details,
        String previousHashHex, String entryHashHex) {
}
