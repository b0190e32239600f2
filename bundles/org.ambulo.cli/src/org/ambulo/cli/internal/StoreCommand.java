package org.ambulo.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ambulo.store.AmbuloStore;
import org.ambulo.store.AuditVerification;
import org.ambulo.store.ExportResult;
import org.ambulo.store.ImportResult;
import org.ambulo.store.NormDatasetRecord;
import org.ambulo.store.PatientSummary;
import org.ambulo.store.ReportRecord;
import org.ambulo.store.Role;
import org.ambulo.store.SessionSummary;
import org.ambulo.store.StoreConfig;
import org.ambulo.store.StoreException;

/**
 * The store commands: {@code import DIR}, {@code patients}, {@code sessions PATIENT}, {@code audit verify} and
 * {@code export --deidentify -o OUT}. Each opens the configured store (see {@link StoreAccess}), does one thing and
 * closes it; the store itself checks roles and writes the audit trail.
 */
final class StoreCommand {

    static final String PATIENTS_CSV_HEADER = "patient_id,name,birth_date,sex,sessions,last_session_date";
    static final String REPORTS_CSV_HEADER = "report_id,session_id,version,state,previous_report_id,superseded_by,pdf_sha256,created_at,"
            + "created_by,signed_by,signed_at,amendment_reason";
    static final String NORMS_CSV_HEADER = "dataset_id,version,title,age_min_years,age_max_years,bins,sha256,imported_at,imported_by";
    static final String SESSIONS_CSV_HEADER = "session_id,patient_id,session_date,lab,trials,imported_at,imported_by";

    private final String command;
    private final PrintStream out;
    private final PrintStream err;
    private final StoreAccess access;

    StoreCommand(String command, PrintStream out, PrintStream err, StoreAccess access) {
        this.command = command;
        this.out = out;
        this.err = err;
        this.access = access;
    }

