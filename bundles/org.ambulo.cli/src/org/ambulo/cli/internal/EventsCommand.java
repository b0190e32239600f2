package org.ambulo.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.c3d.C3dWriter;
import org.ambulo.events.EventComparison;
import org.ambulo.events.EventDetection;
import org.ambulo.events.EventDifference;
import org.ambulo.events.EventIssue;
import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetection;
import org.ambulo.model.GaitEvent;

/**
 * {@code ambulo events FILE [--compare] [--detector combined|forceplate|zeni|oconnor] [-o OUT.c3d]}: detects the gait
 * events of a trial from its data (stored events are not used), prints them tab-separated with the checks' findings,
 * optionally their difference from the stored events, and optionally writes a copy whose EVENT group holds them.
 */
final class EventsCommand {

    static final String HEADER = "side\tevent\ttime_s\tframe\tsource";
    static final String COMPARE_HEADER = "side\tevent\tmatched\tmean_abs_frames\tmax_abs_frames\tdetected_only\tstored_only";
    private static final String USAGE = "ambulo events: give one C3D file, e.g. 'ambulo events Walk01.c3d [--compare] "
            + "[--detector combined|forceplate|zeni|oconnor] [-o Walk01-events.c3d]'.";

    private final PrintStream out;
    private final PrintStream err;

    EventsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        boolean compare = false;
        Optional<Path> output = Optional.empty();
        EventSettings settings = EventSettings.defaults();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--compare" -> compare = true;
                case "-o", "--output", "--detector" -> {
                    if (i + 1 >= args.size()) {
                        err.println("ambulo events: " + arg + " needs a value. " + USAGE);
                        return ExitCode.USAGE;
                    }
                    String value = args.get(++i);
                    if (arg.equals("--detector")) {
                        Optional<EventSettings.Detector> detector = detector(value);
                        if (detector.isEmpty()) {
                            err.println("ambulo events: unknown detector '" + value + "'. " + USAGE);
                            return ExitCode.USAGE;
                        }
                        settings = settings.withDetector(detector.get());
                    } else {
                        output = Optional.of(Path.of(value).toAbsolutePath().normalize());
                    }
                }
                default -> files.add(arg);
            }
        }
        if (files.size() != 1 || files.get(0).startsWith("-")) {
            err.println(USAGE);
            return ExitCode.USAGE;
        }
        Path file = Path.of(files.get(0)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            err.println("ambulo events: " + file + " does not exist or is not a file.");
            return ExitCode.BAD_INPUT;
        }
        C3dFile c3d;
        EventDetection detection;
        try {
            c3d = C3dReader.read(file);
            detection = GaitEventDetection.detect(c3d, settings);
        } catch (C3dFormatException e) {
            err.println("ambulo events: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("ambulo events: cannot read " + file + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        print(c3d, detection);
        if (compare) {
            compare(c3d, detection);
        }
        if (output.isPresent()) {
            try {
                C3dWriter.write(C3dTrials.withGaitEvents(c3d, detection.events()), output.get());
            } catch (IOException e) {
                err.println("ambulo events: cannot write " + output.get() + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            out.println("# wrote " + detection.events().size() + " events to " + output.get());
        }
        return ExitCode.OK;
    }

    private void print(C3dFile c3d, EventDetection detection) {
        out.println("# " + c3d.sourceName() + ": " + detection.events().size() + " events by " + detection.strategy());
        out.println(HEADER);
        for (GaitEvent e : detection.events()) {
            out.println(String.join("\t", e.side().name().toLowerCase(Locale.ROOT), e.type().viconLabel(),
                    String.format(Locale.ROOT, "%.4f", e.timeSeconds()), Long.toString(e.captureFrame(c3d.pointRateHz())), e.source()));
        }
        for (EventIssue issue : detection.issues()) {
            out.println("# " + issue);
        }
    }

    private void compare(C3dFile c3d, EventDetection detection) {
        List<GaitEvent> stored = C3dTrials.gaitEvents(c3d);
        if (stored.isEmpty()) {
            out.println("# no stored events in " + c3d.sourceName() + " to compare with");
            return;
        }
        double window = EventSettings.defaults().matchWindowSeconds();
        out.println(
                "# difference from the " + stored.size() + " stored events (frames at " + number(c3d.pointRateHz()) + " Hz, pairs within "
                        + number(window) + " s)");
        out.println(COMPARE_HEADER);
        for (EventDifference d : EventComparison.compare(detection.events(), stored, c3d.pointRateHz(), window)) {
            out.println(String.join("\t", d.side().name().toLowerCase(Locale.ROOT), d.type().viconLabel(), Integer.toString(d.matched()),
                    frames(d.meanAbsFrames()), frames(d.maxAbsFrames()), Integer.toString(d.unmatchedDetected()),
                    Integer.toString(d.unmatchedStored())));
        }
    }

    private static Optional<EventSettings.Detector> detector(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "combined" -> Optional.of(EventSettings.Detector.COMBINED);
            case "forceplate", "force-plate", "plates" -> Optional.of(EventSettings.Detector.FORCE_PLATE);
            case "zeni" -> Optional.of(EventSettings.Detector.ZENI);
            case "oconnor", "o'connor" -> Optional.of(EventSettings.Detector.OCONNOR);
            default -> Optional.empty();
        };
    }

    private static String frames(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : Double.toString(value);
    }
}
