package org.ambulo.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.cgm.CgmException;
import org.ambulo.cgm.CgmOptions;
import org.ambulo.cgm.CgmResult;
import org.ambulo.cgm.ConventionalGaitModel;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.cgm.SubjectMeasurements;
import org.ambulo.cgm.SubjectParameters;
import org.ambulo.cycles.ParameterSide;
import org.ambulo.cycles.Spatiotemporal;
import org.ambulo.cycles.SpatiotemporalParameter;
import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;
import org.ambulo.norms.GaitIndices;
import org.ambulo.norms.GaitVariable;
import org.ambulo.norms.GdiBasis;
import org.ambulo.norms.LabNormBuilder;
import org.ambulo.norms.ModelCurves;
import org.ambulo.norms.MovementAnalysisProfile;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormJson;
import org.ambulo.norms.NormSelection;
import org.ambulo.norms.PatientCycles;
import org.ambulo.norms.PatientFacts;
import org.ambulo.norms.Selection;
import org.ambulo.norms.Sex;

/**
 * {@code ambulo indices --static S.c3d --dynamic D.c3d [--subject F] [--norms ID[/BIN]] [--age YEARS] [--sex m|f]
 * [--foot-flat] [--marker-diameter MM] [--csv]}: GVS, GPS (Baker 2009) and, when the norms carry control gait
 * vectors, GDI (Schwartz &amp; Rozumalski 2008) of one walk. Kinematics are computed by Ambulo's CGM from the static
 * and dynamic trials (the Nexus outputs a file may hold are not used); cycles come from the events stored in the
 * dynamic trial, detected when it stores none. The norms are chosen automatically from age, sex, leg length and
 * walking speed ({@link NormSelection}) unless {@code --norms} names them; the choice, its reasons and warnings are
 * printed as {@code #} lines before the CSV. CSV rows {@code index,side,value}: {@code GPS} for left, right and
 * overall (Baker's fifteen-GVS overall score), {@code GVS_<variable>} and {@code GDI} for left and right (neither has
 * an overall value in its definition). Values in degrees (GDI: points, controls 100 ± 10).
 */
final class IndicesCommand {

    static final String CSV_HEADER = "index,side,value";
    static final String USAGE = "ambulo indices --static S.c3d --dynamic D.c3d [--subject subject.vsk|subject.mp] [--norms ID[/BIN]] [--norms-file LAB.json]"
            + " [--age YEARS] [--sex m|f] [--foot-flat] [--marker-diameter MM] [--csv]";
    /** The model our kinematics follow: the norm datasets name Plug-in Gait / CGM1 {@code PiG}. */
    static final String MARKER_MODEL = "PiG";

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<List<NormDataset>> datasets;

    IndicesCommand(PrintStream out, PrintStream err, Supplier<List<NormDataset>> datasets) {
        this.out = out;
        this.err = err;
        this.datasets = datasets;
    }

    /** What the model and the cycles need besides the two trials. */
    record ModelInputs(Optional<Path> subject, boolean footFlat, OptionalDouble markerDiameterMm) {
    }

    private record Arguments(Path staticTrial, Path dynamicTrial, ModelInputs model, Optional<String> norms, List<Path> normsFiles,
            OptionalDouble ageYears, Sex sex, boolean csv) {
    }

    /** One walk analysed: its cycle curves, events, subject and spatiotemporal table. */
    record Walk(String trial, PatientCycles cycles, StpCommand.EventsUsed events, SubjectMeasurements subject, CgmOptions options,
            SpatiotemporalTable spatiotemporal, List<String> notes) {

        OptionalDouble walkingSpeedMPerS() {
            return spatiotemporal.value(SpatiotemporalParameter.WALKING_SPEED, ParameterSide.BOTH);
        }
    }

