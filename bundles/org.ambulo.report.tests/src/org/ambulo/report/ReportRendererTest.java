package org.ambulo.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ambulo.model.Side;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF as a reader sees it: sections, numbers, headers/footers, rendering. Runs on the synthetic sample. */
class ReportRendererTest {
    @TempDir
    static Path dir;
    static ReportDocument sample;
    static Path pdf;
    static int pages;

    @BeforeAll
    static void renderSample() throws IOException {
        sample = SampleReports.syntheticChild();
        pdf = dir.resolve("report.pdf");
        pages = ReportRenderer.render(sample, pdf);
    }

    static String text(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    @Test
    void pdfExistsAndHasEverySectionInOrder() throws IOException {
        assertTrue(Files.size(pdf) > 10_000, "PDF suspiciously small: " + Files.size(pdf));
        String text = text(pdf);
        int last = -1;
        for (ReportSection s : ReportSection.values()) {
            int at = text.indexOf(s.heading());
            assertTrue(at > last, "section '" + s.heading() + "' missing or out of order");
            last = at;
        }
    }

    @Test
    void patientIdSessionAndPageNumberOnEveryPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(pages, doc.getNumberOfPages());
            assertTrue(pages >= 6, "expected text pages plus kinematics, kinetics, EMG, scores; got " + pages);
            for (int p = 1; p <= pages; p++) {
                String t = pageText(doc, p);
                assertTrue(t.contains("Patient ID: " + SampleReports.PATIENT_ID), "page " + p + " lacks patient id");
                assertTrue(t.contains("Session S-2025-117 on 2025-10-21"), "page " + p + " lacks session");
                assertTrue(t.contains("Page " + p + " of " + pages), "page " + p + " lacks page number");
            }
        }
    }

    @Test
    void spatiotemporalTableShowsTheModelsNumbers() throws IOException {
        List<String> lines = text(pdf).lines().toList();
        for (SpatiotemporalRow row : sample.spatiotemporal()) {
            String line = lines.stream().filter(l -> l.startsWith(row.parameter() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no table line for " + row.parameter()));
            List<String> expected = new ArrayList<>();
            expected.add(row.unit());
            for (Side s : Side.values()) {
                expected.add(row.value(s).isPresent() ? fixed(row.value(s).getAsDouble(), row.decimals()) : "–");
            }
            expected.add(fixed(row.norm().mean(), row.decimals()));
            expected.add(fixed(row.norm().sd(), row.decimals()));
            for (Side s : Side.values()) {
                // z recomputed here from the definition, not taken from the model's helper
                expected.add(row.value(s).isPresent()
                        ? fixed((row.value(s).getAsDouble() - row.norm().mean()) / row.norm().sd(), 1)
                        : "–");
            }
            assertEquals(String.join(" ", expected), line.substring(row.parameter().length() + 1).trim(),
                    row.parameter());
        }
    }

    @Test
    void scoresTableShowsGpsAndGdiPerSide() throws IOException {
        String text = text(pdf);
        for (Side s : Side.values()) {
            SideScore score = sample.scores().score(s).orElseThrow();
            String label = s == Side.LEFT ? "Left" : "Right";
            assertTrue(text.contains(label + " " + fixed(score.gpsDeg(), 1) + " " + fixed(score.gdi(), 1)),
                    "scores row for " + s);
        }
        assertTrue(text.contains("Overall " + fixed(sample.scores().overallGpsDeg(), 1)));
        for (String variable : sample.scores().variables()) {
            assertTrue(text.contains(variable), "MAP category " + variable);
        }
    }

    @Test
    void everyTextSectionCarriesTheModelsText() throws IOException {
        String text = text(pdf).replaceAll("\\s+", " ");
        List<String> required = List.of(sample.referral().reasonForReferral(), sample.history().medicalNecessity(),
                sample.methods().markerSet(), sample.methods().filters(), sample.methods().eventMethod(),
                sample.methods().norm().dataset(), sample.methods().norm().ageBand(),
                sample.methods().norm().speedBin(), sample.methods().norm().selectionReason(),
                sample.interpretation().findings().get(0), "96002", "G80.1", sample.signature().physicianName(),
                "Signed 2025-10-23 14:05 UTC", sample.qualityNotes().get(1).text(), sample.plainLanguageSummary());
        for (String r : required) {
            assertTrue(text.contains(r.replaceAll("\\s+", " ")), "PDF text lacks: " + r);
        }
        for (CurvePanel p : sample.kinematics()) {
            assertTrue(text.contains(p.variable() + " (" + p.plane().label() + ")"), "kinematic panel " + p.variable());
        }
        for (EmgChannel c : sample.emg()) {
            assertTrue(text.contains((c.side() == Side.LEFT ? "Left " : "Right ") + c.muscle()), c.muscle());
        }
    }

    @Test
    void sameModelGivesIdenticalBytes() throws IOException {
        Path again = dir.resolve("again.pdf");
        ReportRenderer.render(sample, again);
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(again));
    }

    @Test
    void pagesRenderWithInkAndPlotsUseBothSideColours() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int kinematicsPage = pageOf(doc, ReportSection.KINEMATICS.heading());
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 40);
                int[] counts = colourCounts(image);
                assertTrue(counts[0] > 500, "page " + (p + 1) + " is nearly blank: " + counts[0] + " dark pixels");
                if (p == kinematicsPage) {
                    assertTrue(counts[1] > 200, "kinematics page has too few red (left) pixels: " + counts[1]);
                    assertTrue(counts[2] > 200, "kinematics page has too few green (right) pixels: " + counts[2]);
                    assertTrue(counts[3] > 2000, "kinematics page has too little light-grey norm band: " + counts[3]);
                }
            }
        }
    }

    @Test
    void unsignedReportSaysDraftOnEveryPage() throws IOException {
        ReportDocument s = sample;
        ReportDocument unsigned = new ReportDocument(s.title(), s.patient(), s.session(), s.referral(), s.history(),
                s.laboratory(), s.methods(), s.spatiotemporal(), s.footOffs(), s.kinematics(), s.kinetics(), s.emg(),
                s.scores(), s.qualityNotes(), s.interpretation(), s.coding(),
                new Signature("Dr. P. Physician", "MD", "Pending review.", Optional.empty()), s.plainLanguageSummary());
        Path file = dir.resolve("draft.pdf");
        int n = ReportRenderer.render(unsigned, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            for (int p = 1; p <= n; p++) {
                assertTrue(pageText(doc, p).contains("DRAFT - not signed"), "page " + p);
            }
        }
    }

    @Test
    void emptySectionsStillAppearAndManyPanelsContinueOnNewPages() throws IOException {
        ReportDocument s = sample;
        List<CurvePanel> many = new ArrayList<>(s.kinematics());
        many.addAll(s.kinematics()); // 30 panels: two kinematics pages
        ReportDocument odd = new ReportDocument(s.title(), s.patient(), s.session(), s.referral(), s.history(),
                s.laboratory(), s.methods(), List.of(), s.footOffs(), many, List.of(), List.of(), s.scores(),
                List.of(), s.interpretation(), List.of(), s.signature(),
                "Tab\there, and Chinese \u4E2D\u6587 is not in the font and must not break rendering.");
        Path file = dir.resolve("odd.pdf");
        ReportRenderer.render(odd, file);
        String text = text(file);
        for (ReportSection section : ReportSection.values()) {
            assertTrue(text.contains(section.heading()), section.heading());
        }
        assertTrue(text.contains(ReportSection.KINEMATICS.heading() + " (continued)"));
        assertTrue(text.contains("No EMG recorded."));
        assertTrue(text.contains("No spatiotemporal parameters recorded."));
        assertTrue(text.contains("Tab here, and Chinese ?? is not"), "unprintable characters are replaced by '?'");
    }

    @Test
    void overwritesAnExistingFileAndCreatesMissingFolders() throws IOException {
        Path nested = dir.resolve("a/b/report.pdf");
        ReportRenderer.render(sample, nested);
        Files.writeString(nested, "old");
        ReportRenderer.render(sample, nested);
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(nested));
    }

    private static int pageOf(PDDocument doc, String heading) throws IOException {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            if (pageText(doc, p).contains(heading)) {
                return p - 1;
            }
        }
        throw new AssertionError("no page with " + heading);
    }

    /** [dark, red, green, light grey] pixel counts. */
    private static int[] colourCounts(BufferedImage image) {
        int[] counts = new int[4];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    counts[0]++;
                }
                if (r > 150 && g < 110 && b < 110) {
                    counts[1]++;
                }
                if (g > 100 && r < 110 && b < 110) {
                    counts[2]++;
                }
                if (Math.abs(r - g) < 6 && Math.abs(g - b) < 6 && r > 200 && r < 225) {
                    counts[3]++;
                }
            }
        }
        return counts;
    }

    static String fixed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }
}
