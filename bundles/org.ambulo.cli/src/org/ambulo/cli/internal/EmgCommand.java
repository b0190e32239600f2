package org.ambulo.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dReader;
import org.ambulo.cycles.CycleSegmentation;
import org.ambulo.cycles.GaitCycles;
import org.ambulo.emg.ActivationInterval;
import org.ambulo.emg.ActivationNormSet;
import org.ambulo.emg.ActivationNormsReader;
import org.ambulo.emg.ActivationSettings;
import org.ambulo.emg.ChannelQuality;
import org.ambulo.emg.CycleActivation;
import org.ambulo.emg.ElectrodeType;
import org.ambulo.emg.EmgActivation;
import org.ambulo.emg.EmgActivations;
import org.ambulo.emg.EmgEnvelopes;
import org.ambulo.emg.EmgProcessing;
import org.ambulo.emg.EmgProcessingSettings;
import org.ambulo.emg.MainsFilter;
import org.ambulo.emg.Muscle;
import org.ambulo.emg.MuscleAssignment;
import org.ambulo.emg.NormComparison;
import org.ambulo.emg.ProcessedChannel;
import org.ambulo.emg.QualityFlag;
import org.ambulo.emg.UnmappedChannel;
import org.ambulo.model.Side;

/**
 * {@code ambulo emg FILE [--csv] [--map LABEL=MUSCLE:SIDE[:fine-wire]]... [--mains 50|60] [--norms FILE.json]}: per
 * EMG channel its muscle, side, quality flags and, per complete gait cycle of its side, the activation on/off in % of
 * the cycle. Events stored in the file are used (a clinician checked them); detected only when the file stores none.
 * Default processing: {@link EmgProcessingSettings#DEFAULTS}, {@link ActivationSettings#DEFAULTS}. The CSV columns are
 * a stable interface.
 */
final class EmgCommand {

    static final String CSV_HEADER = "label,muscle,side,electrode,quality,cycle,cycle_start_s,cycle_end_s,foot_off_pct,on_pct,off_pct";

    private static final String USAGE = "ambulo emg: give one C3D file, e.g. 'ambulo emg Walk01.c3d', optionally --csv,"
            + " --map LABEL=MUSCLE:SIDE[:fine-wire] (e.g. --map EMG1=tibialis_anterior:left), --mains 50|60, --norms normalActivation.json.";

    private final PrintStream out;
    private final PrintStream err;

    EmgCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** What the command line asked for. */
    private record Options(Path file, boolean csv, Map<String, MuscleAssignment> map, MainsFilter mains, Optional<Path> norms) {
    }

