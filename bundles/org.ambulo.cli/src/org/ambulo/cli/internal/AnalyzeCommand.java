package org.ambulo.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.ambulo.cli.internal.analysis.AnalysisException;
import org.ambulo.cli.internal.analysis.AnalysisResult;
import org.ambulo.cli.internal.analysis.SessionAnalysis;
import org.ambulo.demo.DemoSession;
import org.ambulo.norms.NormDataset;
import org.ambulo.pipeline.ProcessorRegistry;
import org.ambulo.pipeline.ProgressListener;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionException;
import org.ambulo.pipeline.session.SessionJson;

/**
 * {@code ambulo analyze SESSION.json -o OUT} and {@code ambulo analyze --demo -o OUT}: the whole session to the
 * report PDF, its CSVs, the processed C3D and the provenance JSON. A progress bar goes to stderr; the written files
 * and warnings (norm mismatch, kinetics skipped, coding checks) to stdout.
 */
final class AnalyzeCommand {

    static final String USAGE = "usage: ambulo analyze (SESSION.json | --demo) -o OUT_DIR\n"
            + "       ambulo analyze --session SESSION_ID [-o OUT_DIR] [--amends REPORT_ID --reason TEXT] " + StoreAccess.OPTIONS;

    private final String version;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Optional<ProcessorRegistry>> registry;
    private final Supplier<List<NormDataset>> datasets;
    private final StoreAccess storeAccess;

    AnalyzeCommand(PrintStream out, PrintStream err, Supplier<Optional<ProcessorRegistry>> registry, Supplier<List<NormDataset>> datasets) {
        this("dev", out, err, registry, datasets);
    }

    AnalyzeCommand(String version, PrintStream out, PrintStream err, Supplier<Optional<ProcessorRegistry>> registry,
            Supplier<List<NormDataset>> datasets) {
        this(version, out, err, registry, datasets, StoreAccess.ofSystem());
    }

    AnalyzeCommand(String version, PrintStream out, PrintStream err, Supplier<Optional<ProcessorRegistry>> registry,
            Supplier<List<NormDataset>> datasets, StoreAccess storeAccess) {
        this.version = version;
        this.out = out;
        this.err = err;
        this.registry = registry;
        this.datasets = datasets;
        this.storeAccess = storeAccess;
    }

    int run(List<String> args) {
        if (args.contains("--session")) {
            return new StoredSessionAnalysis(version, out, err, registry, datasets, storeAccess).run(args);
        }
        Optional<String> sessionArg = Optional.empty();
        Optional<String> outArg = Optional.empty();
        boolean demo = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("-o") || arg.equals("--out")) {
                if (i + 1 >= args.size()) {
                    return usage("-o needs an output folder");
                }
                outArg = Optional.of(args.get(++i));
            } else if (arg.startsWith("-")) {
                return usage("unknown option " + arg);
            } else if (sessionArg.isPresent()) {
                return usage("one session file only");
            } else {
                sessionArg = Optional.of(arg);
            }
        }
        if (demo == sessionArg.isPresent()) {
            return usage(demo ? "give a session file or --demo, not both" : "give a session file or --demo");
        }
        if (outArg.isEmpty()) {
            return usage("the output folder (-o OUT_DIR) is missing");
        }
        Path outDir = Path.of(outArg.get());
        Path sessionFile;
        try {
            sessionFile = demo ? DemoSession.extractTo(outDir.resolve("demo-session")) : Path.of(sessionArg.get());
        } catch (IOException e) {
            err.println("ambulo analyze: cannot extract the demo session into " + outDir + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (!Files.isRegularFile(sessionFile)) {
            err.println("ambulo analyze: " + sessionFile + ": no such session file");
            return ExitCode.BAD_INPUT;
        }
        Optional<ProcessorRegistry> processors = registry.get();
        if (processors.isEmpty()) {
            err.println("ambulo analyze: no processor registry is installed (org.ambulo.pipeline not started)");
            return ExitCode.INTERNAL_ERROR;
        }
        try {
            Session session = SessionJson.read(sessionFile);
            ProgressBar bar = new ProgressBar(err);
            AnalysisResult result = new SessionAnalysis(version, processors.get(), datasets.get()).run(session, outDir, bar);
            bar.finish();
            for (String warning : result.warnings()) {
                out.println("warning: " + warning);
            }
            out.println("report:          " + result.pdf() + " (" + result.pages() + " pages)");
            out.println("curves CSV:      " + result.curvesCsv());
            out.println("spatiotemporal:  " + result.spatiotemporalCsv());
            for (Path processed : result.processedC3ds()) {
                out.println("processed C3D:   " + processed);
            }
            out.println("provenance:      " + result.provenanceJson());
            return ExitCode.OK;
        } catch (SessionException | AnalysisException e) {
            err.println();
            err.println("ambulo analyze: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println();
            err.println("ambulo analyze: cannot write into " + outDir + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private int usage(String problem) {
        err.println("ambulo analyze: " + problem);
        err.println(USAGE);
        return ExitCode.USAGE;
    }

    /** "[#########...........]  45 %" on one stderr line, redrawn only when the percentage changes. */
    static final class ProgressBar implements ProgressListener {
        private static final int WIDTH = 30;
        private final PrintStream err;
        private int shownPct = -1;

        ProgressBar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void progress(double fractionDone) {
            int pct = (int) Math.floor(100 * fractionDone);
            if (pct == shownPct) {
                return;
            }
            shownPct = pct;
            int filled = pct * WIDTH / 100;
            err.print(String.format(Locale.ROOT, "\r[%s%s] %3d %%", "#".repeat(filled), ".".repeat(WIDTH - filled), pct));
            err.flush();
        }

        void finish() {
            if (shownPct >= 0) {
                err.println();
            }
        }
    }
}
