package org.ambulo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ambulo.model.Side;
import org.ambulo.norms.GaitVariable;
import org.ambulo.norms.GdiBasis;
import org.ambulo.norms.LabNormBuilder;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormCurve;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormJson;
import org.ambulo.norms.PatientCycles;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ambulo norms list|build}. The build test makes a controls folder in @TempDir from copies of OpenMA's
 * Plug-in Gait pairs (five subjects), builds lab norms, reads the file back with {@link NormJson} and uses it as a
 * dataset for {@code ambulo indices} (GDI included).
 */
class NormsCommandTest {

    private static final String PIG = IndicesCommandTest.PIG;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(List<NormDataset> datasets, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new NormsCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> datasets).run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listShowsProvenanceOfEveryInstalledDataset() {
        Run r = run(IndicesCommandTest.installed(), "list");
        assertEquals(ExitCode.OK, r.exitCode(), r.err());
        for (NormDataset d : IndicesCommandTest.installed()) {
            assertTrue(r.out().contains(d.id() + " (version " + d.provenance().version() + ")"), d.id() + ": " + r.out());
            assertTrue(r.out().contains(d.provenance().citation()), r.out());
            assertTrue(r.out().contains(d.provenance().licence()), r.out());
        }
        assertTrue(r.out().contains("very-slow [n=") && r.out().contains("4 to <18 y"), r.out());
        assertTrue(r.out().contains("96: ") && r.out().contains("... (88 more)"), "stpranges' 96 bins are summarised: " + r.out());
        assertTrue(r.out().contains("WARNING: origin only partly documented"), "stpranges' provenance warning: " + r.out());
        assertEquals(ExitCode.OK, run(List.of(), "list").exitCode());
    }

    /** A control subject folder: copies of a static/dynamic pair and its subject.json. */
    private static void subject(Path controls, String name, String pair, String json) throws Exception {
        subject(controls, name, "PiG_Calibration-" + pair + ".c3d", "PiG_Motion-" + pair + ".c3d", json);
    }

    private static void subject(Path controls, String name, String staticFile, String dynamicFile, String json) throws Exception {
        Path folder = Files.createDirectories(controls.resolve(name));
        Files.copy(SharedData.resolve(PIG + staticFile), folder.resolve("Static.c3d"));
        Files.copy(SharedData.resolve(PIG + dynamicFile), folder.resolve("Walk01.c3d"));
        Files.writeString(folder.resolve(NormsCommand.SUBJECT_FILE), json);
    }

