package org.ambulo.ui.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.ambulo.store.PatientSummary;
import org.ambulo.store.ReportRecord;
import org.ambulo.store.SessionSummary;
import org.eclipse.swt.SWT;

/** One column of the patient browser's tables: title, minimum width and how a row is shown. Times are local. */
record BrowserColumn<T>(String title, int minWidthPixels, int alignment, Function<T, String> text) {

    static final List<BrowserColumn<PatientSummary>> PATIENTS = List.of(
            left("Patient ID", 110, PatientSummary::patientId),
            left("Name", 220, PatientSummary::name),
            left("Birth date", 95, p -> date(p.birthDate())),
            left("Sex", 70, PatientSummary::sex),
            right("Sessions", 70, p -> Integer.toString(p.sessionCount())),
            left("Last session", 100, p -> p.lastSessionDate().map(BrowserColumn::date).orElse("")));

    static final List<BrowserColumn<SessionSummary>> SESSIONS = List.of(
            left("Session ID", 150, SessionSummary::sessionId),
            left("Date", 95, s -> date(s.sessionDate())),
            right("Trials", 60, s -> Integer.toString(s.trialCount())),
            left("Lab", 360, SessionSummary::labName),
            left("Imported by", 110, SessionSummary::importedBy));

    static final List<BrowserColumn<ReportRecord>> REPORTS = List.of(
            right("Report ID", 75, r -> Long.toString(r.reportId())),
            right("Version", 60, r -> Integer.toString(r.version())),
            left("State", 85, r -> r.state().name()),
            left("Created by", 100, ReportRecord::createdBy),
            left("Created", 130, r -> time(r.createdAt())),
            left("Signed by", 100, r -> r.signedBy().orElse("")),
            left("Signed", 130, r -> r.signedAt().map(BrowserColumn::time).orElse("")),
            left("Amends", 220, BrowserColumn::amends));

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    static String date(LocalDate date) {
        return date.toString();
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** "report 3: reason" for an amendment, empty for a first version. */
    static String amends(ReportRecord report) {
        Optional<String> reason = report.amendmentReason().filter(text -> !text.isBlank());
        return report.previousReportId().map(id -> "report " + id + reason.map(text -> ": " + text).orElse("")).orElse("");
    }

    private static <T> BrowserColumn<T> left(String title, int minWidthPixels, Function<T, String> text) {
        return new BrowserColumn<>(title, minWidthPixels, SWT.LEFT, text);
    }

    private static <T> BrowserColumn<T> right(String title, int minWidthPixels, Function<T, String> text) {
        return new BrowserColumn<>(title, minWidthPixels, SWT.RIGHT, text);
    }
}
