package org.ambulo.cli.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

/** CSV cells as RFC 4180 has them: quoted only when a comma, quote or line break would otherwise split them. */
final class Csv {

    private Csv() {
    }

    static String cell(String text) {
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    static String row(String... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(","));
    }
}
