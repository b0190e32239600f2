package org.ambulo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.model.Side;
import org.ambulo.norms.GaitIndices;
import org.ambulo.norms.GaitVariable;
import org.ambulo.norms.MovementAnalysisProfile;
import org.ambulo.norms.NexusCurves;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.supplier.pinzone2014.internal.Pinzone2014Dataset;
import org.ambulo.norms.supplier.schwartz2008.internal.Schwartz2008Dataset;
import org.ambulo.norms.supplier.stpranges.internal.StpRangesDataset;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ambulo indices}: GVS/GPS from Ambulo's CGM kinematics against the same indices computed from the Nexus
 * outputs stored in the dynamic trial ({@link NexusCurves}, same events, same norms). Our CGM reproduces those
 * angles within 1e-4° per frame; the GVS is an RMS of differences from the norm mean, so it can move by at most the
 * largest angle difference: tolerance {@value #TOLERANCE_DEG}°, ten times the model's agreement.
 */
class IndicesCommandTest {

    static final String PIG = "OpenMA__openma-data/input/c3d/plugingait/";
    static final double TOLERANCE_DEG = 1e-3;

    record Run(int exitCode, String out, String err) {
    }

    static List<NormDataset> installed() {
        return List.of(new Schwartz2008Dataset(), new Pinzone2014Dataset(), new StpRangesDataset());
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new IndicesCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                IndicesCommandTest::installed).run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String data(String relative) {
        return SharedData.resolve(relative).toString();
    }

    /** "index,side" -> value of the CSV rows. */
    static Map<String, Double> rows(String csv) {
        Map<String, Double> out = new LinkedHashMap<>();
        boolean header = false;
        for (String line : csv.split("\\R")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.equals(IndicesCommand.CSV_HEADER)) {
                header = true;
                continue;
            }
            String[] cells = line.split(",");
            assertEquals(3, cells.length, line);
            out.put(cells[0] + "," + cells[1], Double.parseDouble(cells[2]));
        }
        assertTrue(header, "CSV header present: " + csv);
        return out;
    }

    /** The dataset/bin the "# norms:" line names. */
    static String[] normsUsed(String csv) {
        String line = Arrays.stream(csv.split("\\R")).filter(l -> l.startsWith("# norms: ")).findFirst().orElseThrow();
        return line.substring("# norms: ".length(), line.indexOf(':', "# norms: ".length())).split("/");
    }

    /** The same indices from the Nexus outputs stored in the dynamic trial, cut by its stored events. */
    static MovementAnalysisProfile fromNexus(String dynamic, String[] norms) throws Exception {
        C3dFile file = C3dReader.read(SharedData.resolve(PIG + dynamic));
        NormDataset dataset = installed().stream().filter(d -> d.id().equals(norms[0])).findFirst().orElseThrow();
        NormBin bin = dataset.bin(norms[1]).orElseThrow();
        return GaitIndices.compute(NexusCurves.cycles(file, C3dTrials.gaitEvents(file)), dataset, bin);
    }

    /**
     * OpenMA's pairs with the options of their kinematics tests (openma_plugingait_tests.json: 16 mm markers, foot flat
     * on). Every GVS and GPS row agrees with the Nexus-based value within {@value #TOLERANCE_DEG}°.
     */
    @Test
    void gvsAndGpsFromOurKinematicsMatchThoseFromNexusOutputs() throws Exception {
        for (String pair : List.of("FlatFoot-Full", "FlatFoot-One", "FlatFoot-Hole")) {
            matchesNexus("PiG_Calibration-" + pair + ".c3d", "PiG_Motion-" + pair + ".c3d");
        }
    }

    private static void matchesNexus(String staticName, String dynamicName) throws Exception {
        Run r = run("--static", data(PIG + staticName), "--dynamic", data(PIG + dynamicName), "--foot-flat", "--marker-diameter", "16",
                "--age", "12", "--csv");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        Map<String, Double> rows = rows(r.out());
        MovementAnalysisProfile nexus = fromNexus(dynamicName, normsUsed(r.out()));
        List<String> compared = new ArrayList<>();
        double worst = 0;
        for (Side side : Side.values()) {
            String s = side.name().toLowerCase(Locale.ROOT);
            worst = Math.max(worst, check(rows, "GPS," + s, nexus.gps(side).getAsDouble(), compared));
            for (GaitVariable v : GaitVariable.gpsVariables()) {
                worst = Math.max(worst, check(rows, "GVS_" + v.id() + "," + s, nexus.gvs(side, v).getAsDouble(), compared));
            }
        }
        worst = Math.max(worst, check(rows, "GPS,overall", nexus.overallGpsDeg().getAsDouble(), compared));
        assertEquals(21, compared.size(), compared.toString());
        System.out.printf(Locale.ROOT, "%s: largest |ours - Nexus-based| %.2e deg over %d indices; GPS overall %.3f deg%n", dynamicName,
                worst, compared.size(), rows.get("GPS,overall"));
        assertTrue(r.out().contains("# events: stored in the file")
                && r.out().contains("cycles used: left " + nexus.cyclesUsed().get(Side.LEFT)
                        + ", right " + nexus.cyclesUsed().get(Side.RIGHT)),
                "same cycles as from the Nexus outputs: " + r.out());
        assertTrue(r.out().contains("# GDI: not computed"), r.out());
    }

    private static double check(Map<String, Double> rows, String key, double expected, List<String> compared) {
        Double actual = rows.get(key);
        assertTrue(actual != null, "row " + key + " missing");
        double d = Math.abs(actual - expected);
        assertTrue(d <= TOLERANCE_DEG, key + ": ours " + actual + ", from Nexus outputs " + expected);
        compared.add(key);
        return d;
    }

    /**
     * A 12-year-old: the automatic choice is the Schwartz 2008 group nearest the walk's dimensionless speed, and the
     * comment line says why; an adult gets the same children's norms with a warning.
     */
    @Test
    void theNormsAreChosenFromThePatientAndTheChoiceIsExplained() {
        String[] trial = {"--static", data(PIG + "PiG_Calibration-FlatFoot-Full.c3d"), "--dynamic",
                data(PIG + "PiG_Motion-FlatFoot-Full.c3d"),
                "--foot-flat", "--marker-diameter", "16", "--csv"};
        Run child = run(concat(trial, "--age", "12", "--sex", "f"));
        assertEquals(ExitCode.OK, child.exitCode(), child.err());
        assertEquals("schwartz2008", normsUsed(child.out())[0], child.out());
        assertTrue(child.out().contains("the patient's age 12.0 y lies in 4 to <18 y") && child.out().contains("dimensionless speed"),
                child.out());
        assertTrue(child.out().lines().noneMatch(l -> l.startsWith("# warning: no installed norms cover")), child.out());
        Run adult = run(concat(trial, "--age", "35"));
        assertEquals(ExitCode.OK, adult.exitCode(), adult.err());
        assertTrue(adult.out().contains("# warning: no installed norms cover the patient's age 35.0 y"), adult.out());
        Run unknownAge = run(trial);
        assertTrue(unknownAge.out().contains("# warning: patient age unknown"), unknownAge.out());
    }

    /** --norms ID/BIN uses that bin; the GVS change with it (the slow group's mean curves differ from the free ones). */
    @Test
    void normsOptionPicksTheBin() {
        String[] trial = {"--static", data(PIG + "PiG_Calibration-FlatFoot-One.c3d"), "--dynamic",
                data(PIG + "PiG_Motion-FlatFoot-One.c3d"),
                "--foot-flat", "--marker-diameter", "16", "--age", "10", "--csv"};
        Run slow = run(concat(trial, "--norms", "schwartz2008/slow"));
        assertEquals(ExitCode.OK, slow.exitCode(), slow.err());
        assertEquals("slow", normsUsed(slow.out())[1]);
        assertTrue(slow.out().contains("requested with --norms schwartz2008/slow"), slow.out());
        Run free = run(concat(trial, "--norms", "schwartz2008/free"));
        assertTrue(Math.abs(rows(slow.out()).get("GVS_knee_flexion,left") - rows(free.out()).get("GVS_knee_flexion,left")) > 0.1);
        Run dataset = run(concat(trial, "--norms", "pinzone2014"));
        assertEquals("pinzone2014", normsUsed(dataset.out())[0], dataset.out());
        Run unknown = run(concat(trial, "--norms", "nosuch"));
        assertEquals(ExitCode.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("no installed norm dataset 'nosuch'"), unknown.err());
        Run badBin = run(concat(trial, "--norms", "schwartz2008/medium"));
        assertEquals(ExitCode.BAD_INPUT, badBin.exitCode());
        assertTrue(badBin.err().contains("very-slow"), "lists the bins: " + badBin.err());
        Run stpOnly = run(concat(trial, "--norms", "stpranges/female-8-normal"));
        assertEquals(ExitCode.BAD_INPUT, stpOnly.exitCode(), "spatiotemporal ranges have no curves");
    }

    @Test
    void readableTable() {
        Run r = run("--static", data(PIG + "PiG_Calibration-FlatFoot-One.c3d"), "--dynamic", data(PIG + "PiG_Motion-FlatFoot-One.c3d"),
                "--foot-flat", "--marker-diameter", "16", "--age", "10");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("GVS knee_flexion") && r.out().contains("Overall") && !r.out().contains(IndicesCommand.CSV_HEADER),
                r.out());
    }

    @Test
    void exitCodes(@TempDir Path dir) {
        assertEquals(ExitCode.USAGE, run().exitCode());
        assertEquals(ExitCode.USAGE, run("--dynamic", "x.c3d").exitCode(), "no static");
        assertEquals(ExitCode.USAGE, run("--static", "s.c3d", "--dynamic", "x.c3d", "--sex", "x").exitCode());
        assertEquals(ExitCode.USAGE, run("--static", "s.c3d", "--dynamic", "x.c3d", "--age", "old").exitCode());
        assertEquals(ExitCode.USAGE, run("--static", "s.c3d", "--dynamic", "x.c3d", "--bogus").exitCode());
        Run missing = run("--static", data(PIG + "PiG_Calibration-FlatFoot-One.c3d"), "--dynamic", dir.resolve("nothere.c3d").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("nothere.c3d"), missing.err());
        // a static trial without the markers the model needs: the file is named
        Run noMarkers = run("--static", data("biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_30/emgwl.c3d"), "--dynamic",
                data(PIG + "PiG_Motion-FlatFoot-One.c3d"), "--marker-diameter", "16");
        assertEquals(ExitCode.BAD_INPUT, noMarkers.exitCode(), noMarkers.out() + noMarkers.err());
        assertTrue(noMarkers.err().contains("emgwl.c3d"), noMarkers.err());
    }

    static String[] concat(String[] head, String... tail) {
        String[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
