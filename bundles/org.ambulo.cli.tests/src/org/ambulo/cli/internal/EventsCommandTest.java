package org.ambulo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.events.EventComparison;
import org.ambulo.events.EventDetection;
import org.ambulo.events.EventDifference;
import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetection;
import org.ambulo.model.GaitEvent;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ambulo events} on real trials: output, comparison, writing the events back, and the exit codes. */
class EventsCommandTest {

    private static final String TRIAL = "OpenMA__openma-data/input/c3d/plugingait/PiG_Motion3_FF.c3d";

    private record Run(int exitCode, String out, String err) {
        List<String> tableLines(String header) {
            List<String> lines = out.lines().toList();
            int start = lines.indexOf(header);
            assertTrue(start >= 0, header + " in " + out);
            return lines.subList(start + 1, lines.size()).stream().takeWhile(l -> !l.startsWith("#") && !l.startsWith("side\t")).toList();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new EventsCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static EventDetection expected(Path file) throws Exception {
        return GaitEventDetection.detect(C3dReader.read(file), EventSettings.defaults());
    }

    @Test
    void printsTheDetectedEventsOfARealTrial() throws Exception {
        Path file = SharedData.resolve(TRIAL);
        Run run = run(file.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        EventDetection detection = expected(file);
        List<String> rows = run.tableLines(EventsCommand.HEADER);
        assertEquals(detection.events().size(), rows.size(), run.out());
        GaitEvent first = detection.events().get(0);
        assertEquals(first.side().name().toLowerCase() + "\t" + first.type().viconLabel(),
                rows.get(0).substring(0, rows.get(0).indexOf('\t',
                        rows.get(0).indexOf('\t') + 1)));
        assertTrue(run.out().contains(GaitEventDetection.FORCE_PLATE_ID) && run.out().contains(GaitEventDetection.ZENI_ID), run.out());
        assertTrue(run.out().contains("kinematic events shifted"), "findings printed: " + run.out());
    }

    @Test
    void compareShowsTheDifferenceFromTheStoredEvents() throws Exception {
        Path file = SharedData.resolve(TRIAL);
        Run run = run(file.toString(), "--compare");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        C3dFile c3d = C3dReader.read(file);
        List<EventDifference> differences = EventComparison.compare(expected(file).events(), C3dTrials.gaitEvents(c3d), c3d.pointRateHz(),
                EventSettings.defaults().matchWindowSeconds());
        List<String> rows = run.tableLines(EventsCommand.COMPARE_HEADER);
        assertEquals(4, rows.size(), run.out());
        for (int i = 0; i < 4; i++) {
            String[] cells = rows.get(i).split("\t");
            assertEquals(differences.get(i).matched(), Integer.parseInt(cells[2]), rows.get(i));
            assertEquals(differences.get(i).maxAbsFrames(), Double.parseDouble(cells[4]), 0.005, "printed with 2 decimals: " + rows.get(i));
        }
    }

    @Test
    void compareSaysSoWhenTheFileHasNoStoredEvents() {
        Run run = run(SharedData.resolve("DART-Lab-LLUI__python-gaitalytics/tests/treadmill_no_events.c3d").toString(), "--compare");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("no stored events in treadmill_no_events.c3d"), run.out());
        assertTrue(run.tableLines(EventsCommand.HEADER).size() > 40, "12 s of treadmill walking: over 40 events detected");
    }

    @Test
    void outputHoldsTheDetectedEventsInTheViconConventionAndTheOriginalMarkers(@TempDir Path dir) throws Exception {
        Path file = SharedData.resolve(TRIAL);
        Path written = dir.resolve("events.c3d");
        Run run = run(file.toString(), "-o", written.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());

        C3dFile original = C3dReader.read(file);
        C3dFile back = C3dReader.read(written);
        List<GaitEvent> detected = expected(file).events();
        List<GaitEvent> stored = C3dTrials.gaitEvents(back);
        assertEquals(detected.size(), stored.size(), "stored events replaced by the detected ones");
        for (int i = 0; i < detected.size(); i++) {
            assertEquals(detected.get(i).side(), stored.get(i).side());
            assertEquals(detected.get(i).type(), stored.get(i).type());
            // TIMES are 32-bit floats: 1e-5 s is far below a frame.
            assertEquals(detected.get(i).timeSeconds(), stored.get(i).timeSeconds(), 1e-5);
        }
        List<String> contexts = back.parameters().strings("EVENT", "CONTEXTS");
        List<String> labels = back.parameters().strings("EVENT", "LABELS");
        assertEquals(detected.size(), contexts.size());
        assertTrue(contexts.stream().allMatch(c -> c.equals("Left") || c.equals("Right")), contexts.toString());
        assertTrue(labels.stream().allMatch(l -> l.equals("Foot Strike") || l.equals("Foot Off")), labels.toString());
        C3dParameter times = back.parameters().parameter("EVENT", "TIMES").orElseThrow();
        assertEquals(2, times.dimensions()[0], "minutes/seconds pairs");
        double[] values = times.numbers();
        for (int i = 0; i < detected.size(); i++) {
            double t = detected.get(i).timeSeconds();
            assertEquals(Math.floor(t / 60), values[2 * i], 0.0, "minutes");
            assertEquals(t - 60 * Math.floor(t / 60), values[2 * i + 1], 1e-5, "seconds");
        }
        assertEquals(original.points(), back.points());
        assertArrayEquals(original.pointData().samples(), back.pointData().samples(), "markers bit-identical");
    }

    @Test
    void eventsAreWrittenEvenWhenTheFileHadNone(@TempDir Path dir) throws Exception {
        Path written = dir.resolve("treadmill.c3d");
        Run run = run(SharedData.resolve("DART-Lab-LLUI__python-gaitalytics/tests/treadmill_no_events.c3d").toString(), "--detector",
                "zeni",
                "-o", written.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<GaitEvent> back = C3dTrials.gaitEvents(C3dReader.read(written));
        assertTrue(back.size() > 40, back.size() + " events");
    }

    @Test
    void aBrokenFileIsBadInputNamingIt() {
        Run run = run(SharedData.resolve("OpenMA__openma-data/input/c3d/other/Empty.c3d").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("Empty.c3d"), run.err());
    }

    @Test
    void aFileWithoutFootMarkersIsBadInputNamingTheMarkers() {
        Run run = run(SharedData.resolve("pyomeca__ezc3d-testFiles/Kistler.c3d").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("Kistler.c3d") && run.err().contains("LHEE"), run.err());
    }

    @Test
    void aMissingFileIsBadInput() {
        Run run = run("/nonexistent/Walk01.c3d");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("/nonexistent/Walk01.c3d"), run.err());
    }

    @Test
    void wrongUsageExits64() {
        assertEquals(ExitCode.USAGE, run().exitCode(), "no file");
        assertEquals(ExitCode.USAGE, run("--compare").exitCode(), "option only");
        assertEquals(ExitCode.USAGE, run("a.c3d", "-o").exitCode(), "-o without a value");
        Run unknown = run("a.c3d", "--detector", "magic");
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown detector 'magic'"), unknown.err());
    }
}
