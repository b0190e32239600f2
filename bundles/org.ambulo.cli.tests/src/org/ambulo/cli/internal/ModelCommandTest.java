package org.ambulo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.PointType;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ambulo model}: outputs written under the Nexus names, the comparison with Nexus, the exit codes. */
class ModelCommandTest {

    private static final String PIG = "OpenMA__openma-data/input/c3d/plugingait/";
    /** Processed by Plug-in Gait, without PROCESSING group and without static trial. */
    private static final String SAMPLE03 = "biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_03/gait-pig.c3d";

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ModelCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String data(String relative) {
        return SharedData.resolve(relative).toString();
    }

    @Test
    void writesOutputsUnderNexusNamesAndMatchesNexus(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("OUT.c3d");
        Run r = run("--static", data(PIG + "PiGKadMed_Calibration.c3d"), "--dynamic", data(PIG + "PiGKadMed_Motion.c3d"), "-o",
                out.toString(),
                "--compare");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("KAD_MEDIAL"), r.out());
        C3dFile written = C3dReader.read(out);
        for (String name : List.of("LPelvisAngles", "RHipAngles", "LKneeAngles", "RAnkleAngles", "LFootProgressAngles")) {
            int p = written.pointIndex(name).orElseThrow();
            assertEquals(PointType.ANGLE, written.points().get(p).type(), name);
            assertEquals(1, written.points().stream().filter(q -> q.label().equals(name)).count(), name + " once: the input's is replaced");
        }
        assertTrue(written.pointIndex("LHJC").isPresent());
        // --compare: every angle row within 1e-3 deg of Nexus (we reach 1e-4 on this pair)
        int rows = 0;
        for (String line : r.out().split("\\R")) {
            if (line.matches("[LR]\\w+Angles\\s.*")) {
                String[] cells = line.trim().split("\\s+");
                for (int k = 2; k <= 4; k++) {
                    assertTrue(Double.parseDouble(cells[k]) < 1e-3, line);
                }
                rows++;
            }
        }
        assertEquals(10, rows, r.out());
    }

    /**
     * Kinetics written with the Nexus names and point types, and compared: on PiG_Motion-FlatFoot-One (16 mm markers)
     * every moment within the goal of 20 N.mm/kg RMS and every power within 0.05 W/kg over the valid stance phases.
     */
    @Test
    void kineticsAreWrittenAndCompared(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("kinetics.c3d");
        Run r = run("--dynamic", data(PIG + "PiG_Motion-FlatFoot-One.c3d"), "--marker-diameter", "16", "-o", out.toString(), "--compare");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("moments in the distal frame"), r.out());
        C3dFile written = C3dReader.read(out);
        assertEquals(PointType.MOMENT, written.points().get(written.pointIndex("LKneeMoment").orElseThrow()).type());
        assertEquals(PointType.POWER, written.points().get(written.pointIndex("RAnklePower").orElseThrow()).type());
        assertEquals(PointType.FORCE, written.points().get(written.pointIndex("LGroundReactionForce").orElseThrow()).type());
        int moments = 0;
        int powers = 0;
        for (String line : r.out().split("\\R")) {
            String[] cells = line.trim().split("\\s+");
            if (line.matches("[LR](Hip|Knee|Ankle)Moment\\s.*")) {
                for (int k = 5; k <= 7; k++) {
                    assertTrue(Double.parseDouble(cells[k]) <= 20, line);
                }
                moments++;
            } else if (line.matches("[LR](Hip|Knee|Ankle)Power\\s.*")) {
                assertTrue(Double.parseDouble(cells[7]) <= 0.05, line);
                powers++;
            }
        }
        assertEquals(6, moments, r.out());
        assertEquals(6, powers, r.out());
        Run without = run("--dynamic", data(PIG + "PiG_Motion-FlatFoot-One.c3d"), "--compare", "--no-kinetics");
        assertEquals(ExitCode.OK, without.exitCode(), without.err());
        assertTrue(!without.out().contains("LKneeMoment"), without.out());
        assertEquals(ExitCode.USAGE, run("--dynamic", "x.c3d", "--compare", "--moments", "sideways").exitCode());
    }

    @Test
    void storedCalibrationWithoutStatic(@TempDir Path dir) {
        Path out = dir.resolve("walk.c3d");
        Run r = run("--dynamic", data(PIG + "PiGKad_Motion.c3d"), "-o", out.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(Files.isRegularFile(out));
        // this trial stores its markers unfiltered: the model's note that its kinetics are unreliable is printed
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("note: markers look unfiltered") && l.contains("RANK")), r.out());
        assertTrue(r.out().contains("centreOfMassCutoffHz"), "the note names the setting that helps: " + r.out());
    }

    /** The raw-marker trial with the centre-of-mass smoothing the note suggests: the note says it was applied. */
    @Test
    void centreOfMassCutoffForUnfilteredMarkers() {
        Run r = run("--dynamic", data(PIG + "PiGKad_Motion.c3d"), "--compare", "--com-cutoff-hz", "35");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("note: markers look unfiltered") && l.contains("cut-off 35.0 Hz")), r.out());
        assertEquals(ExitCode.USAGE, run("--dynamic", "x.c3d", "--compare", "--com-cutoff-hz", "0").exitCode());
        assertEquals(ExitCode.USAGE, run("--dynamic", "x.c3d", "--compare", "--com-cutoff-hz", "fast").exitCode());
    }

    @Test
    void subjectFile(@TempDir Path dir) throws Exception {
        Path mp = dir.resolve("subject.mp");
        Files.writeString(mp, String.format(Locale.ROOT,
                "$Bodymass = 74%n$LeftLegLength = 920%n$RightLegLength = 920%n$LeftKneeWidth = 102%n$RightKneeWidth = 102%n"
                        + "$LeftAnkleWidth = 70%n$RightAnkleWidth = 70%n"));
        Run r = run("--static", data(PIG + "PiG_Calibration3_FF.c3d"), "--dynamic", data(PIG + "PiG_Motion3_FF.c3d"), "--subject",
                mp.toString(),
                "--foot-flat", "--compare");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("subject from subject.mp"), r.out());
    }

    @Test
    void exitCodes(@TempDir Path dir) {
        assertEquals(ExitCode.USAGE, run().exitCode());
        assertEquals(ExitCode.USAGE, run("--dynamic", "x.c3d").exitCode(), "neither -o nor --compare");
        assertEquals(ExitCode.USAGE, run("--dynamic", "x.c3d", "-o", "y.c3d", "--bogus").exitCode());
        assertEquals(ExitCode.USAGE, run("--dynamic", "x.c3d", "--compare", "--marker-diameter", "big").exitCode());
        Run missing = run("--dynamic", dir.resolve("nothere.c3d").toString(), "--compare");
        assertEquals(ExitCode.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("nothere.c3d"), missing.err());
        Run noSubject = run("--dynamic", data(SAMPLE03), "--compare");
        assertEquals(ExitCode.BAD_INPUT, noSubject.exitCode());
        assertTrue(noSubject.err().contains("gait-pig.c3d") && noSubject.err().contains("LLegLength"), noSubject.err());
    }
}
