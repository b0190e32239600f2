package org.ambulo.coding;

import java.util.Optional;

/**
 * An inclusive range of procedure codes of equal length, e.g. {@code 95860-95875}, or a single code. Codes are compared
 * as strings so alphanumeric codes (e.g. {@code 0001T}) work too.
 */
public record CodeRange(String first, String last) {

    public CodeRange {
        if (first == null || last == null || first.isBlank() || first.length() != last.length() || first.compareTo(last) > 0) {
            throw new IllegalArgumentException("not a code range: " + first + "-" + last);
        }
    }

    public boolean contains(String code) {
        return code.length() == first.length() && code.compareTo(first) >= 0 && code.compareTo(last) <= 0;
    }

    /** Parses {@code 96000} or {@code 95860-95875}; empty when the text is not of that form. */
    public static Optional<CodeRange> parse(String text) {
        String t = text.trim();
        int dash = t.indexOf('-');
        String a = dash < 0 ? t : t.substring(0, dash).trim();
        String b = dash < 0 ? t : t.substring(dash + 1).trim();
        if (a.isEmpty() || a.length() != b.length() || !a.chars().allMatch(Character::isLetterOrDigit)
                || !b.chars().allMatch(Character::isLetterOrDigit) || a.compareTo(b) > 0) {
            return Optional.empty();
        }
        return Optional.of(new CodeRange(a, b));
    }

    @Override
    public String toString() {
        return first.equals(last) ? first : first + "-" + last;
    }
}
