package org.ambulo.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.cycles.ParameterSide;
import org.ambulo.cycles.Spatiotemporal;
import org.ambulo.cycles.SpatiotemporalParameter;
import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.events.EventDetection;
import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetection;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.Side;

/**
 * {@code ambulo stp FILE [--csv]}: the spatiotemporal parameters of one trial, averaged over the complete cycles of
 * each side. Uses the events stored in the file (a clinician checked them: they are the truth) and detects events
 * only when the file stores none. The CSV columns, parameter names and units are a stable interface.
 */
final class StpCommand {

    static final String CSV_HEADER = "parameter,side,value,unit";

    private final PrintStream out;
    private final PrintStream err;

    StpCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Which events the table was computed from. */
    record EventsUsed(List<GaitEvent> events, boolean stored, String description) {
    }

    int run(List<String> args) {
        List<String> files = new ArrayList<>(args);
        boolean csv = files.remove("--csv");
        if (files.size() != 1 || files.get(0).startsWith("-")) {
            err.println("ambulo stp: give one C3D file, optionally with --csv, e.g. 'ambulo stp Walk01.c3d --csv'.");
            return ExitCode.USAGE;
        }
        Path file = Path.of(files.get(0)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            err.println("ambulo stp: " + file + " does not exist or is not a file.");
            return ExitCode.BAD_INPUT;
        }
        C3dFile c3d;
        EventsUsed events;
        try {
            c3d = C3dReader.read(file);
            events = events(c3d);
        } catch (C3dFormatException e) {
            err.println("ambulo stp: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("ambulo stp: cannot read " + file + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("ambulo stp: " + file.getFileName() + ": cannot detect gait events: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        SpatiotemporalTable table = Spatiotemporal.compute(c3d, events.events(), OptionalDouble.empty());
        if (table.cycles().isEmpty()) {
            err.println(
                    "ambulo stp: " + file.getFileName() + ": no complete gait cycle (strike, opposite foot off, opposite strike, foot off,"
                            + " next strike) with the events " + events.description() + "; " + String.join("; ", table.issues()));
            return ExitCode.BAD_INPUT;
        }
        out.print(csv ? csv(table) : text(table, events));
        return ExitCode.OK;
    }

    static EventsUsed events(C3dFile file) throws C3dFormatException {
        List<GaitEvent> stored = C3dTrials.gaitEvents(file);
        if (!stored.isEmpty()) {
            return new EventsUsed(stored, true, "stored in the file: " + stored.size() + " events");
        }
        EventDetection detection = GaitEventDetection.detect(file, EventSettings.defaults());
        return new EventsUsed(detection.events(), false,
                "detected by " + detection.strategy() + ", the file stores none: " + detection.events().size() + " events");
    }

    static String csv(SpatiotemporalTable table) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (SpatiotemporalParameter parameter : SpatiotemporalParameter.stableParameters()) {
            for (ParameterSide side : ParameterSide.values()) {
                table.value(parameter, side).ifPresent(value -> sb.append(parameter.id()).append(',').append(side.csvName()).append(',')
                        .append(String.format(Locale.ROOT, "%.6f", value)).append(',').append(parameter.unit()).append('\n'));
            }
        }
        return sb.toString();
    }

    static String text(SpatiotemporalTable table, EventsUsed events) {
        StringBuilder sb = new StringBuilder();
        sb.append("Spatiotemporal parameters of ").append(table.trial()).append('\n');
        sb.append("Events: ").append(events.description()).append('\n');
        sb.append("Complete cycles averaged: left ").append(table.cycleCount(Side.LEFT)).append(", right ")
                .append(table.cycleCount(Side.RIGHT))
                .append('\n');
        sb.append("Walking direction: ").append(table.progression().map(d -> d.label()).orElse("unknown")).append("; lengths from the ")
                .append(table.footMarker()).append(" markers");
        table.legLengthMm().ifPresent(leg -> sb.append(String.format(Locale.ROOT, "; leg length %.0f mm", leg)));
        sb.append("\n\n");
        sb.append(String.format(Locale.ROOT, "%-26s %10s %10s %10s  %s%n", "Parameter", "Left", "Right", "Both", "Unit"));
        for (SpatiotemporalParameter parameter : SpatiotemporalParameter.values()) {
            if (table.averages().stream().noneMatch(v -> v.parameter().equals(parameter.id()))) {
                continue;
            }
            sb.append(
                    String.format(Locale.ROOT, "%-26s %10s %10s %10s  %s%n", parameter.label(), cell(table, parameter, ParameterSide.LEFT),
                            cell(table, parameter, ParameterSide.RIGHT), cell(table, parameter, ParameterSide.BOTH), parameter.unit()));
        }
        if (!table.issues().isEmpty()) {
            sb.append("\nNotes:\n");
            table.issues().forEach(issue -> sb.append("  - ").append(issue).append('\n'));
        }
        return sb.toString();
    }

    private static String cell(SpatiotemporalTable table, SpatiotemporalParameter parameter, ParameterSide side) {
        OptionalDouble value = table.value(parameter, side);
        if (value.isEmpty()) {
            return "";
        }
        int decimals = switch (parameter.unit()) {
            case "m", "m/s", "s", "1" -> 3;
            default -> 1;
        };
        return String.format(Locale.ROOT, "%." + decimals + "f", value.getAsDouble());
    }
}
