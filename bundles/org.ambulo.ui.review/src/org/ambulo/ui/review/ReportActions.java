package org.ambulo.ui.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.ambulo.store.Actor;
import org.ambulo.store.ReportRecord;
import org.ambulo.store.ReportState;
import org.ambulo.store.Role;
import org.ambulo.store.StoreException;
import org.ambulo.ui.review.StoreReader.Outcome;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * "Open PDF" and "Sign…" for the selected report version, as buttons under the report table. Each action opens the
 * store only for its own work, off the UI thread, and reports its result in the browser's status line.
 */
final class ReportActions {

    /** Asks the user to confirm signing; true signs. */
    @FunctionalInterface
    interface Confirmation {
        boolean confirm(Shell parent, String title, String message);

        /** A question dialog whose default button is Cancel: Enter alone never signs. */
        static Confirmation dialog() {
            return (parent, title, message) -> signDialog(parent, title, message).open() == 0;
        }
    }

    /** Shows a PDF file; false when no viewer is registered. */
    @FunctionalInterface
    interface PdfViewer {
        boolean open(Path pdf);

        static PdfViewer desktop() {
            return pdf -> Program.launch(pdf.toString());
        }
    }

    /** Who acts, how they confirm and where PDFs go; tests replace the dialog, the viewer and the folder. */
    record Options(Confirmation confirmation, PdfViewer viewer, Path pdfFolder, String userName) {

        /** The operating-system user, a real dialog, the desktop's PDF viewer and a per-user temp folder. */
        static Options ofSystem() {
            String user = System.getProperty("user.name", "unknown");
            return new Options(Confirmation.dialog(), PdfViewer.desktop(), ReportPdfFile.defaultFolder(user), user);
        }
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final PatientBrowser browser;
    private final StoreConfigSource source;
    private final Options options;
    private final Button openButton;
    private final Button signButton;
    private Optional<ReportRecord> selected = Optional.empty();
    private boolean busy;

    ReportActions(Composite parent, PatientBrowser browser, StoreConfigSource source, Options options) {
        this.browser = browser;
        this.source = source;
        this.options = options;
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        bar.setLayout(layout);
        openButton = button(bar, "Open PDF", "Opens the selected report version's PDF in the desktop's PDF viewer");
        openButton.addListener(SWT.Selection, event -> openPdf());
        signButton = button(bar, "Sign\u2026", "Signs the selected draft as physician; it and its inputs become immutable");
        signButton.addListener(SWT.Selection, event -> sign());
        update(Optional.empty());
    }

    Button openButton() {
        return openButton;
    }

    Button signButton() {
        return signButton;
    }

    /** Enables what applies to the selected report version. */
    void update(Optional<ReportRecord> report) {
        selected = report;
        openButton.setEnabled(!busy && report.isPresent());
        signButton.setEnabled(!busy && report.filter(r -> r.state() == ReportState.DRAFT).isPresent());
    }

    private void openPdf() {
        if (busy || selected.isEmpty()) {
            return;
        }
        ReportRecord report = selected.get();
        String what = describe(report);
        run("Writing the PDF of " + what + "\u2026", store -> {
            byte[] pdf = store.reportPdf(report.reportId());
            try {
                return ReportPdfFile.write(options.pdfFolder(), report, pdf);
            } catch (IOException e) {
                throw new StoreException("Cannot write the PDF to " + options.pdfFolder() + ": " + e.getMessage(), e);
            }
        }, "PDF not opened: ", file -> {
            if (options.viewer().open(file)) {
                browser.setStatus("Opened the PDF of " + what + ": " + file, false);
            } else {
                browser.setStatus("No PDF viewer is registered on this computer; the PDF of " + what + " is saved as " + file, true);
            }
        });
    }

    private void sign() {
        if (busy || selected.filter(r -> r.state() == ReportState.DRAFT).isEmpty()) {
            return;
        }
        ReportRecord draft = selected.get();
        if (!options.confirmation().confirm(signButton.getShell(), "Sign report", confirmationText(draft))) {
            browser.setStatus("Not signed: " + describe(draft) + " is still a draft.", false);
            return;
        }
        run("Signing " + describe(draft) + "\u2026", store -> {
            Actor physician = source.checkedActor(new Actor(options.userName(), Role.PHYSICIAN));
            ReportRecord shown = store.report(draft.reportId())
                    .orElseThrow(() -> new StoreException("report " + draft.reportId() + " no longer exists"));
            if (!shown.pdfSha256Hex().equals(draft.pdfSha256Hex())) {
                throw new StoreException("report " + draft.reportId() + " no longer has the PDF that was confirmed; refresh and check it");
            }
            ReportRecord signed = store.signReport(draft.reportId(), physician);
            return new Signed(signed, store.reports(draft.sessionId()));
        }, "Not signed: ", done -> {
            browser.showReports(draft.sessionId(), done.reports(), done.report().reportId());
            browser.setStatus("Signed " + describe(done.report()) + " as " + done.report().signedBy().orElse(options.userName())
                    + " (physician) at " + LocalTime.now().format(CLOCK) + ".", false);
        });
    }

    /** What the physician confirms: the exact PDF (by hash) and what signing means. */
    String confirmationText(ReportRecord draft) {
        return "Sign version " + draft.version() + " of the report on session " + draft.sessionId() + " (report " + draft.reportId()
                + ") as " + options.userName() + ", physician?\n\n"
                + "PDF SHA-256:\n" + draft.pdfSha256Hex() + "\n"
                + "PDF size: " + String.format(Locale.ROOT, "%,d", draft.pdfSizeBytes()) + " bytes; created "
                + BrowserColumn.time(draft.createdAt()) + " by " + draft.createdBy() + "\n\n"
                + "Once signed, this report version and its inputs (the session's trials, results and provenance) are immutable."
                + " Later changes are amendments: new versions that reference this one.";
    }

    /** Runs {@code work} in the background with the buttons disabled; a problem goes to the red status line. */
    private <T> void run(String progress, StoreReader.Query<T> work, String problemPrefix, Consumer<T> done) {
        busy = true;
        update(selected);
        browser.setStatus(progress, false);
        browser.act(work, outcome -> {
            busy = false;
            update(selected);
            switch (outcome) {
                case Outcome.Read<T> read -> done.accept(read.value());
                case Outcome.NoStoreYet<T> none ->
                    browser.setStatus(problemPrefix + "the " + none.storeDescription() + " does not exist.", true);
                case Outcome.Failed<T> failed -> browser.setStatus(problemPrefix + failed.problem(), true);
            }
        });
    }

    static MessageDialog signDialog(Shell parent, String title, String message) {
        return new MessageDialog(parent, title, null, message, MessageDialog.QUESTION, 1, "Sign", "Cancel");
    }

    private static String describe(ReportRecord report) {
        return "version " + report.version() + " of session " + report.sessionId() + " (report " + report.reportId() + ")";
    }

    private static Button button(Composite bar, String text, String tip) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tip);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = Math.max(100, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        button.setLayoutData(data);
        return button;
    }

    private record Signed(ReportRecord report, List<ReportRecord> reports) {
    }
}
