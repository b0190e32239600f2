package org.ambulo.ui.review;

import static org.ambulo.ui.review.BrowserDriver.column;
import static org.ambulo.ui.review.BrowserDriver.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.ambulo.store.AmbuloStore;
import org.ambulo.store.ReportRecord;
import org.ambulo.store.StoreConfig;
import org.ambulo.ui.testing.Swt;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patient browser on a real H2 store: patients, filter, patient → sessions → report versions, refresh. */
class PatientBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @TempDir
    static Path temp;
    private static PatientStoreFixture store;

    @BeforeAll
    static void fillStore() throws Exception {
        store = PatientStoreFixture.create(temp);
    }

    @Test
    void listsEveryPatientWithSessionCountAndLastSession() {
        try (BrowserDriver ui = new BrowserDriver(store::config).refreshed()) {
            assertFalse(ui.browser.statusIsProblem(), ui.browser.statusText());
            assertEquals(store.config().describeDatabase(), ui.browser.storeText());
            Table patients = ui.browser.patientsTable();
            assertEquals(List.of("DEMO-0001", "P-0002", "P-0003"), column(patients, 0), "all patients, by id");
            assertEquals(List.of("DEMO-0001", "DEMO Patient (fictional)", "1990-06-01", "any", "1", "2024-03-14"), row(patients, 0),
                    "values of the demo session.json");
            assertEquals(List.of("P-0002", "Anna Example", "2012-05-04", "female", "2", "2024-02-20"), row(patients, 1),
                    "two sessions, the later one last");
            assertTrue(ui.browser.statusText().startsWith("3 patients in the store"), ui.browser.statusText());
            assertEquals(0, ui.browser.sessionsTable().getItemCount(), "no patient selected yet");
        }
    }

    @Test
    void filterMatchesIdOrNameIgnoringCase() {
        try (BrowserDriver ui = new BrowserDriver(store::config).refreshed()) {
            Table patients = ui.browser.patientsTable();
            ui.filter("anna");
            assertEquals(List.of("P-0002"), column(patients, 0), "name, lower case");
            ui.filter("  demo-0");
            assertEquals(List.of("DEMO-0001"), column(patients, 0), "id, lower case, blanks ignored");
            ui.filter("P-000");
            assertEquals(List.of("P-0002", "P-0003"), column(patients, 0));
            ui.filter("SAMPLE");
            assertEquals(List.of("P-0003"), column(patients, 0), "name, upper case");
            ui.filter("nobody");
            assertEquals(0, patients.getItemCount());
            ui.filter("");
            assertEquals(3, patients.getItemCount(), "an empty filter shows all");
        }
    }

    @Test
    void patientShowsSessionsAndSessionShowsReportVersions() throws Exception {
        try (BrowserDriver ui = new BrowserDriver(store::config).refreshed()) {
            ui.click(ui.browser.patientsTable(), "DEMO-0001");
            Table sessions = ui.browser.sessionsTable();
            assertEquals(1, sessions.getItemCount());
            String lab;
            try (AmbuloStore read = AmbuloStore.open(store.config())) {
                lab = read.sessions("DEMO-0001").get(0).labName();
            }
            assertEquals(List.of(store.demo().sessionId(), "2024-03-14", Integer.toString(store.demo().trialCount()), lab, "tech"),
                    row(sessions, 0));

            ui.click(sessions, store.demo().sessionId());
            Table reports = ui.browser.reportsTable();
            assertEquals(2, reports.getItemCount(), "the amended version and its amendment");
            ReportRecord v1 = store.amended();
            ReportRecord v2 = store.amendment();
            assertEquals(List.of(Long.toString(v1.reportId()), "1", "AMENDED", "tech", local(v1.createdAt()), "dr.signer",
                    local(v1.signedAt().orElseThrow()), ""), row(reports, 0));
            assertEquals(List.of(Long.toString(v2.reportId()), "2", "SIGNED", "dr.signer", local(v2.createdAt()), "dr.signer",
                    local(v2.signedAt().orElseThrow()), "report " + v1.reportId() + ": corrected cadence"), row(reports, 1));
            Swt.screenshot(ui.shell, SCREENSHOTS.resolve("review-patients.png"));

            ui.click(ui.browser.patientsTable(), PatientStoreFixture.ANNA);
            assertEquals(0, reports.getItemCount(), "another patient: the old reports are gone");
            assertEquals(List.of("S-ANNA-1", "S-ANNA-2"), column(sessions, 0), "by date");
            ui.click(sessions, PatientStoreFixture.ANNA_FIRST_SESSION);
            ReportRecord draft = store.draft();
            assertEquals(List.of(Long.toString(draft.reportId()), "1", "DRAFT", "tech", local(draft.createdAt()), "", "", ""),
                    row(reports, 0));
        }
    }

    @Test
    void filterHidingTheSelectedPatientClearsItsSessions() {
        try (BrowserDriver ui = new BrowserDriver(store::config).refreshed()) {
            ui.click(ui.browser.patientsTable(), PatientStoreFixture.ANNA);
            assertEquals(2, ui.browser.sessionsTable().getItemCount());
            ui.filter("anna");
            assertEquals(2, ui.browser.sessionsTable().getItemCount(), "still shown: the patient still matches");
            assertEquals(0, ui.browser.patientsTable().getSelectionIndex(), "and stays selected");
            ui.filter("bert");
            assertEquals(0, ui.browser.sessionsTable().getItemCount());
        }
    }

    @Test
    void storeIsClosedWhileIdleAndRefreshShowsNewSessions(@TempDir Path own) throws Exception {
        PatientStoreFixture.create(own);
        StoreConfig config = StoreConfig.h2(own.resolve("store"));
        try (BrowserDriver ui = new BrowserDriver(() -> config).refreshed()) {
            ui.click(ui.browser.patientsTable(), PatientStoreFixture.BERT);
            assertEquals(1, ui.browser.sessionsTable().getItemCount());
            Path database = own.resolve("store").resolve("ambulo.mv.db");
            assertFalse(H2FileLock.isHeld(database), "idle: the browser closed the store after reading");
            try (AmbuloStore other = AmbuloStore.open(config)) {
                assertTrue(H2FileLock.isHeld(database), "the check sees an open store");
                other.importSession(PatientStoreFixture.synthetic(own, "S-BERT-2", PatientStoreFixture.BERT, "Bert Sample",
                        LocalDate.of(2025, 6, 1), 4), PatientStoreFixture.TECH);
            }
            ui.refreshed();
            assertEquals(List.of("S-BERT-1", "S-BERT-2"), column(ui.browser.sessionsTable(), 0), "the selected patient's new session");
            assertEquals("2025-06-01", row(ui.browser.patientsTable(), 2).get(5), "last session updated");
            assertEquals(2, ui.browser.patientsTable().getSelectionIndex(), "the selection survives the refresh");
        }
    }

    private static String local(Instant instant) {
        return LOCAL_MINUTES.format(instant);
    }
}
