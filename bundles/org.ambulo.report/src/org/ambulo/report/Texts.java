package org.ambulo.report;

import java.util.List;

/** Argument checks shared by the report model records. */
final class Texts {
    private Texts() {
    }

    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("report model: " + what + " must not be empty");
        }
        return value;
    }

    static <T> List<T> copy(List<T> values, String what) {
        if (values == null) {
            throw new IllegalArgumentException("report model: " + what + " must not be null (use an empty list)");
        }
        return List.copyOf(values);
    }

    static double[] curve(double[] values, String what) {
        if (values == null || values.length < 2) {
            throw new IllegalArgumentException("report model: " + what + " needs at least 2 samples over the cycle");
        }
        return values.clone();
    }
}
