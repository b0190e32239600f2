package org.ambulo.coding;

/** A code of the rule set the session does not support, and why (missing facts, or replaced by another code). */
public record NotProposedCode(String code, String reason) {
}