    int run(List<String> args) {
        StoreOptions options;
        try {
            options = StoreOptions.parse(args);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        try {
            return switch (command) {
                case "import" -> importSession(options);
                case "patients" -> patients(options);
                case "sessions" -> sessions(options);
                case "audit" -> audit(options);
                case "export" -> export(options);
                case "norms store" -> storeNorms(options);
                case "reports" -> reports(options);
                case "sign" -> sign(options);
                case "norms stored" -> storedNorms(options);
                default -> throw new IllegalStateException("not a store command: " + command);
            };
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (StoreException e) {
            err.println("ambulo " + command + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private int importSession(StoreOptions options) throws StoreException {
        Path folder = Path.of(options.single("a session folder"));
        try (AmbuloStore store = open(options)) {
            ImportResult result = store.importSession(folder,
                    access.checkedActor(options.store, options.user, options.role, Role.TECHNICIAN));
            out.printf("imported session %s of patient %s: %d trial%s, %d new file%s, %,d bytes (%s, %s)%n", result.sessionId(),
                    result.patientId(), result.trialCount(), plural(result.trialCount()), result.newFileCount(),
                    plural(result.newFileCount()), result.storedBytes(), result.importedBy(), result.importedAt());
            return ExitCode.OK;
        }
    }

    private int patients(StoreOptions options) throws StoreException {
        options.none();
        try (AmbuloStore store = open(options)) {
            List<PatientSummary> patients = store.patients();
            if (options.csv) {
                out.println(PATIENTS_CSV_HEADER);
                for (PatientSummary p : patients) {
                    out.println(Csv.row(p.patientId(), p.name(), p.birthDate().toString(), p.sex(), Integer.toString(p.sessionCount()),
                            p.lastSessionDate().map(Object::toString).orElse("")));
                }
            } else {
                out.printf("%-16s %-32s %-10s %-5s %8s  %s%n", "PATIENT", "NAME", "BORN", "SEX", "SESSIONS", "LAST SESSION");
                for (PatientSummary p : patients) {
                    out.printf("%-16s %-32s %-10s %-5s %8d  %s%n", p.patientId(), p.name(), p.birthDate(), p.sex(), p.sessionCount(),
                            p.lastSessionDate().map(Object::toString).orElse("-"));
                }
                out.println(patients.size() + " patient" + plural(patients.size()));
            }
            return ExitCode.OK;
        }
    }

    private int sessions(StoreOptions options) throws StoreException {
        String patientId = options.single("a patient id");
        try (AmbuloStore store = open(options)) {
            List<SessionSummary> sessions = store.sessions(patientId);
            if (options.csv) {
                out.println(SESSIONS_CSV_HEADER);
                for (SessionSummary s : sessions) {
                    out.println(Csv.row(s.sessionId(), s.patientId(), s.sessionDate().toString(), s.labName(),
                            Integer.toString(s.trialCount()), s.importedAt().toString(), s.importedBy()));
                }
            } else {
                out.printf("%-24s %-10s %6s  %-24s %s%n", "SESSION", "DATE", "TRIALS", "IMPORTED BY", "LAB");
                for (SessionSummary s : sessions) {
                    out.printf("%-24s %-10s %6d  %-24s %s%n", s.sessionId(), s.sessionDate(), s.trialCount(), s.importedBy(), s.labName());
                }
                out.println(sessions.size() + " session" + plural(sessions.size()) + " of patient " + patientId);
            }
            return ExitCode.OK;
        }
    }

    private int audit(StoreOptions options) throws StoreException {
        if (!options.single("the audit action (verify)").equals("verify")) {
            throw new IllegalArgumentException("the only audit action is 'verify'");
        }
        try (AmbuloStore store = open(options)) {
            AuditVerification verification = store.verifyAudit();
            if (verification.intact()) {
                out.printf("audit trail intact: %d entries, %d signed report%s checked%n", verification.entriesChecked(),
                        verification.signedReportsChecked(), plural(verification.signedReportsChecked()));
                return ExitCode.OK;
            }
            out.println("audit trail BROKEN" + verification.firstBrokenSeq().map(seq -> " at entry " + seq).orElse("") + ": "
                    + verification.problem().orElse("unknown problem"));
            return ExitCode.VERIFICATION_FAILED;
        }
    }

    private int export(StoreOptions options) throws StoreException {
        options.none();
        if (!options.deidentify) {
            throw new IllegalArgumentException(
                    "exports are de-identified: give --deidentify (identified data leaves only through the workbench)");
        }
        Path outFolder = Path.of(options.out.orElseThrow(() -> new IllegalArgumentException("the output folder (-o OUT_DIR) is missing")));
        try (AmbuloStore store = open(options)) {
            ExportResult result = store.exportDeidentified(outFolder,
                    access.checkedActor(options.store, options.user, options.role, Role.ADMINISTRATOR));
            out.printf("exported %d session%s (%d C3D file%s) de-identified to %s%n", result.sessionCount(), plural(result.sessionCount()),
                    result.c3dFileCount(), plural(result.c3dFileCount()), result.folder());
            if (result.videoFilesLeftOut() > 0) {
                out.println(result.videoFilesLeftOut() + " video file" + plural(result.videoFilesLeftOut())
                        + " left out (faces cannot be de-identified automatically)");
            }
            out.println("what was removed: " + result.manifest());
            return ExitCode.OK;
        }
    }

    private int reports(StoreOptions options) throws StoreException {
        String sessionId = options.single("a session id");
        try (AmbuloStore store = open(options)) {
            List<ReportRecord> reports = store.reports(sessionId);
            if (options.csv) {
                out.println(REPORTS_CSV_HEADER);
                for (ReportRecord r : reports) {
                    out.println(Csv.row(Long.toString(r.reportId()), r.sessionId(), Integer.toString(r.version()), r.state().name(),
                            r.previousReportId().map(Object::toString).orElse(""), r.supersededBy().map(Object::toString).orElse(""),
                            r.pdfSha256Hex(), r.createdAt().toString(), r.createdBy(), r.signedBy().orElse(""),
                            r.signedAt().map(Object::toString).orElse(""), r.amendmentReason().orElse("")));
                }
            } else {
                for (ReportRecord r : reports) {
                    out.printf("report %d  version %d  %-8s created %s by %s%s%s%n", r.reportId(), r.version(), r.state(), r.createdAt(),
                            r.createdBy(), r.signedBy().map(b -> ", signed by " + b + r.signedAt().map(t -> " " + t).orElse("")).orElse(""),
                            r.previousReportId().map(p -> ", amends report " + p + r.amendmentReason().map(x -> " (" + x + ")").orElse(""))
                                    .orElse(""));
                }
                out.println(reports.size() + " report version" + plural(reports.size()) + " of session " + sessionId);
            }
            return ExitCode.OK;
        }
    }

    private int sign(StoreOptions options) throws StoreException {
        long reportId = StoredSessionAnalysis.reportId(options.single("a report id (see 'ambulo reports SESSION_ID')"));
        try (AmbuloStore store = open(options)) {
            ReportRecord r = store.signReport(reportId, access.checkedActor(options.store, options.user, options.role, Role.PHYSICIAN));
            out.printf("signed report %d (version %d of session %s) as %s at %s; PDF sha256 %s%n", r.reportId(), r.version(), r.sessionId(),
                    r.signedBy().orElseThrow(), r.signedAt().orElseThrow(), r.pdfSha256Hex());
            return ExitCode.OK;
        }
    }

    private int storeNorms(StoreOptions options) throws StoreException {
        Path file = Path.of(options.single("a lab norm file (from 'ambulo norms build')"));
        try (AmbuloStore store = open(options)) {
            NormDatasetRecord r = store.storeNormDataset(file,
                    access.checkedActor(options.store, options.user, options.role, Role.PHYSICIAN));
            out.printf("stored norm dataset %s version %s: %d bin%s, ages %s-%s years, sha256 %s%n", r.datasetId(), r.version(),
                    r.binCount(),
                    plural(r.binCount()), number(r.ageMinYears()), number(r.ageMaxYears()), r.jsonSha256Hex());
            return ExitCode.OK;
        }
    }

    private int storedNorms(StoreOptions options) throws StoreException {
        options.none();
        try (AmbuloStore store = open(options)) {
            List<NormDatasetRecord> datasets = store.normDatasets();
            if (options.csv) {
                out.println(NORMS_CSV_HEADER);
                for (NormDatasetRecord r : datasets) {
                    out.println(Csv.row(r.datasetId(), r.version(), r.title(), number(r.ageMinYears()), number(r.ageMaxYears()),
                            Integer.toString(r.binCount()), r.jsonSha256Hex(), r.importedAt().toString(), r.importedBy()));
                }
            } else {
                for (NormDatasetRecord r : datasets) {
                    out.printf("%s %s  %s (ages %s-%s years, %d bin%s; stored %s by %s)%n", r.datasetId(), r.version(), r.title(),
                            number(r.ageMinYears()), number(r.ageMaxYears()), r.binCount(), plural(r.binCount()), r.importedAt(),
                            r.importedBy());
                }
                out.println(datasets.size() + " stored norm dataset" + plural(datasets.size()));
            }
            return ExitCode.OK;
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private AmbuloStore open(StoreOptions options) throws StoreException {
        StoreConfig config = access.config(options.store);
        return AmbuloStore.open(config);
    }

    private int usage(String problem) {
        err.println("ambulo " + command + ": " + problem);
        err.println("usage: " + usageLine(command));
        return ExitCode.USAGE;
    }

    static String usageLine(String command) {
        return switch (command) {
            case "import" -> "ambulo import SESSION_DIR " + StoreAccess.OPTIONS;
            case "patients" -> "ambulo patients [--csv] " + StoreAccess.OPTIONS;
            case "sessions" -> "ambulo sessions PATIENT_ID [--csv] " + StoreAccess.OPTIONS;
            case "audit" -> "ambulo audit verify " + StoreAccess.OPTIONS;
            case "export" -> "ambulo export --deidentify -o OUT_DIR " + StoreAccess.OPTIONS;
            case "norms store" -> "ambulo norms store LAB-NORMS.json " + StoreAccess.OPTIONS;
            case "reports" -> "ambulo reports SESSION_ID [--csv] " + StoreAccess.OPTIONS;
            case "sign" -> "ambulo sign REPORT_ID " + StoreAccess.OPTIONS;
            case "norms stored" -> "ambulo norms stored [--csv] " + StoreAccess.OPTIONS;
            default -> "ambulo --help";
        };
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }

    /** The options shared by the store commands, plus the positional arguments. */
    static final class StoreOptions {
        Optional<String> store = Optional.empty();
        Optional<String> user = Optional.empty();
        Optional<String> role = Optional.empty();
        Optional<String> out = Optional.empty();
        boolean csv;
        boolean deidentify;
        final List<String> positional = new ArrayList<>();

        static StoreOptions parse(List<String> args) {
            StoreOptions options = new StoreOptions();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--store" -> options.store = Optional.of(value(args, ++i, arg));
                    case "--user" -> options.user = Optional.of(value(args, ++i, arg));
                    case "--role" -> options.role = Optional.of(StoreAccess.role(value(args, ++i, arg)).name());
                    case "-o", "--out" -> options.out = Optional.of(value(args, ++i, arg));
                    case "--csv" -> options.csv = true;
                    case "--deidentify" -> options.deidentify = true;
                    default -> {
                        if (arg.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        options.positional.add(arg);
                    }
                }
            }
            return options;
        }

        String single(String what) {
            if (positional.size() != 1) {
                throw new IllegalArgumentException(positional.isEmpty() ? "give " + what : "one argument only: " + what);
            }
            return positional.get(0);
        }

        void none() {
            if (!positional.isEmpty()) {
                throw new IllegalArgumentException("unexpected argument " + positional.get(0));
            }
        }

        private static String value(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(index);
        }
    }
}
