package org.ambulo.coding;

import java.util.List;

/** Append {@code modifier} to every proposed code in {@code appliesTo} when the session status is {@code status}. */
public record ModifierRule(SessionStatus.Kind status, String modifier, String description, List<CodeRange> appliesTo,
        String interpretation) {

    public ModifierRule {
        appliesTo = List.copyOf(appliesTo);
    }

    public boolean appliesTo(String code) {
        return appliesTo.stream().anyMatch(r -> r.contains(code));
    }
}
