package org.ambulo.coding;

/**
 * Something the coder must look at before submitting; does not block finalisation.
 *
 * @param id stable kind of warning: {@code conflict:<rule id>}, {@code muscles-over-max:<code>},
 *           {@code both-sides:<code>}, {@code duplicate-muscle:<emg kind>}, {@code no-modifier:<status>},
 *           {@code no-code}
 */
public record CodingWarning(String id, String message) {
}
