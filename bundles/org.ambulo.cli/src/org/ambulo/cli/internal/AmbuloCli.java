package org.ambulo.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.ambulo.model.catalog.TrialCatalog;
import org.ambulo.norms.NormDataset;
import org.ambulo.pipeline.ProcessorRegistry;

/**
 * The {@code ambulo} command line, independent of how it was started. Exit codes are part of the interface that labs
 * script against: see {@link ExitCode}.
 */
public final class AmbuloCli {

    private final String version;
    private final Supplier<Optional<TrialCatalog>> catalog;
    private final Supplier<List<NormDataset>> normDatasets;
    private final Supplier<Optional<ProcessorRegistry>> processors;
    private final PrintStream out;
    private final PrintStream err;
    private final StoreAccess storeAccess;

    public AmbuloCli(String version, Supplier<Optional<TrialCatalog>> catalog, Supplier<List<NormDataset>> normDatasets,
            Supplier<Optional<ProcessorRegistry>> processors, PrintStream out, PrintStream err) {
        this(version, catalog, normDatasets, processors, out, err, StoreAccess.ofSystem());
    }

    /** With an explicit environment and home folder for the store commands (tests). */
    AmbuloCli(String version, Supplier<Optional<TrialCatalog>> catalog, Supplier<List<NormDataset>> normDatasets,
            Supplier<Optional<ProcessorRegistry>> processors, PrintStream out, PrintStream err, StoreAccess storeAccess) {
        this.version = version;
        this.catalog = catalog;
        this.normDatasets = normDatasets;
        this.processors = processors;
        this.out = out;
        this.err = err;
        this.storeAccess = storeAccess;
    }

    public int run(String... args) {
        if (args.length == 0) {
            usage(err);
            return ExitCode.USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "--help", "-h", "help" -> {
                    usage(out);
                    yield ExitCode.OK;
                }
                case "--version", "-V", "version" -> {
                    out.println("Ambulo " + version);
                    yield ExitCode.OK;
                }
                case "list" -> new ListCommand(catalog, out, err).run(rest);
                case "inspect" -> new InspectCommand(out, err).run(rest);
                case "events" -> new EventsCommand(out, err).run(rest);
                case "stp" -> new StpCommand(out, err).run(rest);
                case "model" -> new ModelCommand(out, err).run(rest);
                case "emg" -> new EmgCommand(out, err).run(rest);
                case "indices" -> new IndicesCommand(out, err, normDatasets).run(rest);
                case "norms" -> new NormsCommand(out, err, normDatasets, storeAccess).run(rest);
                case "analyze" -> new AnalyzeCommand(version, out, err, processors, normDatasets, storeAccess).run(rest);
                case "import", "patients", "sessions", "reports", "sign", "audit", "export" ->
                    new StoreCommand(args[0], out, err, storeAccess).run(rest);
                default -> {
                    err.println("ambulo: unknown command '" + args[0] + "'. Run 'ambulo --help' for the commands.");
                    yield ExitCode.USAGE;
                }
            };
        } catch (RuntimeException e) {
            // A bug, not bad input: say so plainly, with the trace for the report.
            err.println("ambulo: internal error while running '" + String.join(" ", args) + "': " + e);
            e.printStackTrace(err);
            return ExitCode.INTERNAL_ERROR;
        }
    }

    static void usage(PrintStream stream) {
        stream.println("""
                Usage: ambulo [COMMAND] [ARGS]
                Without a command, ./ambulo opens the workbench.

                Commands:
                  analyze (SESSION.json | --demo) -o OUT_DIR
                                         the whole session: report PDF, CSVs of every curve and the
                                         spatiotemporal table, processed C3D and provenance JSON
                  analyze --session SESSION_ID [-o OUT_DIR] [--amends REPORT_ID --reason TEXT]
                                         a stored session; the results and the report are stored as a new
                                         draft report version (and written to OUT_DIR when given); with
                                         --amends, as a signed amendment of a signed report (physician)
                  --help                 this help
                  --version              the Ambulo version and build
                  list FOLDER            the C3D files of a session folder: frames, rates, markers, analog channels, status
                  inspect FILE [--json]  everything in one C3D file: header, parameters, points, analogs, events,
                                         force plates, subject, model outputs and the quirks the reader tolerated
                  events FILE [--compare] [-o OUT.c3d]
                                         gait events detected from the data (force plates where valid, markers
                                         elsewhere); --compare: difference from the events stored in the file;
                                         -o: copy of the trial with the detected events as its EVENT group
                  stp FILE [--csv]       spatiotemporal parameters averaged over the complete cycles of each side,
                                         from the stored events (detected when the file has none); --csv prints
                                         parameter,side,value,unit rows
                  model [--static S.c3d] --dynamic D.c3d [--subject X.vsk|X.mp] [-o OUT.c3d] [--compare]
                        [--foot-flat] [--marker-diameter MM] [--moments distal|proximal|global|jcs]
                        [--no-kinetics] [--com-cutoff-hz HZ]
                                         Conventional Gait Model (Plug-in Gait compatible) lower body: calibrates
                                         on the static trial, writes angles and joint centres under the Nexus
                                         names; --compare: differences from the Nexus outputs in the dynamic file;
                                         --com-cutoff-hz: smooth the segments' centres of mass for kinetics on
                                         unfiltered markers (35 Hz matches Nexus on a raw-marker trial)
                  emg FILE [--csv] [--map LABEL=MUSCLE:SIDE[:fine-wire]] [--mains 50|60] [--norms FILE.json]
                                         EMG channels mapped to muscles and sides, signal quality flags, and
                                         on/off activation per gait cycle (compared with normal windows)
                  indices --static S.c3d --dynamic D.c3d [--subject F] [--norms ID[/BIN]] [--norms-file LAB.json]
                          [--age YEARS] [--sex m|f] [--foot-flat] [--marker-diameter MM] [--csv]
                                         GPS, GVS per variable and GDI against automatically chosen norms
                                         (--csv: index,side,value rows; '#' lines say which norms and why)
                  norms list             the installed normative datasets: citation, population, ages, bins, licence
                  import SESSION_DIR     one session folder (session.json or Vicon Eclipse .enf files, and its
                                         trial files) into the store, in one transaction
                  patients [--csv]       the stored patients
                  sessions PATIENT_ID [--csv]
                                         a patient's stored sessions
                  reports SESSION_ID [--csv]
                                         a stored session's report versions: draft, signed, amended
                  sign REPORT_ID         signs a draft report version (physician); it and its inputs become
                                         immutable, later changes are amendments
                  audit verify           recomputes the audit trail's hash chain and the signed reports' hashes
                  export --deidentify -o OUT_DIR
                                         every stored session without names, ids or dates (age instead of birth
                                         date), for research
                                         Store commands take --store CONFIG.properties (else $AMBULO_STORE_CONFIG,
                                         else ~/.ambulo/store.properties, else an embedded store in ~/.ambulo/store),
                                         --user NAME and --role technician|physician|administrator
                  norms build CONTROLS_DIR -o lab-norms.json [--id ID] [--version V] [--bands 4-8,8-13]
                                         a lab's own norms from its control subjects' sessions
                  norms store LAB-NORMS.json
                                         keeps a lab norm file in the store (physician or administrator)
                  norms stored [--csv]   the lab norm datasets in the store

                Exit codes:
                  0   success
                  1   internal error (please report it with the output)
                  2   bad input: a file or folder that is missing, unreadable or malformed, or the store refused
                  3   audit verify: the audit trail or a signed report was altered
                  64  wrong usage: unknown command or missing argument""");
    }
}
