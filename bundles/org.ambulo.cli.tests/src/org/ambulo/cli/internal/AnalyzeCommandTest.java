package org.ambulo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.cgm.internal.CgmCalibrationProcessor;
import org.ambulo.cgm.internal.CgmKinematicsProcessor;
import org.ambulo.cgm.internal.CgmKineticsProcessor;
import org.ambulo.cli.internal.analysis.SessionAnalysis;
import org.ambulo.cycles.ParameterSide;
import org.ambulo.cycles.SpatiotemporalParameter;
import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.cycles.internal.SegmentProcessor;
import org.ambulo.cycles.internal.SpatiotemporalProcessor;
import org.ambulo.emg.internal.EmgActivationProcessor;
import org.ambulo.emg.internal.EmgProcessProcessor;
import org.ambulo.events.internal.CombinedEventsProcessor;
import org.ambulo.forceplate.internal.ContactsProcessor;
import org.ambulo.forceplate.internal.ReactionsProcessor;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.internal.GaitProfileProcessor;
import org.ambulo.norms.supplier.emgwindows.internal.EmgWindowsDataset;
import org.ambulo.norms.supplier.pinzone2014.internal.Pinzone2014Dataset;
import org.ambulo.norms.supplier.schwartz2008.internal.Schwartz2008Dataset;
import org.ambulo.norms.supplier.stpranges.internal.StpRangesDataset;
import org.ambulo.pipeline.FileDigests;
import org.ambulo.pipeline.MethodRunner;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.ProcessorRegistry;
import org.ambulo.pipeline.ProgressListener;
import org.ambulo.pipeline.TrialLoader;
import org.ambulo.pipeline.TrialOutcome;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionJson;
import org.ambulo.cycles.CycleKeys;
import org.ambulo.report.ReportSection;
import org.ambulo.signal.internal.MarkerGapFillProcessor;
import org.ambulo.signal.internal.MarkerLowPassProcessor;
import org.ambulo.testdata.SharedData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ambulo analyze --demo} end to end on the bundled real walk (kineticstoolkit walk.c3d), with the real processor
 * chain built from the processor classes (outside OSGi): the PDF has every section, its spatiotemporal table shows the
 * engine's numbers, the CSVs, processed C3D and provenance are written and read back, and two runs give the same
 * numbers.
 */
class AnalyzeCommandTest {

    static List<NormDataset> datasets() {
        return List.of(new Schwartz2008Dataset(), new Pinzone2014Dataset(), new StpRangesDataset(), new EmgWindowsDataset());
    }

