package org.ambulo.report.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Top-to-bottom text flow over A4 pages: headings, wrapped paragraphs, label/value rows and tables. */
final class PageFlow implements AutoCloseable {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 42;
    static final float RIGHT = PAGE.getWidth() - 42;
    static final float TOP = PAGE.getHeight() - 58;
    static final float BOTTOM = 52;
    static final float BODY = 9.5f;

    private final PDDocument doc;
    final FontSet fonts;
    private PDPageContentStream cs;
    private float y;

    PageFlow(PDDocument doc, FontSet fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    PDPageContentStream cs() {
        return cs;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** Starts a new page unless {@code height} points still fit below the cursor. */
    void ensure(float height) throws IOException {
        if (cs == null || y - height < BOTTOM) {
            newPage();
        }
    }

    /** Draws text in black (fills used by plots must never colour the text that follows). */
    void text(float x, float baseline, PDType0Font font, float size, String text) throws IOException {
        cs.setNonStrokingColor(0f);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(FontSet.printable(font, text));
        cs.endText();
    }

    void textRight(float xRight, float baseline, PDType0Font font, float size, String text) throws IOException {
        String s = FontSet.printable(font, text);
        text(xRight - FontSet.width(font, s, size), baseline, font, size, s);
    }

    /** The title wraps at the right margin (a long title, e.g. the demo's, would otherwise run off the page). */
    void title(String text, String subtitle) throws IOException {
        float size = 17;
        float lineHeight = size * 1.2f;
        List<String> lines = wrap(text, fonts.bold, size, RIGHT - LEFT);
        ensure(50 + (lines.size() - 1) * lineHeight);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                y -= lineHeight;
            }
            text(LEFT, y - 18, fonts.bold, size, lines.get(i));
        }
        text(LEFT, y - 34, fonts.regular, 10, subtitle);
        y -= 46;
    }

    void heading(String text) throws IOException {
        ensure(60); // keep a heading with at least a few lines of its content
        y -= 8;
        text(LEFT, y - 12, fonts.bold, 12.5f, text);
        y -= 17;
        cs.setStrokingColor(0.35f);
        cs.setLineWidth(0.6f);
        cs.setLineDashPattern(Style.SOLID, 0);
        cs.moveTo(LEFT, y);
        cs.lineTo(RIGHT, y);
        cs.stroke();
        y -= 6;
    }

    void subheading(String text) throws IOException {
        ensure(30);
        y -= 3;
        text(LEFT, y - 10, fonts.bold, 10.5f, text);
        y -= 15;
    }

    void paragraph(String text) throws IOException {
        paragraph(text, fonts.regular, BODY, LEFT, RIGHT);
    }

    void paragraph(String text, PDType0Font font, float size, float x0, float x1) throws IOException {
        float lineHeight = size * 1.3f;
        for (String line : wrap(text, font, size, x1 - x0)) {
            ensure(lineHeight);
            text(x0, y - size, font, size, line);
            y -= lineHeight;
        }
        y -= size * 0.35f;
    }

    void bullets(List<String> items) throws IOException {
        for (String item : items) {
            List<String> lines = wrap(item, fonts.regular, BODY, RIGHT - LEFT - 12);
            for (int i = 0; i < lines.size(); i++) {
                ensure(BODY * 1.3f);
                if (i == 0) {
                    text(LEFT + 2, y - BODY, fonts.regular, BODY, "•");
                }
                text(LEFT + 12, y - BODY, fonts.regular, BODY, lines.get(i));
                y -= BODY * 1.3f;
            }
        }
        y -= BODY * 0.35f;
    }

    /** A bold label in a fixed column and its wrapped value beside it. */
    void labelValue(String label, String value) throws IOException {
        float labelWidth = 150;
        List<String> lines = wrap(value.isBlank() ? Fmt.NO_VALUE : value, fonts.regular, BODY,
                RIGHT - LEFT - labelWidth);
        float lineHeight = BODY * 1.3f;
        for (int i = 0; i < lines.size(); i++) {
            ensure(lineHeight);
            if (i == 0) {
                text(LEFT, y - BODY, fonts.bold, BODY, label);
            }
            text(LEFT + labelWidth, y - BODY, fonts.regular, BODY, lines.get(i));
            y -= lineHeight;
        }
        y -= 1.5f;
    }

    /**
     * A table with a bold header row; cells are single lines except the last column, which wraps. {@code numeric}
     * columns are right aligned. {@code boldCells[row][col]} emphasises a cell (may be null).
     */
    void table(float[] widths, boolean[] numeric, String[] header, List<String[]> rows, boolean[][] boldCells)
            throws IOException {
        float size = BODY - 0.5f;
        float lineHeight = size * 1.35f;
        ensure(lineHeight * 3);
        row(widths, numeric, header, null, fonts.bold, size, lineHeight, true);
        for (int r = 0; r < rows.size(); r++) {
            row(widths, numeric, rows.get(r), boldCells == null ? null : boldCells[r], fonts.regular, size, lineHeight,
                    false);
        }
        y -= 4;
    }

    private void row(float[] widths, boolean[] numeric, String[] cells, boolean[] bold, PDType0Font font, float size,
            float lineHeight, boolean header) throws IOException {
        int last = cells.length - 1;
        List<String> lastLines = numeric[last]
                ? List.of(cells[last])
                : wrap(cells[last], font, size, widths[last] - 4);
        float height = lineHeight * lastLines.size() + 2;
        ensure(height);
        float x = LEFT;
        for (int c = 0; c < cells.length; c++) {
            PDType0Font f = bold != null && bold[c] ? fonts.bold : font;
            if (c == last && !numeric[c]) {
                for (int i = 0; i < lastLines.size(); i++) {
                    text(x + 2, y - size - 1 - i * lineHeight, f, size, lastLines.get(i));
                }
            } else if (numeric[c]) {
                textRight(x + widths[c] - 4, y - size - 1, f, size, cells[c]);
            } else {
                text(x + 2, y - size - 1, f, size, cells[c]);
            }
            x += widths[c];
        }
        y -= height;
        cs.setStrokingColor(header ? 0.3f : 0.75f);
        cs.setLineWidth(header ? 0.6f : 0.3f);
        cs.setLineDashPattern(Style.SOLID, 0);
        cs.moveTo(LEFT, y);
        cs.lineTo(x, y);
        cs.stroke();
    }

    /** Greedy word wrap; explicit line breaks are kept, over-long words are split. */
    static List<String> wrap(String text, PDType0Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (FontSet.width(font, FontSet.printable(font, candidate), size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (FontSet.width(font, FontSet.printable(font, rest), size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && FontSet.width(font, FontSet.printable(font, rest.substring(0, cut)), size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
