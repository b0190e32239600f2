package org.ambulo.coding;

import java.util.List;
import java.util.Optional;

/** Which muscle list of the session a code counts ({@code muscles} in the rule file). */
public enum EmgKind {
    SURFACE("surface", "surface EMG"),
    FINE_WIRE("fineWire", "fine-wire EMG");

    private final String ruleName;
    private final String label;

    EmgKind(String ruleName, String label) {
        this.ruleName = ruleName;
        this.label = label;
    }

    public String ruleName() {
        return ruleName;
    }

    public String label() {
        return label;
    }

    public List<EmgMuscle> muscles(SessionContents session) {
        return this == SURFACE ? session.surfaceEmgMuscles() : session.fineWireEmgMuscles();
    }

    public static Optional<EmgKind> fromRuleName(String name) {
        for (EmgKind k : values()) {
            if (k.ruleName.equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
