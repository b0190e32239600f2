package org.ambulo.coding;

import java.util.Optional;

/** How many units of a code are proposed ({@code units} in the rule file). */
public enum UnitBasis {
    /** One unit per session. */
    ONCE("once"),
    /** One unit per distinct muscle and side of the code's muscle list. */
    PER_MUSCLE("perMuscle");

    private final String ruleName;

    UnitBasis(String ruleName) {
        this.ruleName = ruleName;
    }

    public String ruleName() {
        return ruleName;
    }

    public static Optional<UnitBasis> fromRuleName(String name) {
        for (UnitBasis u : values()) {
            if (u.ruleName.equals(name)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
