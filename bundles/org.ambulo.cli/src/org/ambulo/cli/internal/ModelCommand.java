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
import java.util.OptionalInt;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.c3d.C3dWriter;
import org.ambulo.cgm.CgmC3dOutput;
import org.ambulo.cgm.CgmException;
import org.ambulo.cgm.CgmOptions;
import org.ambulo.cgm.CgmResult;
import org.ambulo.cgm.CgmSignal;
import org.ambulo.cgm.ConventionalGaitModel;
import org.ambulo.cgm.KineticsSettings;
import org.ambulo.cgm.MomentFrame;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.cgm.SubjectMeasurements;
import org.ambulo.cgm.SubjectParameters;
import org.ambulo.model.MarkerTrajectory;

/**
 * {@code ambulo model --static S.c3d --dynamic D.c3d [--subject S.vsk|S.mp] -o OUT.c3d [--compare] [--foot-flat]
 * [--marker-diameter MM]}: runs the CGM (Plug-in Gait compatible) on the dynamic trial and writes it with the model
 * outputs under their Nexus names. Subject measurements come from {@code --subject}, else the static trial's
 * PROCESSING group, else the dynamic trial's. Without {@code --static} the calibration Nexus stored in the subject
 * parameters is used. The knee calibration (wand, KAD, KAD-medial) follows the static trial's markers.
 * Kinetics (ground reaction, joint forces, moments, powers, mass-normalised as Nexus writes them) are computed when the
 * dynamic trial has force plates, during the stance phases whose plate contact is valid for kinetics; {@code --moments}
 * chooses their axes (distal, the Plug-in Gait default; proximal; global; jcs), {@code --no-kinetics} skips them.
 * {@code --compare} prints, per output, the largest and RMS difference from the same-named output already in the
 * dynamic trial (for kinetics: over the frames we compute, i.e. the valid stance phases).
 */
final class ModelCommand {

    static final String USAGE = "ambulo model --static S.c3d --dynamic D.c3d [--subject subject.vsk|subject.mp] -o OUT.c3d"
            + " [--compare] [--foot-flat] [--marker-diameter MM] [--moments distal|proximal|global|jcs] [--no-kinetics]"
            + " [--com-cutoff-hz HZ]";

    private final PrintStream out;
    private final PrintStream err;

    ModelCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    private record Arguments(Optional<Path> staticTrial, Path dynamicTrial, Optional<Path> subject, Optional<Path> output, boolean compare,
            boolean footFlat, double markerDiameterMm, boolean kinetics, MomentFrame momentFrame, double centreOfMassCutoffHz) {
    }

