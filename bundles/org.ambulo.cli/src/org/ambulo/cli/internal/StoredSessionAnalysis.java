package org.ambulo.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.ambulo.cli.internal.StoreCommand.StoreOptions;
import org.ambulo.cli.internal.analysis.AnalysisException;
import org.ambulo.cli.internal.analysis.AnalysisResult;
import org.ambulo.cli.internal.analysis.SessionAnalysis;
import org.ambulo.norms.NormDataset;
import org.ambulo.pipeline.Json;
import org.ambulo.pipeline.ProcessorRegistry;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionException;
import org.ambulo.pipeline.session.SessionJson;
import org.ambulo.store.Actor;
import org.ambulo.store.AmbuloStore;
import org.ambulo.store.AnalysisArtifacts;
import org.ambulo.store.ReportRecord;
import org.ambulo.store.Role;
import org.ambulo.store.StoreException;

/**
 * {@code ambulo analyze --session ID}: the stored session's files are written to a work folder, analysed exactly as
 * {@code ambulo analyze SESSION.json} would, and the report PDF, results and provenance are stored as a new draft
 * report version. Without {@code -o} the work folder is temporary and removed afterwards.
 */
final class StoredSessionAnalysis {

    static final String RESULTS_FORMAT = "ambulo-analysis-results";

    private final String version;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Optional<ProcessorRegistry>> registry;
    private final Supplier<List<NormDataset>> datasets;
    private final StoreAccess access;

    StoredSessionAnalysis(String version, PrintStream out, PrintStream err, Supplier<Optional<ProcessorRegistry>> registry,
            Supplier<List<NormDataset>> datasets, StoreAccess access) {
        this.version = version;
        this.out = out;
        this.err = err;
        this.registry = registry;
        this.datasets = datasets;
        this.access = access;
    }

    int run(List<String> args) {
        StoreOptions options;
        Optional<String> sessionId = Optional.empty();
        Optional<Long> amends = Optional.empty();
        Optional<String> reason = Optional.empty();
        try {
            List<String> rest = new java.util.ArrayList<>(args);
            sessionId = take(rest, "--session");
            amends = take(rest, "--amends").map(StoredSessionAnalysis::reportId);
            reason = take(rest, "--reason");
            if (amends.isPresent() != reason.isPresent()) {
                throw new IllegalArgumentException("an amendment needs both --amends REPORT_ID and --reason TEXT");
            }
            options = StoreOptions.parse(rest);
            options.none();
        } catch (IllegalArgumentException e) {
            err.println("ambulo analyze: " + e.getMessage());
            err.println(AnalyzeCommand.USAGE);
            return ExitCode.USAGE;
        }
        Optional<ProcessorRegistry> processors = registry.get();
        if (processors.isEmpty()) {
            err.println("ambulo analyze: no processor registry is installed (org.ambulo.pipeline not started)");
            return ExitCode.INTERNAL_ERROR;
        }
        Path work = null;
        boolean temporary = options.out.isEmpty();
        try (AmbuloStore store = AmbuloStore.open(access.config(options.store))) {
            Actor actor = access.checkedActor(options.store, options.user, options.role,
                    amends.isPresent() ? Role.PHYSICIAN : Role.TECHNICIAN);
            work = temporary ? Files.createTempDirectory("ambulo-analyze-") : Path.of(options.out.get());
            Path sessionFile = store.materialize(sessionId.get(), work.resolve("session-input"));
            Session session = SessionJson.read(sessionFile);
            AnalyzeCommand.ProgressBar bar = new AnalyzeCommand.ProgressBar(err);
            AnalysisResult result = new SessionAnalysis(version, processors.get(), datasets.get()).run(session, work, bar);
            bar.finish();
            AnalysisArtifacts artifacts = new AnalysisArtifacts(resultsJson(session, result), Files.readString(result.provenanceJson()),
                    Files.readAllBytes(result.pdf()), Optional.empty());
            ReportRecord report = amends.isPresent()
                    ? store.amendReport(amends.get(), artifacts, reason.get(), actor)
                    : store.storeAnalysis(sessionId.get(), artifacts, actor);
            for (String warning : result.warnings()) {
                out.println("warning: " + warning);
            }
            out.printf("stored report %d: version %d of session %s, %s, PDF sha256 %s%n", report.reportId(), report.version(),
                    report.sessionId(), report.state(), report.pdfSha256Hex());
            if (!temporary) {
                out.println("report:          " + result.pdf() + " (" + result.pages() + " pages)");
            }
            return ExitCode.OK;
        } catch (StoreException | SessionException | AnalysisException e) {
            err.println();
            err.println("ambulo analyze: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println();
            err.println("ambulo analyze: cannot use the work folder " + work + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } finally {
            if (temporary && work != null) {
                deleteQuietly(work);
            }
        }
    }

    /** Removes {@code option VALUE} from the arguments and returns the value. */
    private static Optional<String> take(List<String> args, String option) {
        int at = args.indexOf(option);
        if (at < 0) {
            return Optional.empty();
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        String value = args.get(at + 1);
        args.subList(at, at + 2).clear();
        return Optional.of(value);
    }

    static long reportId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a report id is a number, got '" + text + "'");
        }
    }

    /** The tables the report shows, as data: what a later comparison or a research export reads back. */
    static String resultsJson(Session session, AnalysisResult result) throws IOException {
        Map<String, Json> members = new LinkedHashMap<>();
        members.put("format", new Json.JsonString(RESULTS_FORMAT));
        members.put("formatVersion", Json.JsonNumber.of(1));
        members.put("sessionId", new Json.JsonString(session.sessionId()));
        members.put("warnings", new Json.JsonArray(result.warnings().stream().<Json>map(Json.JsonString::new).toList()));
        members.put("spatiotemporalCsv", new Json.JsonString(Files.readString(result.spatiotemporalCsv())));
        members.put("curvesCsv", new Json.JsonString(Files.readString(result.curvesCsv())));
        return Json.write(new Json.JsonObject(members));
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the results are in the store.
        }
    }
}
