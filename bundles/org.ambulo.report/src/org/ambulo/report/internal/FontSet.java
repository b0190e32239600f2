package org.ambulo.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's two fonts, DejaVu Sans Condensed regular and bold, loaded from the bundle's {@code fonts/} folder and
 * embedded as subsets (PDF/A forbids non-embedded fonts, so no standard-14 font and no system font is used).
 */
final class FontSet {
    static final String REGULAR = "/fonts/DejaVuSansCondensed.ttf";
    static final String BOLD = "/fonts/DejaVuSansCondensed-Bold.ttf";

    final PDType0Font regular;
    final PDType0Font bold;

    FontSet(PDDocument doc) throws IOException {
        regular = load(doc, REGULAR);
        bold = load(doc, BOLD);
    }

    private static PDType0Font load(PDDocument doc, String resource) throws IOException {
        try (InputStream in = FontSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("report font " + resource + " is missing from the org.ambulo.report bundle"
                        + " (build.properties bin.includes must list fonts/)");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** Width of {@code text} in points at {@code size}. */
    static float width(PDType0Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces characters the font cannot show (and control characters) so drawing never fails. */
    static String printable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
                return;
            }
            String s = new String(Character.toChars(cp));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
