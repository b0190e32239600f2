package org.ambulo.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ambulo.report.ReportDocument;
import org.ambulo.report.Signature;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/** Lays the report model out section by section, then stamps header/footer and the PDF/A parts, then saves. */
public final class PdfReportWriter {
    private final ReportDocument report;

    public PdfReportWriter(ReportDocument report) {
        this.report = report;
    }

    /** Writes the PDF and returns its page count. */
    public int write(Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.setVersion(1.7f);
            FontSet fonts = new FontSet(doc);
            try (PageFlow flow = new PageFlow(doc, fonts)) {
                new TextSections(report, flow).front();
                new CurveSections(report, flow).all();
                new TextSections(report, flow).back();
            }
            stampHeadersAndFooters(doc, fonts);
            PdfA.apply(doc, report.title() + " - " + report.patient().patientId(), report.signature().physicianName(),
                    "Clinical gait analysis report, session " + report.session().sessionId(),
                    report.session().reportCreated(), idSeed());
            Path parent = pdf.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.deleteIfExists(pdf); // PDFBox warns when overwriting; the caller asked for replacement
            doc.save(pdf.toFile());
            return doc.getNumberOfPages();
        }
    }

    private String idSeed() {
        return String.join("|", report.title(), report.patient().patientId(), report.session().sessionId(),
                report.session().reportCreated().toString(), report.interpretation().narrative(),
                report.plainLanguageSummary(),
                report.signature().signedAt().map(Object::toString).orElse("unsigned"));
    }

    private void stampHeadersAndFooters(PDDocument doc, FontSet fonts) throws IOException {
        int total = doc.getNumberOfPages();
        String patient = "Patient ID: " + report.patient().patientId() + "   " + report.patient().name();
        String session = "Session " + report.session().sessionId() + " on " + report.session().sessionDate();
        Signature signature = report.signature();
        String status = signature.signedAt().isPresent()
                ? "Signed " + Fmt.instant(signature.signedAt().get())
                : "DRAFT - not signed";
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                float top = PageFlow.PAGE.getHeight() - 30;
                cs.setNonStrokingColor(0f);
                show(cs, fonts, PageFlow.LEFT, top, true, patient);
                String right = FontSet.printable(fonts.regular, session);
                show(cs, fonts, PageFlow.RIGHT - FontSet.width(fonts.regular, right, 8), top, false, right);
                cs.setStrokingColor(0.4f);
                cs.setLineWidth(0.5f);
                cs.setLineDashPattern(Style.SOLID, 0);
                cs.moveTo(PageFlow.LEFT, top - 5);
                cs.lineTo(PageFlow.RIGHT, top - 5);
                cs.moveTo(PageFlow.LEFT, 38);
                cs.lineTo(PageFlow.RIGHT, 38);
                cs.stroke();
                show(cs, fonts, PageFlow.LEFT, 27, false, report.laboratory().name() + "  |  " + status);
                String pageText = "Page " + (i + 1) + " of " + total;
                show(cs, fonts, PageFlow.RIGHT - FontSet.width(fonts.regular, pageText, 8), 27, false, pageText);
            }
        }
    }

    private static void show(PDPageContentStream cs, FontSet fonts, float x, float y, boolean bold, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(bold ? fonts.bold : fonts.regular, 8);
        cs.newLineAtOffset(x, y);
        cs.showText(FontSet.printable(bold ? fonts.bold : fonts.regular, text));
        cs.endText();
    }
}
