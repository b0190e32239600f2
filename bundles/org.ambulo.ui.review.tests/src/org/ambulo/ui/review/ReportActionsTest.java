package org.ambulo.ui.review;

import static org.ambulo.ui.review.BrowserDriver.row;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ambulo.store.AmbuloStore;
import org.ambulo.store.AuditVerification;
import org.ambulo.store.ReportRecord;
import org.ambulo.store.ReportState;
import org.ambulo.store.StoreLocation;
import org.ambulo.ui.testing.Swt;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open PDF and Sign… under the report table, on real H2 stores, with the dialog and the PDF viewer replaced. */
class ReportActionsTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String USER = System.getProperty("user.name");

    /** Read-only tests share this store; tests that sign make their own. */
    @TempDir
    static Path shared;
    private static PatientStoreFixture store;

    @TempDir
    Path temp;
    private final List<String> confirmations = new ArrayList<>();
    private final List<Path> viewed = new ArrayList<>();

    @BeforeAll
    static void fillStore() throws Exception {
        store = PatientStoreFixture.create(shared);
    }

    @Test
    void signsADraftAsTheOperatingSystemUserAfterConfirmation() throws Exception {
        PatientStoreFixture own = PatientStoreFixture.create(temp.resolve("own"));
        ReportRecord draft = own.draft();
        try (BrowserDriver ui = new BrowserDriver(own::config, options(true, true))) {
            showAnnasDraft(ui, draft);
            ui.press(signButton(ui));
            assertEquals(1, confirmations.size(), "asked once");
            String question = confirmations.get(0);
            for (String part : List.of("session " + PatientStoreFixture.ANNA_FIRST_SESSION, "version 1", draft.pdfSha256Hex(),
                    "as " + USER + ", physician", "and its inputs", "immutable", "amendments")) {
                assertTrue(question.contains(part), "'" + part + "' in: " + question);
            }
            assertFalse(ui.browser.statusIsProblem(), ui.browser.statusText());
            assertTrue(ui.browser.statusText().startsWith("Signed version 1 of session S-ANNA-1"), ui.browser.statusText());
            List<String> shown = row(ui.browser.reportsTable(), 0);
            assertEquals(List.of("1", "SIGNED", "tech", USER), List.of(shown.get(1), shown.get(2), shown.get(3), shown.get(5)));
            assertEquals(0, ui.browser.reportsTable().getSelectionIndex(), "the signed version stays selected");
            assertFalse(signButton(ui).isEnabled(), "signed: nothing left to sign");
            assertTrue(ui.browser.reportActions().openButton().isEnabled());
            Swt.screenshot(ui.shell, SCREENSHOTS.resolve("review-patients-sign.png"));
        }
        try (AmbuloStore read = AmbuloStore.open(own.config())) {
            ReportRecord signed = read.report(draft.reportId()).orElseThrow();
            assertEquals(ReportState.SIGNED, signed.state());
            assertEquals(USER, signed.signedBy().orElseThrow());
            AuditVerification audit = read.verifyAudit();
            assertTrue(audit.intact(), audit::toString);
        }
    }

    @Test
    void signIsOfferedForDraftsOnlyAndOpenPdfForAnySelectedVersion() {
        try (BrowserDriver ui = new BrowserDriver(store::config, options(true, true))) {
            showDemoReports(ui);
            ReportActions actions = ui.browser.reportActions();
            assertFalse(actions.openButton().isEnabled(), "nothing selected");
            assertFalse(actions.signButton().isEnabled(), "nothing selected");
            ui.select(ui.browser.reportsTable(), Long.toString(store.amended().reportId()));
            assertTrue(actions.openButton().isEnabled(), "an amended version has a PDF");
            assertFalse(actions.signButton().isEnabled(), "AMENDED is not signed again");
            ui.select(ui.browser.reportsTable(), Long.toString(store.amendment().reportId()));
            assertTrue(actions.openButton().isEnabled());
            assertFalse(actions.signButton().isEnabled(), "SIGNED is not signed again");
            ui.click(ui.browser.sessionsTable(), store.demo().sessionId()); // same session: nothing changes
            ui.click(ui.browser.patientsTable(), PatientStoreFixture.ANNA);
            assertFalse(actions.openButton().isEnabled(), "another patient: no report selected");
        }
    }

    @Test
    void decliningTheConfirmationChangesNothing() throws Exception {
        int auditBefore = auditEntries(store.draft());
        try (BrowserDriver ui = new BrowserDriver(store::config, options(false, true))) {
            showAnnasDraft(ui, store.draft());
            ui.press(signButton(ui));
            assertEquals(1, confirmations.size());
            assertEquals("DRAFT", row(ui.browser.reportsTable(), 0).get(2));
            assertFalse(ui.browser.statusIsProblem());
            assertTrue(ui.browser.statusText().contains("still a draft"), ui.browser.statusText());
            assertTrue(signButton(ui).isEnabled(), "can still be signed");
        }
        try (AmbuloStore read = AmbuloStore.open(store.config())) {
            assertEquals(ReportState.DRAFT, read.report(store.draft().reportId()).orElseThrow().state());
        }
        assertEquals(auditBefore, auditEntries(store.draft()), "not even a refusal was recorded");
    }

    @Test
    void aUserListedOnlyAsTechnicianIsRefused() throws Exception {
        Path config = Files.writeString(temp.resolve("store.properties"), "engine=h2\nh2.folder=" + shared.resolve("store").toAbsolutePath()
                + "\nroles." + USER + "=technician\n", StandardCharsets.UTF_8);
        StoreConfigSource lab = StoreConfigSource.of(new StoreLocation(Map.of(StoreLocation.CONFIG_ENV, config.toString()), temp));
        try (BrowserDriver ui = new BrowserDriver(lab, options(true, true))) {
            showAnnasDraft(ui, store.draft());
            ui.press(signButton(ui));
            String status = ui.browser.statusText();
            assertTrue(ui.browser.statusIsProblem(), status);
            assertTrue(status.startsWith("Not signed: "), status);
            assertTrue(status.contains("user " + USER + " may not act as physician (roles: technician)"), status);
            assertEquals("DRAFT", row(ui.browser.reportsTable(), 0).get(2), "the row is kept as it was");
            assertTrue(signButton(ui).isEnabled(), "another attempt stays possible, e.g. after IT fixed the roles");
        }
        try (AmbuloStore read = AmbuloStore.open(store.config())) {
            assertEquals(ReportState.DRAFT, read.report(store.draft().reportId()).orElseThrow().state());
        }
    }

    @Test
    void aReportSignedElsewhereMeanwhileIsRefusedWithTheStoresMessage() throws Exception {
        PatientStoreFixture own = PatientStoreFixture.create(temp.resolve("own"));
        try (BrowserDriver ui = new BrowserDriver(own::config, options(true, true))) {
            showAnnasDraft(ui, own.draft());
            try (AmbuloStore other = AmbuloStore.open(own.config())) {
                other.signReport(own.draft().reportId(), PatientStoreFixture.PHYSICIAN); // e.g. with `ambulo sign`
            }
            ui.press(signButton(ui));
            String status = ui.browser.statusText();
            assertTrue(ui.browser.statusIsProblem(), status);
            assertTrue(status.startsWith("Not signed: ") && status.length() > "Not signed: ".length() + 10, status);
        }
        try (AmbuloStore read = AmbuloStore.open(own.config())) {
            assertEquals("dr.signer", read.report(own.draft().reportId()).orElseThrow().signedBy().orElseThrow(), "signed once only");
            assertTrue(read.verifyAudit().intact());
        }
    }

    @Test
    void openPdfWritesTheStoredBytesAndHandsTheFileToTheViewer() throws Exception {
        try (BrowserDriver ui = new BrowserDriver(store::config, options(true, true))) {
            showDemoReports(ui);
            ui.select(ui.browser.reportsTable(), Long.toString(store.amendment().reportId()));
            ui.press(ui.browser.reportActions().openButton());
            Path expected = temp.resolve("pdfs").resolve(store.demo().sessionId() + "-v2.pdf");
            assertEquals(List.of(expected), viewed, "the viewer got the written file");
            try (AmbuloStore read = AmbuloStore.open(store.config())) {
                assertArrayEquals(read.reportPdf(store.amendment().reportId()), Files.readAllBytes(expected));
            }
            assertFalse(ui.browser.statusIsProblem(), ui.browser.statusText());
            assertTrue(ui.browser.statusText().contains(expected.toString()), ui.browser.statusText());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                        Files.getPosixFilePermissions(expected), "patient data: the owner's only");
            }
            try (var left = Files.list(expected.getParent())) {
                assertEquals(List.of(expected), left.toList(), "no partial files left behind");
            }
        }
    }

    @Test
    void withoutAPdfViewerTheStatusNamesTheSavedFile() throws Exception {
        try (BrowserDriver ui = new BrowserDriver(store::config, options(true, false))) {
            showAnnasDraft(ui, store.draft());
            ui.press(ui.browser.reportActions().openButton());
            Path expected = temp.resolve("pdfs").resolve(PatientStoreFixture.ANNA_FIRST_SESSION + "-v1.pdf");
            assertTrue(Files.isRegularFile(expected));
            String status = ui.browser.statusText();
            assertTrue(ui.browser.statusIsProblem(), status);
            assertTrue(status.startsWith("No PDF viewer") && status.contains(expected.toString()), status);
        }
    }

    @Test
    void pdfFileNamesAreSafeAndTheDefaultFolderIsPerUser() {
        ReportRecord odd = new ReportRecord(7, "../S 1:x", 3, ReportState.DRAFT, Optional.empty(), Optional.empty(), Optional.empty(), "ab",
                1, "cd", Instant.EPOCH, "tech", Optional.empty(), Optional.empty());
        assertEquals(".._S_1_x-v3.pdf", ReportPdfFile.fileName(odd), "no folder separators or colons from a session id");
        Path folder = ReportActions.Options.ofSystem().pdfFolder();
        assertEquals(Path.of(System.getProperty("java.io.tmpdir")), folder.getParent());
        assertTrue(folder.getFileName().toString().contains(USER.replaceAll("[^A-Za-z0-9._-]", "_")), folder.toString());
    }

    @Test
    void aPdfFolderOfAnotherUserIsNotUsed() throws Exception {
        Path foreign = Files.createDirectories(temp.resolve("foreign"));
        try {
            Files.setOwner(foreign, foreign.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "needs root and a POSIX user 'nobody' to prepare another user's folder: " + e);
        }
        IOException refused = assertThrows(IOException.class, () -> ReportPdfFile.write(foreign, store.draft(), new byte[]{1}));
        assertTrue(refused.getMessage().contains("belongs to nobody"), refused.getMessage());
        try (var left = Files.list(foreign)) {
            assertEquals(0, left.count(), "nothing written, no partial file left");
        }
    }

    @Test
    void theRealConfirmationDialogShowsWhatIsSigned() throws Exception {
        try (BrowserDriver ui = new BrowserDriver(store::config, options(true, true))) {
            String text = ui.browser.reportActions().confirmationText(store.draft());
            MessageDialog dialog = ReportActions.signDialog(ui.shell, "Sign report", text);
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                assertEquals("Cancel", dialog.getShell().getDefaultButton().getText(), "Enter alone does not sign");
                Swt.screenshot(dialog.getShell(), SCREENSHOTS.resolve("review-patients-sign-dialog.png"));
            } finally {
                dialog.close();
            }
        }
    }

    private ReportActions.Options options(boolean confirm, boolean viewerRegistered) {
        return new ReportActions.Options((shell, title, message) -> {
            confirmations.add(message);
            return confirm;
        }, pdf -> {
            viewed.add(pdf);
            return viewerRegistered;
        }, temp.resolve("pdfs"), USER);
    }

    private static void showAnnasDraft(BrowserDriver ui, ReportRecord draft) {
        ui.refreshed();
        ui.click(ui.browser.patientsTable(), PatientStoreFixture.ANNA);
        ui.click(ui.browser.sessionsTable(), PatientStoreFixture.ANNA_FIRST_SESSION);
        ui.select(ui.browser.reportsTable(), Long.toString(draft.reportId()));
        assertTrue(signButton(ui).isEnabled(), "a selected draft can be signed");
    }

    private static void showDemoReports(BrowserDriver ui) {
        ui.refreshed();
        ui.click(ui.browser.patientsTable(), "DEMO-0001");
        ui.click(ui.browser.sessionsTable(), store.demo().sessionId());
        assertEquals(2, ui.browser.reportsTable().getItemCount());
    }

    private static Button signButton(BrowserDriver ui) {
        return ui.browser.reportActions().signButton();
    }

    private static int auditEntries(ReportRecord report) throws Exception {
        try (AmbuloStore read = AmbuloStore.open(store.config())) {
            return read.auditTrail("report " + report.reportId()).size();
        }
    }
}
