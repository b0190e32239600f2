package org.ambulo.ui.review;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.ambulo.store.PatientSummary;
import org.ambulo.store.ReportRecord;
import org.ambulo.store.SessionSummary;
import org.ambulo.ui.review.StoreReader.Outcome;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Patients, a selected patient's sessions and a selected session's report versions, read from the store. Every read
 * runs off the UI thread and opens the store only for that read. Store problems (no configuration, unreachable server,
 * newer schema) are shown in a red status line; the tables then stay empty. Under the report table, {@link ReportActions}
 * open the selected version's PDF and sign a draft.
 */
public final class PatientBrowser extends Composite {

    private static final Color PROBLEM = new Color(190, 0, 0);
    private static final Color DRAFT = new Color(150, 90, 0);
    private static final Color SIGNED = new Color(0, 110, 40);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final StoreReader reader;
    private final Display display;
    /** Each request takes a new number; only the newest request's result is shown. */
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger pendingReads = new AtomicInteger();
    private final Label storeLabel;
    private final Text filterText;
    private final Label patientsHeading;
    private final Label sessionsHeading;
    private final Label reportsHeading;
    private final VirtualRows<PatientSummary> patients;
    private final VirtualRows<SessionSummary> sessions;
    private final VirtualRows<ReportRecord> reports;
    private final Label status;
    private final ReportActions actions;
    private List<PatientSummary> allPatients = List.of();
    private Optional<PatientSummary> selectedPatient = Optional.empty();
    private Optional<SessionSummary> selectedSession = Optional.empty();
    private boolean statusIsProblem;

    public PatientBrowser(Composite parent, StoreConfigSource source) {
        this(parent, source, ReportActions.Options.ofSystem());
    }