    int run(List<String> args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("ambulo emg: " + e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE;
        }
        Path file = options.file();
        if (!Files.isRegularFile(file)) {
            err.println("ambulo emg: " + file + " does not exist or is not a file.");
            return ExitCode.BAD_INPUT;
        }
        Optional<ActivationNormSet> norms = Optional.empty();
        if (options.norms().isPresent()) {
            try {
                norms = Optional.of(ActivationNormsReader.read(options.norms().get(), options.norms().get().getFileName().toString()));
            } catch (IOException | IllegalArgumentException e) {
                err.println("ambulo emg: cannot read the normal activation windows " + options.norms().get() + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        C3dFile c3d;
        EmgEnvelopes emg;
        try {
            c3d = C3dReader.read(file);
            emg = EmgProcessing.process(c3d, EmgProcessingSettings.DEFAULTS.withChannelMap(options.map()).withMains(options.mains()));
        } catch (C3dFormatException e) {
            err.println("ambulo emg: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("ambulo emg: cannot read " + file + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("ambulo emg: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (emg.channels().isEmpty() && emg.unmapped().isEmpty()) {
            err.println("ambulo emg: " + file.getFileName() + ": no EMG channel (no analog label or description says EMG or names a muscle;"
                    + " name them with --map LABEL=MUSCLE:SIDE)");
            return ExitCode.BAD_INPUT;
        }
        List<String> notes = new ArrayList<>();
        String eventsDescription;
        EmgActivations activations;
        try {
            StpCommand.EventsUsed events = StpCommand.events(c3d);
            eventsDescription = events.description();
            CycleSegmentation cycles = GaitCycles.analyse(events.events());
            cycles.issues().forEach(issue -> notes.add(issue.toString()));
            activations = EmgActivation.detect(emg, cycles.cycles(), ActivationSettings.DEFAULTS);
        } catch (C3dFormatException | IllegalArgumentException | IllegalStateException e) {
            // channels and quality are still worth printing; the timing needs cycles
            eventsDescription = "none: the file stores no events and they cannot be detected (" + e.getMessage() + ")";
            activations = EmgActivation.detect(emg, List.of(), ActivationSettings.DEFAULTS);
        }
        notes.addAll(activations.issues());
        out.print(options.csv() ? csv(emg, activations) : text(emg, activations, eventsDescription, norms, notes));
        return ExitCode.OK;
    }

    private static Options parse(List<String> args) {
        List<String> files = new ArrayList<>();
        boolean csv = false;
        Map<String, MuscleAssignment> map = new LinkedHashMap<>();
        MainsFilter mains = MainsFilter.NONE;
        Optional<Path> norms = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--csv" -> csv = true;
                case "--map" -> {
                    String entry = value(args, ++i, a);
                    int eq = entry.lastIndexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--map needs LABEL=MUSCLE:SIDE, got '" + entry + "'");
                    }
                    map.put(entry.substring(0, eq), assignment(entry.substring(eq + 1)));
                }
                case "--mains" -> mains = switch (value(args, ++i, a)) {
                    case "50" -> MainsFilter.HZ_50;
                    case "60" -> MainsFilter.HZ_60;
                    default -> throw new IllegalArgumentException("--mains takes 50 or 60, got '" + args.get(i) + "'");
                };
                case "--norms" -> norms = Optional.of(Path.of(value(args, ++i, a)).toAbsolutePath().normalize());
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option '" + a + "'");
                    }
                    files.add(a);
                }
            }
        }
        if (files.size() != 1) {
            throw new IllegalArgumentException(files.isEmpty() ? "no file given" : "more than one file given: " + files);
        }
        return new Options(Path.of(files.get(0)).toAbsolutePath().normalize(), csv, map, mains, norms);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    /** {@code tibialis_anterior:left[:fine-wire]}. */
    static MuscleAssignment assignment(String text) {
        String[] parts = text.split(":");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("expected MUSCLE:SIDE[:fine-wire], got '" + text + "'");
        }
        Muscle muscle;
        try {
            muscle = Muscle.valueOf(parts[0].trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown muscle '" + parts[0] + "'; one of "
                    + java.util.Arrays.stream(Muscle.values()).map(Muscle::id).collect(Collectors.joining(", ")));
        }
        Side side = Side.fromName(parts[1])
                .orElseThrow(() -> new IllegalArgumentException("side must be left or right, got '" + parts[1] + "'"));
        ElectrodeType electrode = ElectrodeType.SURFACE;
        if (parts.length == 3) {
            electrode = switch (parts[2].trim().toLowerCase(Locale.ROOT)) {
                case "fine-wire", "fine_wire", "finewire", "fw" -> ElectrodeType.FINE_WIRE;
                case "surface" -> ElectrodeType.SURFACE;
                default -> throw new IllegalArgumentException("electrode must be surface or fine-wire, got '" + parts[2] + "'");
            };
        }
        return new MuscleAssignment(muscle, side, electrode);
    }

    static String quality(ChannelQuality q) {
        return q.ok() ? "ok" : q.flags().stream().map(f -> f.issue().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(";"));
    }