    static ProcessorRegistry registry() {
        List<Processor<?>> processors = new ArrayList<>(List.of(new MarkerGapFillProcessor(), new MarkerLowPassProcessor(),
                new ReactionsProcessor(), new ContactsProcessor(), new CombinedEventsProcessor(), new CgmCalibrationProcessor(),
                new CgmKinematicsProcessor(), new CgmKineticsProcessor(), new SegmentProcessor(), new SpatiotemporalProcessor(),
                new EmgProcessProcessor(), new EmgActivationProcessor(), new GaitProfileProcessor(datasets())));
        processors.sort(Comparator.comparing(Processor::id));
        return new ProcessorRegistry() {
            @Override
            public Optional<Processor<?>> find(String id) {
                return processors.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public List<Processor<?>> all() {
                return processors;
            }
        };
    }

    record Run(int exit, String out, String err) {
    }

    static Run analyze(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new AnalyzeCommand("test", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> Optional.of(registry()), AnalyzeCommandTest::datasets)
                .run(List.of(args));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path first;
    private static Run firstRun;
    private static String pdfText;

    @BeforeAll
    static void runTheDemo(@TempDir Path dir) throws Exception {
        first = dir.resolve("out");
        firstRun = analyze("--demo", "-o", first.toString());
        assertEquals(0, firstRun.exit(), () -> firstRun.err() + firstRun.out());
        try (PDDocument pdf = Loader.loadPDF(first.resolve("DEMO-2024-001-report.pdf").toFile())) {
            pdfText = new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void thePdfHasEverySectionAndIsMarkedDemo() {
        for (ReportSection section : ReportSection.values()) {
            assertTrue(pdfText.contains(section.heading()), "PDF has section '" + section.heading() + "'");
        }
        assertTrue(pdfText.contains("DEMO-0001"), "patient id printed");
        assertTrue(pdfText.contains("DEMO"), "marked demo");
        assertTrue(firstRun.out().contains("report:"), firstRun.out());
    }

    /** The demo patient is an adult and only child norms are installed: the patient's summary must not claim otherwise. */
    @Test
    void theSummaryForThePatientDoesNotClaimAgeMatchedNorms() {
        String flat = pdfText.replaceAll("\\s+", " ");
        assertTrue(flat.contains("were of a different age than you"), flat);
        assertFalse(flat.contains("people of a similar age"), flat);
    }

    /** The table's numbers are the engine's (walk.c3d through the same method, run separately), at the printed decimals. */
    @Test
    void theSpatiotemporalTableShowsTheEnginesNumbers() throws Exception {
        Session session = SessionJson.read(first.resolve("demo-session/session.json"));
        TrialOutcome outcome = new MethodRunner("test", 1).run(SessionAnalysis.method(session), registry(), Optional.empty(),
                List.of(first.resolve("demo-session/walk.c3d")), TrialLoader.c3d(), ProgressListener.NONE).get(0);
        SpatiotemporalTable engine = ((TrialOutcome.Succeeded) outcome).context().get(CycleKeys.SPATIOTEMPORAL).orElseThrow();
        List<String> csv = Files.readAllLines(first.resolve(csvName("spatiotemporal")));
        int checked = 0;
        for (SpatiotemporalParameter parameter : List.of(SpatiotemporalParameter.WALKING_SPEED, SpatiotemporalParameter.CADENCE,
                SpatiotemporalParameter.STRIDE_TIME, SpatiotemporalParameter.STRIDE_LENGTH, SpatiotemporalParameter.STANCE_PCT)) {
            OptionalDouble left = engine.value(parameter, ParameterSide.LEFT);
            OptionalDouble right = engine.value(parameter, ParameterSide.RIGHT);
            Optional<String> row = csv.stream().filter(l -> l.startsWith(parameter.label() + ",")).findFirst();
            if (row.isEmpty()) {
                continue; // no norm for this parameter: left out of the table and said so in Data quality
            }
            String[] cells = row.get().split(",");
            // CSV: full precision, exactly the engine's double
            assertEquals(left.getAsDouble(), Double.parseDouble(cells[2]), 0.0, parameter.label() + " left (CSV)");
            assertEquals(right.getAsDouble(), Double.parseDouble(cells[3]), 0.0, parameter.label() + " right (CSV)");
            // PDF: the table line holds the label, then left and right at the printed decimals
            int decimals = parameter.unit().equals("%") || parameter.unit().equals("steps/min") ? 1 : 2;
            String expected = format(left.getAsDouble(), decimals) + " " + format(right.getAsDouble(), decimals);
            assertTrue(pdfText.lines().anyMatch(l -> l.startsWith(parameter.label()) && l.contains(expected)),
                    () -> parameter.label() + ": expected '" + expected + "' in a table line of the PDF");
            checked++;
        }
        assertTrue(checked >= 3, "at least walking speed, cadence and stride time are in the table; checked " + checked);
    }

    @Test
    void theCsvsAndTheProcessedC3dAreWrittenAndReadBack() throws Exception {
        List<String> curves = Files.readAllLines(first.resolve(csvName("curves")));
        assertEquals(org.ambulo.report.ReportCsv.CURVES_HEADER, curves.get(0));
        assertTrue(curves.size() > 1000, "curves CSV holds the cycles, " + curves.size() + " lines");
        C3dFile processed = C3dReader.read(first.resolve("walk-processed.c3d"));
        C3dFile original = C3dReader.read(first.resolve("demo-session/walk.c3d"));
        assertEquals(original.frameCount(), processed.frameCount());
        assertTrue(processed.points().stream().anyMatch(p -> p.label().equals("LKneeAngles")), "model outputs in the processed C3D");
        assertTrue(processed.events().size() >= 4, "events in the processed C3D");
    }

    @Test
    void provenanceIsWrittenBesideThePdfWithTheTrialsSha256() throws Exception {
        String json = Files.readString(first.resolve("DEMO-2024-001-report.provenance.json"));
        String sha = FileDigests.sha256Hex(SharedData.resolve("kineticstoolkit__kineticstoolkit/data/walk.c3d"));
        assertTrue(json.contains("\"sha256\": \"" + sha + "\""), "walk.c3d's SHA-256 in the provenance");
        assertTrue(json.contains("org.ambulo.norms.gps"), "steps listed");
        assertTrue(json.contains("\"ageYears\""), "the patient's age given to the norm step is recorded");
    }

    @Test
    void twoRunsGiveIdenticalNumbersAndProvenance(@TempDir Path dir) throws Exception {
        Run second = analyze("--demo", "-o", dir.toString());
        assertEquals(0, second.exit(), second.err());
        for (String name : List.of(csvName("curves"), csvName("spatiotemporal"), "DEMO-2024-001-report.provenance.json")) {
            assertEquals(Files.readString(first.resolve(name)), Files.readString(dir.resolve(name)), name);
        }
    }

    @Test
    void theAdultDemoSubjectGetsANormWarning() {
        assertTrue(firstRun.out().contains("warning: norm mismatch") || pdfText.contains("Norm mismatch"),
                () -> "adult walker vs installed norms: " + firstRun.out());
    }

    @Test
    void usageAndBadInputGiveTheirExitCodes(@TempDir Path dir) throws Exception {
        assertEquals(64, analyze("--demo").exit(), "no output folder");
        assertEquals(64, analyze("-o", dir.toString()).exit(), "no session");
        Run missing = analyze(dir.resolve("nope.json").toString(), "-o", dir.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.json"), missing.err());
        // a session naming a trial that is not there: names the session file and the trial
        Path session = dir.resolve("s.json");
        Files.writeString(session, Files.readString(first.resolve("demo-session/session.json")).replace("\"walk.c3d\"", "\"gone.c3d\""));
        Run gone = analyze(session.toString(), "-o", dir.resolve("o").toString());
        assertEquals(2, gone.exit());
        assertTrue(gone.err().contains("s.json") && gone.err().contains("gone.c3d"), gone.err());
        // a malformed member is named
        Files.writeString(session,
                Files.readString(first.resolve("demo-session/session.json")).replace("\"1990-06-01\"", "\"1990-13-01\""));
        Run bad = analyze(session.toString(), "-o", dir.resolve("o").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("patient.birthDate"), bad.err());
    }

    private static String csvName(String kind) throws Exception {
        try (var files = Files.list(first)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv") && n.contains(kind)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " CSV in " + first));
        }
    }

    private static String format(double value, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }
}
