package org.ambulo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.cycles.ParameterSide;
import org.ambulo.cycles.Spatiotemporal;
import org.ambulo.cycles.SpatiotemporalParameter;
import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** {@code ambulo stp}: text and CSV on real files, events stored or detected, and the exit codes. */
class StpCommandTest {

    private static final String FULL = "OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d";
    /** A treadmill walk without stored events (gaitalytics test data). */
    private static final String NO_EVENTS = "DART-Lab-LLUI__python-gaitalytics/tests/treadmill_no_events.c3d";
    private static final String EMPTY = "OpenMA__openma-data/input/c3d/other/Empty.c3d";

    /** The stable CSV names, written out here on purpose: changing them breaks the labs' scripts. */
    private static final List<String> STABLE_NAMES = List.of("cadence", "walking_speed", "stride_time", "step_time", "stride_length",
            "step_length", "step_width", "stance_pct", "swing_pct", "single_support_pct", "double_support_pct", "foot_off_pct",
            "opposite_foot_off_pct", "opposite_foot_contact_pct");

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new StpCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void csvHasTheStableHeaderNamesAndUnitsAndTheLibraryValuesInAnyLocale() throws Exception {
        Locale original = Locale.getDefault();
        Run run;
        try {
            Locale.setDefault(Locale.GERMANY); // decimal comma locale: the CSV must still use '.'
            run = run(SharedData.resolve(FULL).toString(), "--csv");
        } finally {
            Locale.setDefault(original);
        }
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("parameter,side,value,unit", lines.get(0));
        C3dFile file = C3dReader.read(SharedData.resolve(FULL));
        SpatiotemporalTable library = Spatiotemporal.compute(file, C3dTrials.gaitEvents(file), OptionalDouble.empty());
        Set<String> names = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(4, cells.length, line);
            assertTrue(STABLE_NAMES.contains(cells[0]), "stable name: " + line);
            assertTrue(List.of("left", "right", "both").contains(cells[1]), line);
            SpatiotemporalParameter parameter = SpatiotemporalParameter.fromId(cells[0]).orElseThrow();
            assertEquals(parameter.unit(), cells[3], line);
            double expected = library.value(parameter, ParameterSide.valueOf(cells[1].toUpperCase(Locale.ROOT))).orElseThrow();
            assertEquals(expected, Double.parseDouble(cells[2]), 5e-7, "printed with 6 decimals: " + line);
            names.add(cells[0]);
        }
        assertEquals(new HashSet<>(STABLE_NAMES), names, "this file has all events and markers: every parameter is there");
        assertTrue(lines.contains(lines.stream().filter(l -> l.startsWith("cadence,both,")).findFirst().orElseThrow()));
        List<String> units = List.of("steps/min", "m/s", "s", "s", "m", "m", "m", "%", "%", "%", "%", "%", "%", "%");
        for (int i = 0; i < STABLE_NAMES.size(); i++) {
            assertEquals(units.get(i), SpatiotemporalParameter.fromId(STABLE_NAMES.get(i)).orElseThrow().unit(), STABLE_NAMES.get(i));
        }
    }

    @Test
    void textSaysWhichEventsAndHowManyCyclesPerSide() {
        Run run = run(SharedData.resolve(FULL).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Events: stored in the file: 12 events"), run.out());
        assertTrue(run.out().contains("Complete cycles averaged: left 2, right 2"), run.out());
        assertTrue(run.out().contains("Walking direction: +x; lengths from the TOE markers; leg length 800 mm"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("Cadence") && l.contains("steps/min")), run.out());
        assertTrue(run.out().contains("Notes:") && run.out().contains("0 opposite foot off(s)"), "the partial right cycle is explained");
    }

    @Test
    void aFileWithoutEventsIsAnalysedWithDetectedEventsAndSaysSo() {
        Run run = run(SharedData.resolve(NO_EVENTS).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Events: detected by org.ambulo.events."), run.out());
        assertTrue(run.out().contains("the file stores none"), run.out());
        assertTrue(run.out().contains("treadmill or walking in place"), "no stride length on a treadmill, and it says so: " + run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("Stride time")), run.out());
    }

    @Test
    void aBrokenFileIsBadInputNamingIt() {
        Run run = run(SharedData.resolve(EMPTY).toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("Empty.c3d"), run.err());
        Run missing = run("/no/such/Walk01.c3d");
        assertEquals(ExitCode.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("Walk01.c3d does not exist"), missing.err());
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        Run run = run();
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("give one C3D file"), run.err());
        assertEquals(ExitCode.USAGE, run("--csv").exitCode());
        assertEquals("", run.out());
    }
}