    @Test
    void buildsLabNormsThatReadBackAndServeAsADataset(@TempDir Path dir) throws Exception {
        Path controls = dir.resolve("controls");
        String options = "\"footFlat\": true, \"markerDiameterMm\": 16";
        subject(controls, "c01", "FlatFoot-One", "{\"ageYears\": 10.5, \"sex\": \"m\", " + options + "}");
        subject(controls, "c02", "FlatFoot-Hole", "{\"ageYears\": 11, \"sex\": \"m\", " + options + "}");
        subject(controls, "c03", "FlatFoot-Full", "{\"ageYears\": 12.2, \"sex\": \"f\", " + options + "}");
        // the fourth subject (OpenMA's "flatFoot" pair) names its static trial and its measurements file in subject.json
        Path c04 = Files.createDirectories(controls.resolve("c04"));
        Files.copy(SharedData.resolve(PIG + "PiG_Calibration3_FF.c3d"), c04.resolve("Standing.c3d"));
        Files.copy(SharedData.resolve(PIG + "PiG_Motion3_FF.c3d"), c04.resolve("Walk01.c3d"));
        Files.writeString(c04.resolve("anthro.mp"), "$Bodymass = 74\n$LeftLegLength = 920\n$RightLegLength = 920\n$LeftKneeWidth = 102\n"
                + "$RightKneeWidth = 102\n$LeftAnkleWidth = 70\n$RightAnkleWidth = 70\n");
        Files.writeString(c04.resolve(NormsCommand.SUBJECT_FILE),
                "{\"ageYears\": 13, \"static\": \"Standing.c3d\", \"subject\": \"anthro.mp\", \"footFlat\": true}");
        subject(controls, "c05", "PiGKad_Calibration.c3d", "PiGKad_Motion.c3d", "{\"ageYears\": 12.8}");
        Files.createDirectories(controls.resolve("notes")); // no subject.json: skipped with a note
        Path file = dir.resolve("lab-norms.json");
        Run r = run(List.of(), "build", controls.toString(), "-o", file.toString(), "--id", "mylab", "--version", "2026.1");
        assertEquals(ExitCode.OK, r.exitCode(), r.err() + r.out());
        assertTrue(r.out().contains("notes: no subject.json"), r.out());

        NormDataset lab = NormJson.read(file);
        assertEquals("mylab", lab.id());
        assertEquals("2026.1", lab.provenance().version());
        assertEquals(1, lab.bins().size(), "default: one band spanning the cohort");
        NormBin bin = lab.bins().get(0);
        assertEquals(10, bin.age().minYears());
        assertEquals(14, bin.age().maxYears());
        assertEquals(5, bin.n());
        for (GaitVariable v : GaitVariable.gpsVariables()) {
            assertTrue(bin.curve(v).isPresent(), v.id());
        }
        assertTrue(bin.spatiotemporal("walking_speed").isPresent(), bin.spatiotemporal().keySet().toString());

        // the file holds what LabNormBuilder computes from the same subjects (JSON round trip within 1e-9)
        List<String> notes = new ArrayList<>();
        List<org.ambulo.norms.ControlSubject> subjects = new ArrayList<>();
        for (String name : List.of("c01", "c02", "c03", "c04", "c05")) {
            subjects.add(NormsCommand.control(controls.resolve(name), notes).orElseThrow());
        }
        NormBin direct = LabNormBuilder.build(lab.provenance(), subjects, List.of(bin.age())).dataset().bins().get(0);
        int cycles = 0;
        for (org.ambulo.norms.ControlSubject s : subjects) {
            PatientCycles c = s.cycles();
            cycles += c.cycleCount(Side.LEFT) + c.cycleCount(Side.RIGHT);
        }
        assertEquals(direct.gdiControls().size(), bin.gdiControls().size());
        assertTrue(bin.gdiControls().size() <= cycles && bin.gdiControls().size() > GdiBasis.DEFAULT_FEATURES,
                bin.gdiControls().size() + " control cycles of " + cycles);
        for (Map.Entry<GaitVariable, NormCurve> e : direct.curves().entrySet()) {
            NormCurve read = bin.curve(e.getKey()).orElseThrow();
            for (int i = 0; i < read.mean().length; i++) {
                assertEquals(e.getValue().mean()[i], read.mean()[i], 1e-9, e.getKey().id());
                assertEquals(e.getValue().sd()[i], read.sd()[i], 1e-9, e.getKey().id());
            }
        }
        // GDI scale: the controls' own cycles average exactly 100 (definition of the log-distance z-score)
        GdiBasis basis = LabNormBuilder.gdiBasis(lab, bin);
        double sum = 0;
        for (double[] v : bin.gdiControls()) {
            sum += basis.gdi(v);
        }
        assertEquals(100, sum / bin.gdiControls().size(), 1e-9);

        // imported from its file with --norms-file, it serves as a dataset: ambulo indices prints GPS, GVS and GDI
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new IndicesCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                List::of).run(
                        List.of("--static", IndicesCommandTest.data(PIG + "PiG_Calibration-FlatFoot-Full.c3d"), "--dynamic",
                                IndicesCommandTest.data(PIG + "PiG_Motion-FlatFoot-Full.c3d"), "--foot-flat", "--marker-diameter", "16",
                                "--age", "12", "--norms-file", file.toString(), "--norms", "mylab", "--csv"));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        Map<String, Double> rows = IndicesCommandTest.rows(csv);
        assertTrue(rows.containsKey("GDI,left") && rows.containsKey("GDI,right"), csv);
        assertTrue(csv.contains("# GDI basis: 2026.1/" + bin.id()), csv);
        System.out.println("lab norms: " + bin.gdiControls().size() + " GDI control cycles; FlatFoot-Full (a control) GDI left "
                + rows.get("GDI,left") + ", right " + rows.get("GDI,right") + ", GPS overall " + rows.get("GPS,overall"));
    }

    /** A lab norm file kept in the store: stored by a physician, listed, and refused a second time. */
    @Test
    void labNormsAreKeptInTheStore(@TempDir Path dir) throws Exception {
        Path controls = dir.resolve("controls");
        String options = "\"footFlat\": true, \"markerDiameterMm\": 16";
        subject(controls, "c01", "FlatFoot-One", "{\"ageYears\": 10.5, \"sex\": \"m\", " + options + "}");
        subject(controls, "c02", "FlatFoot-Hole", "{\"ageYears\": 11, \"sex\": \"m\", " + options + "}");
        subject(controls, "c03", "FlatFoot-Full", "{\"ageYears\": 12.2, \"sex\": \"f\", " + options + "}");
        Path file = dir.resolve("lab-norms.json");
        assertEquals(ExitCode.OK,
                run(List.of(), "build", controls.toString(), "-o", file.toString(), "--id", "mylab", "--version", "1").exitCode());
        Path config = dir.resolve("store.properties");
        Files.writeString(config, "engine=h2\nh2.folder=" + dir.resolve("store") + "\n");

        Run stored = inStore(dir, "store", file.toString(), "--store", config.toString(), "--user", "drx", "--role", "physician");
        assertEquals(ExitCode.OK, stored.exitCode(), stored.err());
        assertTrue(stored.out().startsWith("stored norm dataset mylab version 1: 1 bin, ages 10-13 years, sha256 "), stored.out());
        Run listed = inStore(dir, "stored", "--csv", "--store", config.toString());
        assertEquals(ExitCode.OK, listed.exitCode(), listed.err());
        List<String> rows = listed.out().lines().toList();
        assertEquals(StoreCommand.NORMS_CSV_HEADER, rows.get(0));
        assertTrue(rows.get(1).startsWith("mylab,1,") && rows.get(1).endsWith(",drx"), rows.get(1));
        Run again = inStore(dir, "store", file.toString(), "--store", config.toString(), "--role", "physician");
        assertEquals(ExitCode.BAD_INPUT, again.exitCode());
        assertTrue(again.err().contains("mylab") && again.err().contains("drx"), again.err());
        Run technician = inStore(dir, "store", file.toString(), "--store", config.toString(), "--role", "technician");
        assertEquals(ExitCode.BAD_INPUT, technician.exitCode());
        assertTrue(technician.err().contains("TECHNICIAN"), technician.err());
    }

    private static Run inStore(Path home, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new NormsCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                List::of, new StoreAccess(Map.of(), home)).run(List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exitCodes(@TempDir Path dir) throws Exception {
        assertEquals(ExitCode.USAGE, run(List.of()).exitCode());
        assertEquals(ExitCode.USAGE, run(List.of(), "bogus").exitCode());
        assertEquals(ExitCode.USAGE, run(List.of(), "build", dir.toString()).exitCode(), "no -o");
        assertEquals(ExitCode.USAGE, run(List.of(), "build", dir.toString(), "-o", "x.json", "--id", "Upper").exitCode());
        assertEquals(ExitCode.USAGE, run(List.of(), "build", dir.toString(), "-o", "x.json", "--bands", "4to8").exitCode());
        Run missing = run(List.of(), "build", dir.resolve("nothere").toString(), "-o", dir.resolve("x.json").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("nothere"), missing.err());
        Run empty = run(List.of(), "build", dir.toString(), "-o", dir.resolve("x.json").toString());
        assertEquals(ExitCode.BAD_INPUT, empty.exitCode());
        assertTrue(empty.err().contains("0 usable control subject"), empty.err());
        Path bad = Files.createDirectories(dir.resolve("s1"));
        Files.writeString(bad.resolve(NormsCommand.SUBJECT_FILE), "{\"sex\": \"f\"}");
        Run noAge = run(List.of(), "build", dir.toString(), "-o", dir.resolve("x.json").toString());
        assertEquals(ExitCode.BAD_INPUT, noAge.exitCode());
        assertTrue(noAge.err().contains("s1") && noAge.err().contains("ageYears"), noAge.err());
        Files.writeString(bad.resolve(NormsCommand.SUBJECT_FILE), "{\"ageYears\": 10,\n \"sex\": }");
        Run broken = run(List.of(), "build", dir.toString(), "-o", dir.resolve("x.json").toString());
        assertEquals(ExitCode.BAD_INPUT, broken.exitCode());
        assertTrue(broken.err().contains("s1") && broken.err().contains("not valid JSON") && broken.err().contains("line 2"), broken.err());
        Files.writeString(bad.resolve(NormsCommand.SUBJECT_FILE), "{\"ageYears\": 10, \"sex\": [\"f\"]}");
        Run nested = run(List.of(), "build", dir.toString(), "-o", dir.resolve("x.json").toString());
        assertEquals(ExitCode.BAD_INPUT, nested.exitCode());
        assertTrue(nested.err().contains("\"sex\" must be a string, number, true, false or null"), nested.err());
    }

    @Test
    void aBrokenLabNormsFileIsBadInputNamingIt(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken-norms.json"), "{\"format\": \"ambulo-norms\", ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new IndicesCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                List::of).run(
                        List.of("--static", IndicesCommandTest.data(PIG + "PiG_Calibration-FlatFoot-Full.c3d"), "--dynamic",
                                IndicesCommandTest.data(PIG + "PiG_Motion-FlatFoot-Full.c3d"), "--norms-file", broken.toString(), "--csv"));
        assertEquals(ExitCode.BAD_INPUT, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken-norms.json"), err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