    static String csv(EmgEnvelopes emg, EmgActivations activations) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (ChannelQuality q : emg.quality()) {
            Optional<ProcessedChannel> mapped = emg.channel(q.label());
            String prefix = Csv.cell(q.label()) + ','
                    + mapped.map(c -> c.channel().muscle().id() + ',' + c.channel().side().name().toLowerCase(Locale.ROOT) + ','
                            + c.channel().electrode().name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse(",,")
                    + ',' + quality(q) + ',';
            List<CycleActivation> cycles = activations.of(q.label());
            if (cycles.isEmpty()) {
                sb.append(prefix).append(",,,,,\n");
            }
            for (int c = 0; c < cycles.size(); c++) {
                CycleActivation a = cycles.get(c);
                String cycle = String.format(Locale.ROOT, "%d,%.4f,%.4f,%.2f,", c + 1, a.cycle().startSeconds(), a.cycle().endSeconds(),
                        a.footOffPct());
                if (a.intervals().isEmpty()) {
                    sb.append(prefix).append(cycle).append(",\n");
                }
                for (ActivationInterval i : a.intervals()) {
                    sb.append(prefix).append(cycle).append(String.format(Locale.ROOT, "%.2f,%.2f", i.onPct(), i.offPct())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    static String text(EmgEnvelopes emg, EmgActivations activations, String events, Optional<ActivationNormSet> norms,
            List<String> notesSoFar) {
        List<String> notes = new ArrayList<>(notesSoFar);
        EmgProcessingSettings s = emg.settings();
        StringBuilder sb = new StringBuilder();
        sb.append("EMG of ").append(emg.trial()).append('\n');
        sb.append("Events: ").append(events).append('\n');
        sb.append(String.format(Locale.ROOT, "Processing: %sband-pass %.0f-%.0f Hz (Butterworth order %d, zero-lag), %s%s%n",
                s.removeDc() ? "mean removed, " : "", s.bandPassLowHz(), s.bandPassHighHz(), s.bandPassOrder(),
                s.mains() == MainsFilter.NONE ? "" : String.format(Locale.ROOT, "%.0f Hz band-stop, ", s.mains().frequencyHz()),
                s.envelope() == org.ambulo.emg.EnvelopeMethod.RMS
                        ? String.format(Locale.ROOT, "RMS envelope %.0f ms", 1000 * s.rmsWindowSeconds())
                        : String.format(Locale.ROOT, "rectified, low-pass %.0f Hz (order %d)", s.envelopeCutoffHz(), s.envelopeOrder())));
        ActivationSettings a = activations.settings();
        sb.append(String.format(Locale.ROOT,
                "On/off: threshold mean + %.0f SD of the quietest %.2f s; bursts >= %.0f ms, pauses >= %.0f ms%n",
                a.k(), a.quietWindowSeconds(), 1000 * a.minOnSeconds(), 1000 * a.minOffSeconds()));
        sb.append("Coding: ").append(emg.coding().summary()).append('\n');
        norms.ifPresent(n -> sb.append("Normal windows: ").append(n.provenance()).append(", scaled to each cycle's foot off\n"));
        sb.append('\n');
        for (ProcessedChannel c : emg.channels()) {
            sb.append(String.format(Locale.ROOT, "%s: %s %s (%s; %s)%n", c.channel().label(),
                    c.channel().side().name().toLowerCase(Locale.ROOT),
                    c.channel().muscle().displayName(), c.channel().electrode() == ElectrodeType.FINE_WIRE ? "fine-wire" : "surface",
                    c.channel().basis()));
            appendQuality(sb, c.quality());
            List<CycleActivation> cycles = activations.of(c.channel().label());
            for (int i = 0; i < cycles.size(); i++) {
                CycleActivation ca = cycles.get(i);
                sb.append(
                        String.format(Locale.ROOT, "  cycle %d (%.3f-%.3f s, foot off %.1f %%): on %s%n", i + 1, ca.cycle().startSeconds(),
                                ca.cycle().endSeconds(), ca.footOffPct(), intervals(ca.intervals())));
                norms.flatMap(n -> n.forMuscle(c.channel().muscle())).ifPresent(n -> {
                    NormComparison cmp = NormComparison.compare(ca, n);
                    sb.append(
                            String.format(Locale.ROOT, "    normal %s: active outside it %.0f %%, silent inside it %.0f %% of the cycle%n",
                                    intervals(cmp.normalWindows()), cmp.activeOutsideNormalPct(), cmp.silentInNormalPct()));
                });
            }
        }
        if (!emg.unmapped().isEmpty()) {
            sb.append("\nEMG channels without a muscle (not processed; name them with --map LABEL=MUSCLE:SIDE):\n");
            for (UnmappedChannel u : emg.unmapped()) {
                sb.append("  ").append(u.label()).append(": ").append(u.reason()).append('\n');
                emg.quality(u.label()).ifPresent(q -> appendQuality(sb, q));
            }
        }
        if (!emg.mapEntriesNotFound().isEmpty()) {
            notes.add("--map labels not in the file: " + String.join(", ", emg.mapEntriesNotFound()));
        }
        if (!notes.isEmpty()) {
            sb.append("\nNotes:\n");
            notes.forEach(n -> sb.append("  - ").append(n).append('\n'));
        }
        return sb.toString();
    }

    private static void appendQuality(StringBuilder sb, ChannelQuality q) {
        if (q.ok()) {
            sb.append("    quality ok\n");
        }
        for (QualityFlag f : q.flags()) {
            sb.append("    ").append(f.issue().name().toLowerCase(Locale.ROOT)).append(": ").append(f.message()).append('\n');
        }
    }

    private static String intervals(List<ActivationInterval> intervals) {
        if (intervals.isEmpty()) {
            return "none";
        }
        return intervals.stream().map(i -> String.format(Locale.ROOT, "%.0f-%.0f %%", i.onPct(), i.offPct()))
                .collect(Collectors.joining(", "));
    }
}
