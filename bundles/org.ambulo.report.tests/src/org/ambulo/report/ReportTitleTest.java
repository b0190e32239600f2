package org.ambulo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long title (the demo's) wraps at the right margin instead of running off the page: every glyph of the title
 * lies inside the page's text area, and the words extract in order.
 */
class ReportTitleTest {

    static final String LONG_TITLE = "Clinical Gait Analysis Report - DEMO (fictional patient, real walking data)";

    /** Glyphs in the 17 pt bold title font on page 1 (the only text at that size). */
    private static final class TitleGlyphs extends PDFTextStripper {
        final List<TextPosition> glyphs = new ArrayList<>();

        TitleGlyphs() throws IOException {
            setStartPage(1);
            setEndPage(1);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (Math.abs(text.getFontSizeInPt() - 17) < 0.01f) {
                glyphs.add(text);
            }
            super.processTextPosition(text);
        }
    }

    @Test
    void aLongTitleWrapsInsideTheMargins(@TempDir Path dir) throws IOException {
        ReportDocument s = SampleReports.syntheticChild();
        ReportDocument longTitle = new ReportDocument(LONG_TITLE, s.patient(), s.session(), s.referral(), s.history(), s.laboratory(),
                s.methods(), s.spatiotemporal(), s.footOffs(), s.kinematics(), s.kinetics(), s.emg(), s.scores(), s.qualityNotes(),
                s.interpretation(), s.coding(), s.signature(), s.plainLanguageSummary());
        Path pdf = dir.resolve("long-title.pdf");
        ReportRenderer.render(longTitle, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            TitleGlyphs stripper = new TitleGlyphs();
            String text = stripper.getText(doc);
            float pageWidth = doc.getPage(0).getMediaBox().getWidth();
            StringBuilder title = new StringBuilder();
            float maxRight = 0;
            float minLeft = Float.MAX_VALUE;
            for (TextPosition g : stripper.glyphs) {
                title.append(g.getUnicode());
                maxRight = Math.max(maxRight, g.getXDirAdj() + g.getWidthDirAdj());
                minLeft = Math.min(minLeft, g.getXDirAdj());
            }
            // the glyphs, without the spaces the wrap removed, are the whole title in order
            assertEquals(LONG_TITLE.replace(" ", ""), Normalizer.normalize(title, Normalizer.Form.NFKC).replace(" ", "")); // "fi" ligature
            // symmetric margins: the right edge stays as far from the page edge as the left one (0.5 pt for rounding)
            assertTrue(maxRight <= pageWidth - minLeft + 0.5f, "title ends at " + maxRight + " pt; page " + pageWidth + " pt, left margin "
                    + minLeft + " pt");
            String extracted = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
            assertTrue(extracted.contains(LONG_TITLE), "whole title in the text extraction");
        }
    }

    @Test
    void aShortTitleStaysOnOneLine(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("short.pdf");
        ReportRenderer.render(SampleReports.syntheticChild(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            TitleGlyphs stripper = new TitleGlyphs();
            stripper.getText(doc);
            long baselines = stripper.glyphs.stream().map(TextPosition::getYDirAdj).distinct().count();
            assertEquals(1, baselines, "one title line");
        }
    }
}
