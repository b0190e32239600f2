package org.ambulo.coding;

/** One check before the report can be finalised; the message names what is missing when it fails. */
public record FinalisationCheck(String id, String title, boolean passed, String message) {
}
