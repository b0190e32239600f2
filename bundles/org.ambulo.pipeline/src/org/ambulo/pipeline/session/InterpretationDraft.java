package org.ambulo.pipeline.session;

import java.util.List;
import java.util.Objects;

/** The physician's interpretation as written so far; an empty narrative means none is written yet. */
public record InterpretationDraft(String narrative, List<String> findings, String impression, String recommendations) {

    public InterpretationDraft {
        Objects.requireNonNull(narrative, "narrative");
        findings = List.copyOf(findings);
        Objects.requireNonNull(impression, "impression");
        Objects.requireNonNull(recommendations, "recommendations");
    }

    public boolean isWritten() {
        return !narrative.isBlank();
    }
}
