package org.ambulo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF/A-2b parts we can check without a full validator (veraPDF is not an OSGi bundle; the full check runs in
 * releng/org.ambulo.pdfa): XMP identification and Dublin Core, info dictionary in agreement with XMP, sRGB output
 * intent, every font embedded, no transparency, no raster images, a document id in the trailer.
 */
class PdfArchivalTest {
    @TempDir
    static Path dir;
    static Path pdf;
    static ReportDocument sample = SampleReports.syntheticChild();

    @BeforeAll
    static void render() throws IOException {
        pdf = dir.resolve("report.pdf");
        ReportRenderer.render(sample, pdf);
    }

    @Test
    void xmpDeclaresPdfA2bAndAgreesWithTheInfoDictionary() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertNotNull(doc.getDocumentCatalog().getMetadata(), "no XMP metadata stream");
            XMPMetadata xmp = new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
            PDFAIdentificationSchema id = xmp.getPDFAIdentificationSchema();
            assertEquals(2, id.getPart());
            assertEquals("B", id.getConformance());
            String title = doc.getDocumentInformation().getTitle();
            assertTrue(title.contains(SampleReports.PATIENT_ID), title);
            assertEquals(title, xmp.getDublinCoreSchema().getTitle());
            assertEquals(List.of(doc.getDocumentInformation().getAuthor()), xmp.getDublinCoreSchema().getCreators());
            assertEquals(doc.getDocumentInformation().getProducer(), xmp.getAdobePDFSchema().getProducer());
            assertEquals(doc.getDocumentInformation().getCreator(), xmp.getXMPBasicSchema().getCreatorTool());
            long created = sample.session().reportCreated().toEpochMilli();
            assertEquals(created, doc.getDocumentInformation().getCreationDate().getTimeInMillis());
            assertEquals(created, xmp.getXMPBasicSchema().getCreateDate().getTimeInMillis());
        }
    }

    @Test
    void hasAnSrgbOutputIntentAndADocumentId() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            assertEquals("sRGB IEC61966-2.1", intents.get(0).getOutputConditionIdentifier());
            assertNotNull(intents.get(0).getDestOutputIntent(), "output intent without ICC profile");
            assertTrue(intents.get(0).getDestOutputIntent().getLength() > 1000);
            COSArray ids = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertNotNull(ids, "trailer /ID is required by PDF/A");
            assertEquals(2, ids.size());
        }
    }

    @Test
    void everyFontOnEveryPageIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    fonts++;
                    assertTrue(font.isEmbedded(), font.getName() + " not embedded");
                    assertTrue(font instanceof PDType0Font, font.getName() + " is not a Type0 (TrueType) font");
                    assertNotNull(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2(),
                            font.getName() + " lacks FontFile2");
                    assertTrue(font.getName().contains("DejaVuSansCondensed"), font.getName());
                }
            }
            assertTrue(fonts >= doc.getNumberOfPages(), "expected fonts on every page, found " + fonts);
        }
    }

    @Test
    void noTransparencyAndNoRasterImages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getExtGStateNames()) {
                    PDExtendedGraphicsState gs = res.getExtGState(name);
                    assertTrue(gs.getNonStrokingAlphaConstant() == null || gs.getNonStrokingAlphaConstant() == 1f);
                    assertTrue(gs.getStrokingAlphaConstant() == null || gs.getStrokingAlphaConstant() == 1f);
                    assertFalse(gs.getCOSObject().containsKey(COSName.SMASK), "soft mask on a page");
                }
                for (COSName name : res.getXObjectNames()) {
                    PDXObject x = res.getXObject(name);
                    assertFalse(x instanceof PDImageXObject, "plots must be vector, found image " + name.getName());
                }
                assertTrue(page.getCOSObject().getCOSDictionary(COSName.GROUP) == null, "transparency group");
            }
        }
    }
}
