package org.ambulo.report;

import java.time.Instant;
import java.util.Optional;

/** Signature block. An empty {@code signedAt} renders the report as an unsigned draft. */
public record Signature(String physicianName, String credentials, String attestation, Optional<Instant> signedAt) {
    public Signature {
        Texts.require(physicianName, "physicianName");
        credentials = credentials == null ? "" : credentials;
        Texts.require(attestation, "attestation");
        signedAt = signedAt == null ? Optional.empty() : signedAt;
    }
}
