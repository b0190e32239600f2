package org.ambulo.norms;

import java.util.Locale;

/** Sex of a patient or of a norm population ({@link #ANY}: mixed or not stated). */
public enum Sex {
    FEMALE,
    MALE,
    ANY;

    /** {@code female}, {@code male} or {@code any}: the name in norm files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Sex fromId(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "female", "f" -> FEMALE;
            case "male", "m" -> MALE;
            case "any", "", "mixed" -> ANY;
            default -> throw new IllegalArgumentException("unknown sex '" + id + "' (expected female, male or any)");
        };
    }

    /** Whether norms for this population apply to a patient of the given sex. */
    public boolean covers(Sex patient) {
        return this == ANY || this == patient;
    }
}
