package org.ambulo.report;

import java.util.List;

/** The physician's interpretation (96004): narrative, numbered findings, impression/diagnosis, recommendations. */
public record Interpretation(String narrative, List<String> findings, String impression, String recommendations) {
    public Interpretation {
        Texts.require(narrative, "interpretation narrative");
        findings = Texts.copy(findings, "findings");
        impression = impression == null ? "" : impression;
        recommendations = recommendations == null ? "" : recommendations;
    }
}