    /** With the report actions' user, dialog, PDF viewer and folder given (tests). */
    PatientBrowser(Composite parent, StoreConfigSource source, ReportActions.Options actionOptions) {
        super(parent, SWT.NONE);
        this.reader = new StoreReader(source);
        this.display = getDisplay();
        setLayout(new GridLayout(1, false));

        Composite top = new Composite(this, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout topLayout = new GridLayout(5, false);
        topLayout.marginWidth = 0;
        topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        new Label(top, SWT.NONE).setText("Store:");
        storeLabel = new Label(top, SWT.NONE);
        storeLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        storeLabel.setText("not read yet");
        new Label(top, SWT.NONE).setText("Filter:");
        filterText = new Text(top, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        GridData filterData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        filterData.widthHint = 240;
        filterText.setLayoutData(filterData);
        filterText.setMessage("Patient ID or name");
        filterText.addListener(SWT.Modify, event -> applyFilter());
        Button refreshButton = new Button(top, SWT.PUSH);
        refreshButton.setText("Refresh");
        refreshButton.addListener(SWT.Selection, event -> refresh());

        SashForm sash = new SashForm(this, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite patientsSection = section(sash);
        patientsHeading = heading(patientsSection);
        patients = new VirtualRows<>(patientsSection, BrowserColumn.PATIENTS, patient -> Optional.empty());
        Composite sessionsSection = section(sash);
        sessionsHeading = heading(sessionsSection);
        sessions = new VirtualRows<>(sessionsSection, BrowserColumn.SESSIONS, session -> Optional.empty());
        Composite reportsSection = section(sash);
        reportsHeading = heading(reportsSection);
        reports = new VirtualRows<>(reportsSection, BrowserColumn.REPORTS, PatientBrowser::reportColor);
        actions = new ReportActions(reportsSection, this, source, actionOptions);
        reports.onChange(() -> actions.update(reports.selected()));
        sash.setWeights(45, 30, 25);
        patients.table().addListener(SWT.Selection, event -> patientSelected());
        sessions.table().addListener(SWT.Selection, event -> sessionSelected());

        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        updateHeadings();
        setStatus("Press Refresh to read the store.", false);
        addDisposeListener(event -> reader.shutdown());
    }

    /** Reads the patients again, keeping the selected patient and session if they still exist. */
    public void refresh() {
        checkWidget();
        Optional<String> patientId = selectedPatient.map(PatientSummary::patientId);
        Optional<String> sessionId = selectedSession.map(SessionSummary::sessionId);
        setStatus("Reading the store\u2026", false);
        read(store -> new Snapshot(store.patients(), patientId.isPresent() ? store.sessions(patientId.get()) : List.of(),
                sessionId.isPresent() ? store.reports(sessionId.get()) : List.of()), this::showSnapshot);
    }

    /** True while a read is running or its result is not shown yet. */
    public boolean isReading() {
        return pendingReads.get() > 0;
    }

    public Text filterText() {
        return filterText;
    }

    public Table patientsTable() {
        return patients.table();
    }

    public Table sessionsTable() {
        return sessions.table();
    }

    public Table reportsTable() {
        return reports.table();
    }

    /** The database in use as described by the store (never a password). */
    public String storeText() {
        return storeLabel.getText();
    }

    public String statusText() {
        return status.getText();
    }

    /** Whether the status line shows a problem (in red). */
    public boolean statusIsProblem() {
        return statusIsProblem;
    }

    ReportActions reportActions() {
        return actions;
    }

    @Override
    public boolean setFocus() {
        return filterText.setFocus();
    }

    /** Shows a patient's sessions as read; package-private so tests can show many rows without importing them. */
    void showSessions(PatientSummary patient, List<SessionSummary> rows) {
        selectedPatient = Optional.of(patient);
        selectedSession = Optional.empty();
        sessions.show(rows);
        reports.show(List.of());
        updateHeadings();
    }

    private void patientSelected() {
        Optional<PatientSummary> patient = patients.selected();
        if (patient.isEmpty() || patient.map(PatientSummary::patientId).equals(selectedPatient.map(PatientSummary::patientId))) {
            return;
        }
        showSessions(patient.orElseThrow(), List.of());
        String patientId = patient.get().patientId();
        setStatus("Reading the sessions of " + patientId + "\u2026", false);
        read(store -> store.sessions(patientId), rows -> {
            sessions.show(rows);
            updateHeadings();
            setStatus(count(rows.size(), "session", "sessions") + " of patient " + patientId + ".", false);
        });
    }

    private void sessionSelected() {
        Optional<SessionSummary> session = sessions.selected();
        if (session.isEmpty() || session.map(SessionSummary::sessionId).equals(selectedSession.map(SessionSummary::sessionId))) {
            return;
        }
        selectedSession = session;
        reports.show(List.of());
        updateHeadings();
        String sessionId = session.get().sessionId();
        setStatus("Reading the reports of session " + sessionId + "\u2026", false);
        read(store -> store.reports(sessionId), rows -> {
            reports.show(rows);
            updateHeadings();
            setStatus(count(rows.size(), "report version", "report versions") + " of session " + sessionId + ".", false);
        });
    }

    private void showSnapshot(Snapshot snapshot) {
        allPatients = snapshot.patients();
        applyFilter();
        if (selectedPatient.isPresent()) {
            sessions.show(snapshot.sessions());
            selectedSession = selectedSession.flatMap(old -> sessions.select(s -> s.sessionId().equals(old.sessionId())));
            reports.show(selectedSession.isPresent() ? snapshot.reports() : List.of());
        }
        updateHeadings();
        setStatus(count(allPatients.size(), "patient", "patients") + " in the store, read at " + LocalTime.now().format(CLOCK) + ".",
                false);
    }

    private void applyFilter() {
        String needle = filterText.getText().strip().toLowerCase(Locale.ROOT);
        List<PatientSummary> shown = needle.isEmpty() ? allPatients : allPatients.stream().filter(p -> matches(p, needle)).toList();
        patients.show(shown);
        Optional<PatientSummary> kept = selectedPatient.flatMap(old -> patients.select(p -> p.patientId().equals(old.patientId())));
        if (kept.isEmpty() && selectedPatient.isPresent()) {
            // the filter hid the selected patient: drop its sessions and any read still running for them
            generation.incrementAndGet();
            selectedPatient = Optional.empty();
            selectedSession = Optional.empty();
            sessions.show(List.of());
            reports.show(List.of());
        } else {
            selectedPatient = kept;
        }
        updateHeadings();
    }

    /** Shows a session's report versions after an action, selecting one, if that session is still shown. */
    void showReports(String sessionId, List<ReportRecord> rows, long selectedReportId) {
        if (selectedSession.map(SessionSummary::sessionId).filter(sessionId::equals).isPresent()) {
            reports.show(rows);
            reports.select(report -> report.reportId() == selectedReportId);
            updateHeadings();
        }
    }

    /** Runs an action's store work in the background; unlike a read, its outcome is always handed to {@code done}. */
    <T> void act(StoreReader.Query<T> work, Consumer<Outcome<T>> done) {
        pendingReads.incrementAndGet();
        reader.read(work).whenComplete((outcome, error) -> onUiThread(
                () -> done.accept(outcome != null ? outcome : new Outcome.Failed<>(Optional.empty(), String.valueOf(error))),
                pendingReads::decrementAndGet));
    }

    /** Runs {@code query} in the background and hands its value to {@code show} on the UI thread, if still current. */
    private <T> void read(StoreReader.Query<T> query, Consumer<T> show) {
        long ticket = generation.incrementAndGet();
        pendingReads.incrementAndGet();
        reader.read(query).whenComplete((outcome, error) -> onUiThread(() -> {
            if (generation.get() == ticket) {
                showOutcome(outcome != null ? outcome : new Outcome.Failed<>(Optional.empty(), String.valueOf(error)), show);
            }
        }, pendingReads::decrementAndGet));
    }

    private <T> void showOutcome(Outcome<T> outcome, Consumer<T> show) {
        switch (outcome) {
            case Outcome.Read<T> read -> {
                setStoreText(read.storeDescription());
                show.accept(read.value());
            }
            case Outcome.NoStoreYet<T> none -> {
                setStoreText(none.storeDescription());
                clearAll();
                setStatus("No store yet: the " + none.storeDescription() + " does not exist. Importing a session creates it.", false);
            }
            case Outcome.Failed<T> failed -> {
                setStoreText(failed.storeDescription().orElse("unknown: the store configuration cannot be used"));
                clearAll();
                setStatus("Store problem: " + failed.problem(), true);
            }
        }
    }

    private void onUiThread(Runnable task, Runnable always) {
        try {
            display.asyncExec(() -> {
                try {
                    if (!isDisposed()) {
                        task.run();
                    }
                } finally {
                    always.run();
                }
            });
        } catch (SWTException displayGone) {
            always.run();
        }
    }

    private void clearAll() {
        allPatients = List.of();
        selectedPatient = Optional.empty();
        selectedSession = Optional.empty();
        patients.show(List.of());
        sessions.show(List.of());
        reports.show(List.of());
        updateHeadings();
    }

    private void updateHeadings() {
        int shown = patients.rows().size();
        patientsHeading.setText(shown == allPatients.size()
                ? "Patients (" + shown + ")"
                : "Patients (" + shown + " of " + allPatients.size() + " match the filter)");
        sessionsHeading.setText(selectedPatient
                .map(p -> "Sessions of " + p.patientId() + " \u2013 " + p.name() + " (" + sessions.rows().size() + ")")
                .orElse("Sessions: select a patient"));
        reportsHeading.setText(selectedSession.map(s -> "Report versions of session " + s.sessionId() + " (" + reports.rows().size() + ")")
                .orElse("Report versions: select a session"));
    }

    private void setStoreText(String description) {
        storeLabel.setText(description);
        storeLabel.setToolTipText(description);
    }

    void setStatus(String text, boolean problem) {
        statusIsProblem = problem;
        status.setText(text);
        status.setToolTipText(text);
        status.setForeground(problem ? PROBLEM : null);
        status.setFont(problem ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null);
        layout(true, true);
    }

    private static Composite section(Composite parent) {
        Composite section = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        section.setLayout(layout);
        return section;
    }

    private static Label heading(Composite section) {
        Label heading = new Label(section, SWT.NONE);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        heading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        return heading;
    }

    private static Optional<Color> reportColor(ReportRecord report) {
        return switch (report.state()) {
            case DRAFT -> Optional.of(DRAFT);
            case SIGNED -> Optional.of(SIGNED);
            case AMENDED -> Optional.empty(); // superseded: plain text, the newer version stands out
        };
    }

    /** Case-insensitive match on the patient ID or name; {@code needle} is already lower case. */
    private static boolean matches(PatientSummary patient, String needle) {
        return patient.patientId().toLowerCase(Locale.ROOT).contains(needle) || patient.name().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** What one refresh reads in one store opening. */
    private record Snapshot(List<PatientSummary> patients, List<SessionSummary> sessions, List<ReportRecord> reports) {
    }
}
