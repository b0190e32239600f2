package org.ambulo.coding;

import java.util.List;

/** Warn when a code in {@code otherCodes} is billed on the same date as a proposed code in {@code proposedCodes}. */
public record ConflictRule(String id, List<CodeRange> otherCodes, List<CodeRange> proposedCodes, String message) {

    public ConflictRule {
        otherCodes = List.copyOf(otherCodes);
        proposedCodes = List.copyOf(proposedCodes);
    }
}
