package org.ambulo.pipeline.session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Who signs the report and whether they have: an empty {@code signedAt} is an unsigned draft. */
public record SignatureState(String physicianName, String credentials, Optional<Instant> signedAt) {

    public SignatureState {
        Objects.requireNonNull(physicianName, "physicianName");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(signedAt, "signedAt");
    }
}
