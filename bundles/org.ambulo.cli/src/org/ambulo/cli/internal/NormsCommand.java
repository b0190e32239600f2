package org.ambulo.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.ambulo.cycles.ParameterSide;
import org.ambulo.cycles.SpatiotemporalParameter;
import org.ambulo.model.Side;
import org.ambulo.norms.AgeRange;
import org.ambulo.norms.ControlSubject;
import org.ambulo.norms.GaitVariable;
import org.ambulo.norms.LabNormBuilder;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormJson;
import org.ambulo.norms.NormProvenance;
import org.ambulo.norms.PatientCycles;
import org.ambulo.norms.Sex;
import org.ambulo.pipeline.Json;
import org.ambulo.pipeline.JsonException;

/**
 * {@code ambulo norms list} and {@code ambulo norms build CONTROLS_DIR -o lab-norms.json}.
 * <p>
 * <b>Controls folder.</b> One sub-folder per control subject. Each holds a static trial, one or more dynamic (walking)
 * trials and a {@code subject.json}, a flat JSON object:
 *
 * <pre>
 * { "ageYears": 9.5,            required, decimal years at the session
 *   "sex": "f",                 "m", "f" or "any" (default any)
 *   "static": "Cal01.c3d",      the static trial (default: the one C3D whose name contains "cal" or "static")
 *   "footFlat": true,           CGM foot-flat option (default false)
 *   "markerDiameterMm": 14,     default: the static trial's PROCESSING MarkerDiameter, else 14
 *   "subject": "anthro.mp" }    .vsk/.mp with the measurements (default: PROCESSING of the static, else dynamic trial)
 * </pre>
 *
 * Every other {@code .c3d} in the sub-folder is a walk: CGM kinematics from the static + walk (as
 * {@code ambulo indices}), cut by the walk's stored events (detected when it stores none). Walks that cannot be
 * analysed are reported and left out; a subject without any usable walk is left out. The dataset (per age band: mean
 * and SD of the subjects' mean curves, spatiotemporal means, every complete cycle kept as a GDI control gait vector) is
 * built by {@link LabNormBuilder} and written in Ambulo's norm format ({@link NormJson}); install it by reading it back
 * with {@link NormJson#read(Path)}.
 */
final class NormsCommand {

    static final String SUBJECT_FILE = "subject.json";
    static final int MAX_BINS_SHOWN = 8;

    static final String USAGE = """
            ambulo norms list
            ambulo norms store LAB-NORMS.json [--store CONFIG.properties] [--user NAME] [--role physician|administrator]
            ambulo norms stored [--csv] [--store CONFIG.properties]
            ambulo norms build CONTROLS_DIR -o lab-norms.json [--id ID] [--version V] [--title TEXT] [--bands 4-8,8-13,13-18]""";

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<List<NormDataset>> datasets;
    private final StoreAccess storeAccess;

    NormsCommand(PrintStream out, PrintStream err, Supplier<List<NormDataset>> datasets) {
        this(out, err, datasets, StoreAccess.ofSystem());
    }

