package org.ambulo.report;

import java.util.List;

/** One billed service: CPT code, modifiers, units and what supports it (e.g. the muscle list for 96002/96003). */
public record CodingLine(String cptCode, List<String> modifiers, int units, String description) {
    public CodingLine {
        Texts.require(cptCode, "cptCode");
        modifiers = Texts.copy(modifiers, "modifiers");
        if (units < 1) {
            throw new IllegalArgumentException("report model: units must be >= 1 for CPT " + cptCode);
        }
        description = description == null ? "" : description;
    }
}
