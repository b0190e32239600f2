package org.ambulo.coding;

import java.util.List;

/**
 * A code the session supports, with its units and modifiers, and the facts that triggered it.
 *
 * @param reason plain words: which facts triggered the code, which muscles were counted, which modifier why
 */
public record ProposedCode(String code, String description, int units, List<String> modifiers, String reason) {

    public ProposedCode {
        modifiers = List.copyOf(modifiers);
    }

    /** e.g. {@code 96003-52 x3}. */
    public String billingLine() {
        StringBuilder s = new StringBuilder(code);
        modifiers.forEach(m -> s.append('-').append(m));
        return s.append(" x").append(units).toString();
    }
}
