package org.ambulo.report.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/** Number and date formatting for the PDF: fixed decimals, '.' separator, no "-0.0". */
final class Fmt {
    static final String NO_VALUE = "–";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NO_VALUE;
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    static String fixed(OptionalDouble value, int decimals) {
        return value.isPresent() ? fixed(value.getAsDouble(), decimals) : NO_VALUE;
    }

    static String instant(Instant t) {
        return INSTANT.format(t);
    }
}