    int run(List<String> args) {
        Arguments a;
        try {
            a = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("ambulo model: " + e.getMessage());
            err.println("usage: " + USAGE);
            return ExitCode.USAGE;
        }
        for (Path p : existing(a)) {
            if (!Files.isRegularFile(p)) {
                err.println("ambulo model: " + p + " does not exist or is not a file.");
                return ExitCode.BAD_INPUT;
            }
        }
        Path current = a.dynamicTrial();
        try {
            C3dFile dynamic = C3dReader.read(a.dynamicTrial());
            Optional<C3dFile> staticFile = Optional.empty();
            if (a.staticTrial().isPresent()) {
                current = a.staticTrial().get();
                staticFile = Optional.of(C3dReader.read(current));
            }
            SubjectMeasurements subject = subject(a, staticFile, dynamic);
            CgmOptions options = new CgmOptions(a.markerDiameterMm(), a.footFlat(), a.footFlat(), org.ambulo.cgm.KneeCalibration.WAND);
            StaticCalibration calibration;
            if (staticFile.isPresent()) {
                current = a.staticTrial().get();
                Map<String, MarkerTrajectory> staticMarkers = C3dTrials.markers(staticFile.get());
                options = options.withKneeCalibration(ConventionalGaitModel.detectKneeCalibration(staticMarkers));
                calibration = ConventionalGaitModel.calibrate(staticFile.get().sourceName(), staticMarkers, subject, options);
            } else {
                calibration = ConventionalGaitModel.fromStoredCalibration(subject, options);
            }
            current = a.dynamicTrial();
            boolean kinetics = a.kinetics() && !dynamic.forcePlatforms().isEmpty();
            CgmResult result = kinetics
                    ? ConventionalGaitModel.kinematicsAndKinetics(dynamic, calibration,
                            KineticsSettings.defaults().withMomentFrame(a.momentFrame()).withCentreOfMassCutoffHz(a.centreOfMassCutoffHz()))
                    : ConventionalGaitModel.kinematics(dynamic, calibration);
            out.println(
                    "CGM (Plug-in Gait compatible) on " + a.dynamicTrial().getFileName() + ": knee calibration " + options.kneeCalibration()
                            + ", marker diameter " + fmt(options.markerDiameterMm()) + " mm, foot flat " + (a.footFlat() ? "on" : "off")
                            + "; subject from " + subject.source());
            calibration.nexusParameters().forEach((k, v) -> out.println("  " + k + " = " + fmt(v)));
            out.println(kinetics
                    ? "kinetics: moments in the " + a.momentFrame().name().toLowerCase(Locale.ROOT) + " frame, valid stance phases only"
                    : "kinetics: not computed (" + (a.kinetics() ? "no force plates in the dynamic trial" : "--no-kinetics") + ")");
            result.notes().forEach(n -> out.println("note: " + n));
            if (a.compare()) {
                out.print(compare(dynamic, result));
            }
            if (a.output().isPresent()) {
                C3dWriter.write(CgmC3dOutput.withOutputs(dynamic, result), a.output().get());
                out.println("wrote " + result.signals().size() + " outputs to " + a.output().get());
            }
            return ExitCode.OK;
        } catch (C3dFormatException e) {
            err.println("ambulo model: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (CgmException e) {
            err.println("ambulo model: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("ambulo model: " + current + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    private static List<Path> existing(Arguments a) {
        List<Path> paths = new ArrayList<>();
        a.staticTrial().ifPresent(paths::add);
        paths.add(a.dynamicTrial());
        a.subject().ifPresent(paths::add);
        return paths;
    }

    private static SubjectMeasurements subject(Arguments a, Optional<C3dFile> staticFile, C3dFile dynamic)
            throws IOException, CgmException {
        if (a.subject().isPresent()) {
            return SubjectParameters.fromFile(a.subject().get());
        }
        if (staticFile.isPresent()) {
            Optional<SubjectMeasurements> fromStatic = SubjectParameters.fromProcessing(staticFile.get());
            if (fromStatic.isPresent()) {
                return fromStatic.get();
            }
        }
        return SubjectParameters.fromProcessing(dynamic).orElseThrow(() -> new CgmException(dynamic.sourceName(),
                "no subject measurements: give --subject, or store them in the PROCESSING group of the static or dynamic trial (missing: "
                        + String.join(", ", SubjectParameters.missingRequired(SubjectParameters.processingValues(dynamic))) + ")"));
    }

    private static Arguments parse(List<String> args) {
        Path staticTrial = null;
        Path dynamicTrial = null;
        Path subject = null;
        Path output = null;
        boolean compare = false;
        boolean footFlat = false;
        boolean kinetics = true;
        MomentFrame moments = MomentFrame.DISTAL;
        double diameter = CgmOptions.DEFAULT_MARKER_DIAMETER_MM;
        double comCutoffHz = Double.POSITIVE_INFINITY;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--compare" -> compare = true;
                case "--foot-flat" -> footFlat = true;
                case "--no-kinetics" -> kinetics = false;
                case "--moments" -> {
                    String v = value(args, ++i, arg);
                    try {
                        moments = MomentFrame.valueOf(v.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--moments must be distal, proximal, global or jcs, got '" + v + "'");
                    }
                }
                case "--static" -> staticTrial = Path.of(value(args, ++i, arg));
                case "--dynamic" -> dynamicTrial = Path.of(value(args, ++i, arg));
                case "--subject" -> subject = Path.of(value(args, ++i, arg));
                case "-o", "--output" -> output = Path.of(value(args, ++i, arg));
                case "--marker-diameter" -> diameter = number(args, ++i, arg, "mm", v -> v >= 0 && v < 100, "between 0 and 100 mm");
                case "--com-cutoff-hz" -> comCutoffHz = number(args, ++i, arg, "Hz", v -> v > 0, "positive");
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        if (dynamicTrial == null) {
            throw new IllegalArgumentException("--dynamic is required");
        }
        if (output == null && !compare) {
            throw new IllegalArgumentException("give -o OUT.c3d, --compare or both");
        }
        return new Arguments(Optional.ofNullable(staticTrial), dynamicTrial, Optional.ofNullable(subject), Optional.ofNullable(output),
                compare,
                footFlat, diameter, kinetics, moments, comCutoffHz);
    }

    private static double number(List<String> args, int i, String option, String unit, java.util.function.DoublePredicate valid,
            String range) {
        String text = value(args, i, option);
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number of " + unit + ", got '" + text + "'");
        }
        if (!valid.test(v)) {
            throw new IllegalArgumentException(option + " must be " + range + ", got " + text);
        }
        return v;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    /** Per output: frames compared, max and RMS difference per component against the same-named output in the file. */
    static String compare(C3dFile dynamic, CgmResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-22s %6s %10s %10s %10s %10s %10s %10s  %s%n", "output", "frames", "max x", "max y", "max z",
                "rms x",
                "rms y", "rms z", "unit"));
        int compared = 0;
        for (CgmSignal s : result.signals()) {
            OptionalInt index = find(dynamic, s.name());
            if (index.isEmpty()) {
                continue;
            }
            int p = index.getAsInt();
            double[] max = new double[3];
            double[] sq = new double[3];
            int n = 0;
            for (int f = 0; f < dynamic.frameCount(); f++) {
                if (!dynamic.pointData().isValid(f, p) || Double.isNaN(s.x()[f])) {
                    continue;
                }
                double[] d = {dynamic.pointData().x(f, p) - s.x()[f], dynamic.pointData().y(f, p) - s.y()[f],
                        dynamic.pointData().z(f, p) - s.z()[f]};
                for (int k = 0; k < 3; k++) {
                    max[k] = Math.max(max[k], Math.abs(d[k]));
                    sq[k] += d[k] * d[k];
                }
                n++;
            }
            compared++;
            double rn = Math.max(1, n);
            sb.append(String.format(Locale.ROOT, "%-22s %6d %10.5f %10.5f %10.5f %10.5f %10.5f %10.5f  %s%n", s.name(), n, max[0], max[1],
                    max[2],
                    Math.sqrt(sq[0] / rn), Math.sqrt(sq[1] / rn), Math.sqrt(sq[2] / rn), s.unit()));
        }
        if (compared == 0) {
            sb.append("(the dynamic trial holds none of these outputs to compare with)\n");
        }
        return sb.toString();
    }

    /**
     * The input point named like the output, with a subject prefix, or with the suffix V (OpenMA files); when that point
     * has no valid frame, the {@code LVicon*}/{@code RVicon*} variant (data README: the plain output may then be NaN).
     */
    private static OptionalInt find(C3dFile file, String name) {
        String vicon = name.length() > 1 ? name.charAt(0) + "Vicon" + name.substring(1) : name;
        OptionalInt plain = OptionalInt.empty();
        OptionalInt viconPoint = OptionalInt.empty();
        for (int p = 0; p < file.pointCount(); p++) {
            String label = file.points().get(p).label();
            String bare = label.substring(label.lastIndexOf(':') + 1);
            if (plain.isEmpty() && (bare.equals(name) || bare.equals(name + "V"))) {
                plain = OptionalInt.of(p);
            } else if (viconPoint.isEmpty() && bare.equals(vicon)) {
                viconPoint = OptionalInt.of(p);
            }
        }
        if (plain.isPresent() && (viconPoint.isEmpty() || hasValidFrame(file, plain.getAsInt()))) {
            return plain;
        }
        return viconPoint;
    }

    private static boolean hasValidFrame(C3dFile file, int point) {
        for (int f = 0; f < file.frameCount(); f++) {
            if (file.pointData().isValid(f, point) && Double.isFinite(file.pointData().x(f, point))) {
                return true;
            }
        }
        return false;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
