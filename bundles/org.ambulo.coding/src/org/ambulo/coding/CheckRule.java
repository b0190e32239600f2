package org.ambulo.coding;

import java.util.List;

/** A finalisation check: passes when all {@code requiresAll} facts hold; {@code missingMessage} says what to add. */
public record CheckRule(String id, String title, List<SessionFact> requiresAll, String missingMessage) {

    public CheckRule {
        requiresAll = List.copyOf(requiresAll);
    }
}