    NormsCommand(PrintStream out, PrintStream err, Supplier<List<NormDataset>> datasets, StoreAccess storeAccess) {
        this.out = out;
        this.err = err;
        this.datasets = datasets;
        this.storeAccess = storeAccess;
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            return usage("give a sub-command: list, build, store or stored");
        }
        return switch (args.get(0)) {
            case "list" -> args.size() == 1 ? list() : usage("'list' takes no arguments");
            case "build" -> build(args.subList(1, args.size()));
            case "store", "stored" -> new StoreCommand("norms " + args.get(0), out, err, storeAccess).run(args.subList(1, args.size()));
            default -> usage("unknown sub-command '" + args.get(0) + "'");
        };
    }

    private int usage(String problem) {
        err.println("ambulo norms: " + problem);
        err.println("usage:\n" + USAGE);
        return ExitCode.USAGE;
    }

    private int list() {
        List<NormDataset> installed = datasets.get();
        if (installed.isEmpty()) {
            out.println("No norm datasets installed (norm datasets come as org.ambulo.norms.supplier.* bundles).");
            return ExitCode.OK;
        }
        for (NormDataset d : installed.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList()) {
            NormProvenance p = d.provenance();
            double minAge = d.bins().stream().mapToDouble(b -> b.age().minYears()).min().orElseThrow();
            double maxAge = d.bins().stream().mapToDouble(b -> b.age().maxYears()).max().orElseThrow();
            out.println(p.id() + " (version " + p.version() + "): " + p.title());
            out.println("  citation:   " + p.citation());
            out.println("  population: " + p.population());
            out.println("  ages:       " + new AgeRange(minAge, maxAge) + "; model " + p.markerModel());
            List<String> bins = d.bins().stream().map(NormsCommand::binSummary).toList();
            // Datasets with many bins (age band x sex x pace) would flood the terminal: show the first few.
            String shown = bins.size() <= MAX_BINS_SHOWN
                    ? String.join(", ", bins)
                    : String.join(", ", bins.subList(0, MAX_BINS_SHOWN)) + ", ... (" + (bins.size() - MAX_BINS_SHOWN) + " more)";
            out.println("  bins:       " + bins.size() + ": " + shown);
            out.println("  licence:    " + p.licence());
            out.println("  source:     " + p.source());
            out.println("  provenance: " + p.provenanceWarning().map(w -> "WARNING: " + w).orElse("documented"));
        }
        return ExitCode.OK;
    }

    private static String binSummary(NormBin b) {
        List<String> has = new ArrayList<>();
        if (!b.curves().isEmpty()) {
            has.add(b.curves().size() + " curves");
        }
        if (!b.spatiotemporal().isEmpty()) {
            has.add("stp");
        }
        if (!b.emgActivation().isEmpty()) {
            has.add(b.emgActivation().size() + " muscles");
        }
        if (!b.gdiControls().isEmpty()) {
            has.add(b.gdiControls().size() + " GDI controls");
        }
        return b.id() + " [n=" + b.n() + (has.isEmpty() ? "" : ", " + String.join(", ", has)) + "]";
    }

    private record BuildArguments(Path controls, Path output, String id, Optional<String> version, Optional<String> title,
            Optional<List<AgeRange>> bands) {
    }

    private int build(List<String> args) {
        BuildArguments a;
        try {
            a = parseBuild(args);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (!Files.isDirectory(a.controls())) {
            err.println("ambulo norms build: " + a.controls() + " does not exist or is not a folder.");
            return ExitCode.BAD_INPUT;
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(a.controls())) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            err.println("ambulo norms build: cannot list " + a.controls() + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        List<ControlSubject> subjects = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path folder : folders) {
            try {
                control(folder, notes).ifPresent(subjects::add);
            } catch (IllegalArgumentException | IOException e) {
                err.println("ambulo norms build: " + folder.resolve(SUBJECT_FILE) + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        if (subjects.size() < LabNormBuilder.MIN_SUBJECTS) {
            err.println("ambulo norms build: " + a.controls() + ": " + subjects.size() + " usable control subject(s), need at least "
                    + LabNormBuilder.MIN_SUBJECTS + " (one sub-folder each with " + SUBJECT_FILE + ", a static and a walking C3D)"
                    + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)));
            return ExitCode.BAD_INPUT;
        }
        double minAge = subjects.stream().mapToDouble(s -> s.ageYears().getAsDouble()).min().orElseThrow();
        double maxAge = subjects.stream().mapToDouble(s -> s.ageYears().getAsDouble()).max().orElseThrow();
        List<AgeRange> bands = a.bands().orElse(List.of(new AgeRange(Math.floor(minAge), Math.floor(maxAge) + 1)));
        String version = a.version().orElse(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
        NormProvenance identity = new NormProvenance(a.id(), version, a.title().orElse("Lab norms from " + a.controls().getFileName()),
                "the lab's own control subjects (not published)",
                String.format(Locale.ROOT, "%d control subjects aged %.1f to %.1f y, %s", subjects.size(), minAge, maxAge,
                        sexes(subjects)),
                "the lab's own data", IndicesCommand.MARKER_MODEL,
                "built by 'ambulo norms build' from " + a.controls().toAbsolutePath().normalize() + " (" + String.join(", ",
                        subjects.stream().map(ControlSubject::id).toList()) + "); kinematics by Ambulo's CGM",
                Optional.empty());
        LabNormBuilder.Result result;
        try {
            result = LabNormBuilder.build(identity, subjects, bands);
        } catch (IllegalArgumentException e) {
            err.println("ambulo norms build: " + a.controls() + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        try {
            Files.writeString(a.output(), NormJson.write(result.dataset()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("ambulo norms build: cannot write " + a.output() + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        notes.addAll(result.notes());
        out.println("wrote " + a.output() + ": dataset " + identity.id() + " version " + version + ", " + subjects.size() + " subjects");
        for (NormBin bin : result.dataset().bins()) {
            out.println("  " + binSummary(bin) + " " + bin.age());
        }
        notes.forEach(n -> out.println("note: " + n));
        return ExitCode.OK;
    }

    private static String sexes(List<ControlSubject> subjects) {
        long f = subjects.stream().filter(s -> s.sex() == Sex.FEMALE).count();
        long m = subjects.stream().filter(s -> s.sex() == Sex.MALE).count();
        return f + " female, " + m + " male, " + (subjects.size() - f - m) + " not stated";
    }

    /** One control subject from its folder; empty (with a note) when none of its walks can be analysed. */
    static Optional<ControlSubject> control(Path folder, List<String> notes) throws IOException {
        Path subjectFile = folder.resolve(SUBJECT_FILE);
        if (!Files.isRegularFile(subjectFile)) {
            notes.add(folder.getFileName() + ": no " + SUBJECT_FILE + ", folder skipped");
            return Optional.empty();
        }
        Map<String, Object> json = flatObject(Files.readString(subjectFile, StandardCharsets.UTF_8));
        if (!(json.get("ageYears") instanceof Double age)) {
            throw new IllegalArgumentException("\"ageYears\" (a number of years) is required");
        }
        Sex sex = Sex.fromId(String.valueOf(json.getOrDefault("sex", "any")));
        boolean footFlat = Boolean.TRUE.equals(json.get("footFlat"));
        OptionalDouble diameter = json.get("markerDiameterMm") instanceof Double d ? OptionalDouble.of(d) : OptionalDouble.empty();
        Optional<Path> measurements = json.get("subject") instanceof String s ? Optional.of(folder.resolve(s)) : Optional.empty();
        List<Path> c3d;
        try (Stream<Path> s = Files.list(folder)) {
            c3d = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".c3d")).sorted().toList();
        }
        Path staticTrial;
        if (json.get("static") instanceof String name) {
            staticTrial = folder.resolve(name);
            if (!Files.isRegularFile(staticTrial)) {
                throw new IllegalArgumentException("static trial " + name + " not found in " + folder);
            }
        } else {
            List<Path> statics = c3d.stream().filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.contains("static") || n.contains("cal");
            }).toList();
            if (statics.size() != 1) {
                throw new IllegalArgumentException(statics.size()
                        + " C3D files look like a static trial (name contains 'static' or 'cal'): name it with \"static\"");
            }
            staticTrial = statics.get(0);
        }
        IndicesCommand.ModelInputs model = new IndicesCommand.ModelInputs(measurements, footFlat, diameter);
        PatientCycles.Builder cycles = PatientCycles.builder();
        Map<String, List<Double>> stp = new LinkedHashMap<>();
        int walks = 0;
        for (Path walk : c3d) {
            if (walk.equals(staticTrial)) {
                continue;
            }
            IndicesCommand.Walk w;
            try {
                w = IndicesCommand.analyse(staticTrial, walk, model);
            } catch (IndicesCommand.InputException e) {
                notes.add(folder.getFileName() + "/" + walk.getFileName() + " left out: " + e.getMessage());
                continue;
            }
            for (Side side : Side.values()) {
                for (GaitVariable v : GaitVariable.values()) {
                    w.cycles().curves(side, v).forEach(curve -> cycles.add(side, v, curve));
                }
            }
            for (SpatiotemporalParameter p : SpatiotemporalParameter.values()) {
                w.spatiotemporal().value(p, ParameterSide.BOTH).ifPresent(v -> stp.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(v));
            }
            walks++;
        }
        if (walks == 0) {
            notes.add(folder.getFileName() + ": no walk could be analysed, subject left out");
            return Optional.empty();
        }
        Map<String, Double> means = new LinkedHashMap<>();
        stp.forEach((k, list) -> means.put(k, list.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return Optional.of(new ControlSubject(folder.getFileName().toString(), OptionalDouble.of(age), sex, cycles.build(), means));
    }

    private static BuildArguments parseBuild(List<String> args) {
        Path controls = null;
        Path output = null;
        String id = "lab";
        String version = null;
        String title = null;
        List<AgeRange> bands = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-o", "--output" -> output = Path.of(IndicesCommand.value(args, ++i, arg));
                case "--id" -> id = IndicesCommand.value(args, ++i, arg);
                case "--version" -> version = IndicesCommand.value(args, ++i, arg);
                case "--title" -> title = IndicesCommand.value(args, ++i, arg);
                case "--bands" -> bands = bands(IndicesCommand.value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-") || controls != null) {
                        throw new IllegalArgumentException("unknown argument '" + arg + "'");
                    }
                    controls = Path.of(arg);
                }
            }
        }
        if (controls == null || output == null) {
            throw new IllegalArgumentException("give the controls folder and -o OUTPUT.json");
        }
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("--id must be lower case letters, digits, '.', '_' or '-', was '" + id + "'");
        }
        return new BuildArguments(controls, output, id, Optional.ofNullable(version), Optional.ofNullable(title),
                Optional.ofNullable(bands));
    }

    /** "4-8,8-13,13-18" -> [4, 8), [8, 13), [13, 18) years. */
    static List<AgeRange> bands(String text) {
        List<AgeRange> out = new ArrayList<>();
        for (String band : text.split(",")) {
            String[] ends = band.trim().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("--bands: '" + band + "' is not MIN-MAX years");
            }
            try {
                out.add(new AgeRange(IndicesCommand.number(ends[0].trim(), "--bands", "years"),
                        IndicesCommand.number(ends[1].trim(), "--bands", "years")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--bands: " + e.getMessage());
            }
        }
        return out;
    }

    /** The flat JSON object of subject.json: string, number (as Double), true/false, null values; no nesting. */
    /** subject.json: one flat object of strings, numbers, booleans and nulls (numbers as Double). */
    static Map<String, Object> flatObject(String text) {
        Json json;
        try {
            json = Json.parse(text);
        } catch (JsonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage());
        }
        if (!(json instanceof Json.JsonObject object)) {
            throw new IllegalArgumentException("not valid JSON: " + SUBJECT_FILE + " must be one object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        object.members().forEach((key, value) -> out.put(key, switch (value) {
            case Json.JsonString string -> string.value();
            case Json.JsonNumber number -> number.asDouble();
            case Json.JsonBoolean bool -> bool.value();
            case Json.JsonNull none -> null;
            default -> throw new IllegalArgumentException(
                    "\"" + key + "\" must be a string, number, true, false or null (" + SUBJECT_FILE + " is a flat object)");
        }));
        return out;
    }
}
