package org.ambulo.pdfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ambulo.report.PatientInfo;
import org.ambulo.report.ReportDocument;
import org.ambulo.report.ReportRenderer;
import org.ambulo.report.SampleReports;
import org.ambulo.report.Signature;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Renders the synthetic full report (every section: tables, kinematic and kinetic curves with norm bands, EMG
 * envelopes with activation bars, the movement analysis profile chart), an unsigned draft with accented names and a
 * sparse report (empty sections, notes, characters the font lacks), and checks each with veraPDF against PDF/A-2b, the
 * conformance the renderer claims; a stripped copy of the report must fail (negative control). The text layer must
 * stay searchable. The PDFs stay in target/pdfa/ for inspection with other validators.
 */
class ReportPdfA2bTest {
    static final Path OUT = Path.of("target", "pdfa");

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void fullSampleReportIsPdfA2b() throws Exception {
        Path pdf = render(SampleReports.syntheticChild(), "sample-report.pdf");
        assertPdfA2b(pdf);
    }

    @Test
    void unsignedDraftWithAccentedNamesIsPdfA2b() throws Exception {
        Path pdf = render(draftWithAccents(), "draft-report.pdf");
        assertPdfA2b(pdf);
    }

    @Test
    void sparseReportWithEmptySectionsNotesAndUnprintableTextIsPdfA2b() throws Exception {
        ReportDocument s = SampleReports.syntheticChild();
        ReportDocument sparse = new ReportDocument(s.title(), s.patient(), s.session(), s.referral(), s.history(),
                s.laboratory(), s.methods(), List.of(), s.footOffs(), s.kinematics(), List.of(), List.of(),
                s.scores(), List.of(), s.interpretation(), List.of(), s.signature(),
                "Tab\there, and Chinese \u4E2D\u6587 is not in the font.",
                "No valid force plate strike: plate 1 double contact.", "No channel mapped to a muscle.");
        assertPdfA2b(render(sparse, "sparse-report.pdf"));
    }

    @Test
    void fullSampleReportTextIsExtractable() throws Exception {
        ReportDocument sample = SampleReports.syntheticChild();
        Path pdf = render(sample, "sample-report-text.pdf");
        String text = text(pdf);
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
        }
        for (String expected : List.of(SampleReports.PATIENT_ID, sample.patient().name(), "Page 1 of " + pages,
                "Page " + pages + " of " + pages, sample.interpretation().findings().get(0), "96000",
                sample.signature().physicianName(), sample.kinematics().get(0).variable(), sample.emg().get(0).muscle())) {
            assertTrue(text.contains(expected), "text layer lacks \"" + expected + "\"");
        }
        assertFalse(text.contains("\uFFFD"), "replacement characters in the text layer (broken ToUnicode)");
    }

    @Test
    void accentedNamesSurviveTextExtraction() throws Exception {
        ReportDocument draft = draftWithAccents();
        String text = text(render(draft, "draft-report-text.pdf"));
        assertTrue(text.contains(draft.patient().name()), "accented patient name not extractable");
        assertTrue(text.contains("DRAFT - not signed"), "draft status not extractable");
    }

    private static Path render(ReportDocument report, String name) throws IOException {
        Files.createDirectories(OUT);
        Path pdf = OUT.resolve(name);
        ReportRenderer.render(report, pdf);
        return pdf;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The sample, unsigned, with a patient name and physician outside ASCII (subset fonts must cover them). */
    private static ReportDocument draftWithAccents() {
        ReportDocument s = SampleReports.syntheticChild();
        PatientInfo p = s.patient();
        PatientInfo accented = new PatientInfo(p.patientId(), "Nováková, Žofie Ærøskøbing (synthetic)",
                p.birthDate(), p.sex(), p.ageYears(), p.heightCm(), p.massKg());
        return new ReportDocument(s.title(), accented, s.session(), s.referral(), s.history(), s.laboratory(),
                s.methods(), s.spatiotemporal(), s.footOffs(), s.kinematics(), s.kinetics(), s.emg(), s.scores(),
                s.qualityNotes(), s.interpretation(), s.coding(),
                new Signature("Dr. José Müller-Łukasiewicz", "MD", "Pending review.", Optional.empty()),
                s.plainLanguageSummary(), s.kineticsNote(), s.emgNote());
    }

    /**
     * Negative control, so a green run means something: the same sample report with its XMP packet removed and its
     * font programs stripped must fail the same validation on exactly those rules.
     */
    @Test
    void validatorRejectsTheReportWithoutMetadataAndFontPrograms() throws Exception {
        Path pdf = render(SampleReports.syntheticChild(), "broken-report.pdf");
        Path broken = OUT.resolve("broken-report-stripped.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            doc.getDocumentCatalog().setMetadata(null);
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDType0Font font = (PDType0Font) page.getResources().getFont(name);
                    font.getDescendantFont().getFontDescriptor().getCOSObject().removeItem(COSName.FONT_FILE2);
                }
            }
            Files.deleteIfExists(broken); // PDFBox warns when overwriting
            doc.save(broken.toFile());
        }
        ValidationResult result = validate(broken);
        assertFalse(result.isCompliant(), "veraPDF accepted a PDF without metadata or embedded fonts");
        List<String> clauses = result.getFailedChecks().keySet().stream().map(RuleId::getClause).toList();
        assertTrue(clauses.contains("6.2.11.4.1"), "non-embedded font not reported: " + clauses); // font programs
        assertTrue(clauses.contains("6.6.2.1"), "missing XMP metadata not reported: " + clauses); // metadata stream
    }

    private static ValidationResult validate(Path pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertEquals(PDFAFlavour.PDFA_2_B, result.getPDFAFlavour());
            return result;
        }
    }

    /** Fails listing every failed rule: clause, test number, description, failed-check count and a sample location. */
    private static void assertPdfA2b(Path pdf) throws Exception {
        ValidationResult result = validate(pdf);
        System.out.printf("veraPDF PDF/A-2b %s: %s, %d checks%n", pdf.getFileName(),
                result.isCompliant() ? "compliant" : "NOT compliant", result.getTotalAssertions());
        if (result.isCompliant()) {
            return;
        }
        Comparator<RuleId> byClause = Comparator.comparing(RuleId::getClause)
                .thenComparingInt(RuleId::getTestNumber);
        Map<RuleId, String> firstFailure = new TreeMap<>(byClause);
        for (TestAssertion a : result.getTestAssertions()) {
            if (a.getStatus() == TestAssertion.Status.FAILED) {
                firstFailure.putIfAbsent(a.getRuleId(), a.getLocation() == null ? "?" : a.getLocation().getContext());
            }
        }
        Map<RuleId, Integer> counts = new TreeMap<>(byClause);
        counts.putAll(result.getFailedChecks());
        List<String> lines = new ArrayList<>();
        counts.forEach((id, count) -> {
            Rule rule = result.getValidationProfile().getRuleByRuleId(id);
            lines.add(String.format("  %s-%d (%dx): %s%n      first at %s", id.getClause(), id.getTestNumber(), count,
                    rule == null ? "?" : rule.getDescription(), firstFailure.getOrDefault(id, "?")));
        });
        fail(pdf + " is not PDF/A-2b, " + counts.size() + " rule(s) failed:\n" + String.join("\n", lines));
    }
}