    int run(List<String> args) {
        Arguments a;
        try {
            a = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("ambulo indices: " + e.getMessage());
            err.println("usage: " + USAGE);
            return ExitCode.USAGE;
        }
        List<Path> inputs = new ArrayList<>(List.of(a.staticTrial(), a.dynamicTrial()));
        a.model().subject().ifPresent(inputs::add);
        for (Path p : inputs) {
            if (!Files.isRegularFile(p)) {
                err.println("ambulo indices: " + p + " does not exist or is not a file.");
                return ExitCode.BAD_INPUT;
            }
        }
        Walk walk;
        try {
            walk = analyse(a.staticTrial(), a.dynamicTrial(), a.model());
        } catch (InputException e) {
            err.println("ambulo indices: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        List<NormDataset> installed = new ArrayList<>(datasets.get());
        for (Path file : a.normsFiles()) {
            // A lab's own norms (ambulo norms build) are imported from their JSON file for this run.
            try {
                installed.add(NormJson.read(file));
            } catch (IOException | IllegalArgumentException e) {
                err.println("ambulo indices: cannot read norms file " + file + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        Selection selection;
        PatientFacts facts;
        try {
            facts = new PatientFacts(a.ageYears(), a.sex(), OptionalDouble.of(walk.subject().meanLegLengthMm()), walk.walkingSpeedMPerS(),
                    Optional.of(MARKER_MODEL));
            selection = select(facts, installed, a.norms());
        } catch (IllegalArgumentException e) {
            err.println("ambulo indices: " + a.dynamicTrial().getFileName() + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        MovementAnalysisProfile profile;
        try {
            profile = GaitIndices.compute(walk.cycles(), selection.dataset(), selection.bin());
        } catch (IllegalArgumentException e) {
            err.println("ambulo indices: " + a.dynamicTrial().getFileName() + ": " + e.getMessage() + " (events "
                    + walk.events().description() + ")");
            return ExitCode.BAD_INPUT;
        }
        List<String> comments = new ArrayList<>();
        comments.add("norms: " + selection.dataset().id() + "/" + selection.bin().id() + ": " + selection.explanation());
        selection.warnings().forEach(w -> comments.add("warning: " + w));
        comments.add("kinematics: Ambulo CGM (Plug-in Gait compatible) from " + a.staticTrial().getFileName() + " and "
                + a.dynamicTrial().getFileName() + ", knee calibration " + walk.options().kneeCalibration() + ", marker diameter "
                + fmt(walk.options().markerDiameterMm()) + " mm, foot flat " + (a.model().footFlat() ? "on" : "off") + "; subject from "
                + walk.subject().source());
        comments.add("events: " + walk.events().description() + "; cycles used: left " + profile.cyclesUsed().getOrDefault(Side.LEFT, 0)
                + ", right " + profile.cyclesUsed().getOrDefault(Side.RIGHT, 0));
        profile.notes().forEach(n -> comments.add("note: " + n));
        Map<Side, Double> gdi = Map.of();
        Optional<GdiBasis> basis = gdiBasis(selection);
        if (basis.isPresent()) {
            gdi = GaitIndices.gdi(walk.cycles(), basis.get());
            comments.add("GDI basis: " + basis.get().version() + ", " + basis.get().provenance());
        } else {
            comments.add("GDI: not computed: " + selection.dataset().id() + "/" + selection.bin().id()
                    + " carries no control gait vectors (lab norms built with 'ambulo norms build' do)");
        }
        out.print(a.csv() ? csv(comments, profile, gdi) : table(comments, profile, gdi));
        return ExitCode.OK;
    }

    /** The bin --norms names (with the selection's checks and warnings for it), or the automatic choice. */
    static Selection select(PatientFacts facts, List<NormDataset> installed, Optional<String> requested) {
        if (requested.isEmpty()) {
            return NormSelection.select(facts, installed);
        }
        String[] parts = requested.get().split("/", 2);
        NormDataset dataset = installed.stream().filter(d -> d.id().equals(parts[0])).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no installed norm dataset '" + parts[0] + "' (installed: "
                        + installed.stream().map(NormDataset::id).toList() + ")"));
        if (parts.length == 1) {
            Selection s = NormSelection.select(facts, List.of(dataset));
            return new Selection(s.dataset(), s.bin(), "requested with --norms " + dataset.id() + "; " + s.explanation(), s.warnings());
        }
        NormBin bin = dataset.bin(parts[1]).orElseThrow(() -> new IllegalArgumentException("norm dataset " + dataset.id() + " has no bin '"
                + parts[1] + "' (bins: " + dataset.bins().stream().map(NormBin::id).toList() + ")"));
        if (!bin.hasGpsCurves()) {
            throw new IllegalArgumentException(dataset.id() + "/" + bin.id() + " lacks curves of the nine GPS variables");
        }
        // the same checks and warnings as an automatic choice, for this one bin
        Selection s = NormSelection.select(facts, List.of(NormDataset.of(dataset.provenance(), List.of(bin))));
        return new Selection(dataset, bin, "requested with --norms " + requested.get() + "; " + s.explanation(), s.warnings());
    }

    /** A GDI basis from the selected bin's control gait vectors, when it has enough of them. */
    static Optional<GdiBasis> gdiBasis(Selection selection) {
        if (selection.bin().gdiControls().size() <= GdiBasis.DEFAULT_FEATURES) {
            return Optional.empty();
        }
        return Optional.of(LabNormBuilder.gdiBasis(selection.dataset(), selection.bin()));
    }

    /** Bad input naming the file, for exit code 2. */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * CGM kinematics of the dynamic trial calibrated on the static one, cut into cycles by the stored (else detected)
     * events and normalised to 101 points, with the walk's spatiotemporal table.
     */
    static Walk analyse(Path staticPath, Path dynamicPath, ModelInputs model) throws InputException {
        Path current = staticPath;
        try {
            C3dFile staticFile = C3dReader.read(staticPath);
            current = dynamicPath;
            C3dFile dynamic = C3dReader.read(dynamicPath);
            current = model.subject().orElse(staticPath);
            SubjectMeasurements subject = subject(model.subject(), staticFile, dynamic);
            current = staticPath;
            Map<String, MarkerTrajectory> staticMarkers = C3dTrials.markers(staticFile);
            double diameter = model.markerDiameterMm().isPresent()
                    ? model.markerDiameterMm().getAsDouble()
                    : SubjectParameters.markerDiameterMm(staticFile).orElse(CgmOptions.DEFAULT_MARKER_DIAMETER_MM);
            CgmOptions options = new CgmOptions(diameter, model.footFlat(), model.footFlat(),
                    ConventionalGaitModel.detectKneeCalibration(staticMarkers));
            StaticCalibration calibration = ConventionalGaitModel.calibrate(staticFile.sourceName(), staticMarkers, subject, options);
            current = dynamicPath;
            CgmResult result = ConventionalGaitModel.kinematics(dynamic, calibration);
            StpCommand.EventsUsed events = StpCommand.events(dynamic);
            PatientCycles cycles = cycles(dynamic, result, events);
            SpatiotemporalTable stp = Spatiotemporal.compute(dynamic, events.events(), OptionalDouble.of(subject.meanLegLengthMm()));
            List<String> notes = new ArrayList<>(result.notes());
            notes.addAll(stp.issues());
            return new Walk(dynamicPath.getFileName().toString(), cycles, events, subject, options, stp, notes);
        } catch (C3dFormatException | CgmException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(current + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException(current.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static SubjectMeasurements subject(Optional<Path> file, C3dFile staticFile, C3dFile dynamic) throws IOException, CgmException {
        if (file.isPresent()) {
            return SubjectParameters.fromFile(file.get());
        }
        Optional<SubjectMeasurements> fromStatic = SubjectParameters.fromProcessing(staticFile);
        if (fromStatic.isPresent()) {
            return fromStatic.get();
        }
        return SubjectParameters.fromProcessing(dynamic).orElseThrow(() -> new CgmException(dynamic.sourceName(),
                "no subject measurements: give --subject, or store them in the PROCESSING group of the static or dynamic trial (missing: "
                        + String.join(", ", SubjectParameters.missingRequired(SubjectParameters.processingValues(dynamic))) + ")"));
    }

    /** Every variable of {@link GaitVariable} the CGM outputs, per complete cycle of each side (101 points). */
    static PatientCycles cycles(C3dFile dynamic, CgmResult result, StpCommand.EventsUsed events) {
        return ModelCurves.cycles(result, dynamic, events.events());
    }

    static String csv(List<String> comments, MovementAnalysisProfile profile, Map<Side, Double> gdi) {
        StringBuilder sb = new StringBuilder();
        comments.forEach(c -> sb.append("# ").append(c.replace('\n', ' ')).append('\n'));
        sb.append(CSV_HEADER).append('\n');
        for (Side side : Side.values()) {
            profile.gps(side).ifPresent(v -> row(sb, "GPS", side.name(), v));
        }
        profile.overallGpsDeg().ifPresent(v -> row(sb, "GPS", "overall", v));
        for (GaitVariable variable : GaitVariable.gpsVariables()) {
            for (Side side : Side.values()) {
                profile.gvs(side, variable).ifPresent(v -> row(sb, "GVS_" + variable.id(), side.name(), v));
            }
        }
        for (Side side : Side.values()) {
            if (gdi.containsKey(side)) {
                row(sb, "GDI", side.name(), gdi.get(side));
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String index, String side, double value) {
        sb.append(index).append(',').append(side.toLowerCase(Locale.ROOT)).append(',').append(String.format(Locale.ROOT, "%.6f", value))
                .append('\n');
    }

    static String table(List<String> comments, MovementAnalysisProfile profile, Map<Side, Double> gdi) {
        StringBuilder sb = new StringBuilder();
        comments.forEach(c -> sb.append(c).append('\n'));
        sb.append('\n').append(String.format(Locale.ROOT, "%-26s %10s %10s %10s%n", "Index (deg)", "Left", "Right", "Overall"));
        sb.append(String.format(Locale.ROOT, "%-26s %10s %10s %10s%n", "GPS", cell(profile.gps(Side.LEFT)), cell(profile.gps(Side.RIGHT)),
                cell(profile.overallGpsDeg())));
        for (GaitVariable variable : GaitVariable.gpsVariables()) {
            sb.append(String.format(Locale.ROOT, "%-26s %10s %10s %10s%n", "GVS " + variable.id(), cell(profile.gvs(Side.LEFT, variable)),
                    cell(profile.gvs(Side.RIGHT, variable)), ""));
        }
        if (!gdi.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%-26s %10s %10s %10s%n", "GDI (points)", cell(optional(gdi.get(Side.LEFT))),
                    cell(optional(gdi.get(Side.RIGHT))), ""));
        }
        return sb.toString();
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static String cell(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "";
    }

    private static Arguments parse(List<String> args) {
        Path staticTrial = null;
        Path dynamicTrial = null;
        Path subject = null;
        String norms = null;
        List<Path> normsFiles = new ArrayList<>();
        OptionalDouble age = OptionalDouble.empty();
        Sex sex = Sex.ANY;
        boolean csv = false;
        boolean footFlat = false;
        OptionalDouble diameter = OptionalDouble.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--csv" -> csv = true;
                case "--foot-flat" -> footFlat = true;
                case "--static" -> staticTrial = Path.of(value(args, ++i, arg));
                case "--dynamic" -> dynamicTrial = Path.of(value(args, ++i, arg));
                case "--subject" -> subject = Path.of(value(args, ++i, arg));
                case "--norms" -> norms = value(args, ++i, arg);
                case "--norms-file" -> normsFiles.add(Path.of(value(args, ++i, arg)));
                case "--age" -> {
                    double years = number(value(args, ++i, arg), arg, "years");
                    if (!(years > 0 && years < 130)) {
                        throw new IllegalArgumentException("--age must be between 0 and 130 years, got " + args.get(i));
                    }
                    age = OptionalDouble.of(years);
                }
                case "--sex" -> {
                    String v = value(args, ++i, arg).toLowerCase(Locale.ROOT);
                    sex = switch (v) {
                        case "m", "male" -> Sex.MALE;
                        case "f", "female" -> Sex.FEMALE;
                        default -> throw new IllegalArgumentException("--sex must be m or f, got '" + v + "'");
                    };
                }
                case "--marker-diameter" -> {
                    double mm = number(value(args, ++i, arg), arg, "mm");
                    if (!(mm >= 0 && mm < 100)) {
                        throw new IllegalArgumentException("--marker-diameter must be between 0 and 100 mm, got " + args.get(i));
                    }
                    diameter = OptionalDouble.of(mm);
                }
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        if (staticTrial == null || dynamicTrial == null) {
            throw new IllegalArgumentException("--static and --dynamic are required");
        }
        return new Arguments(staticTrial, dynamicTrial, new ModelInputs(Optional.ofNullable(subject), footFlat, diameter),
                Optional.ofNullable(norms), List.copyOf(normsFiles), age, sex, csv);
    }

    static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    static double number(String text, String option, String unit) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number of " + unit + ", got '" + text + "'");
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
