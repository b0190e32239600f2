package org.ambulo.cli.internal.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.c3d.C3dWriter;
import org.ambulo.cgm.CgmC3dOutput;
import org.ambulo.cgm.CgmKeys;
import org.ambulo.coding.BuiltInRuleSets;
import org.ambulo.coding.Coding;
import org.ambulo.coding.CodingRecord;
import org.ambulo.coding.EmgMuscle;
import org.ambulo.coding.SessionContents;
import org.ambulo.cycles.CycleKeys;
import org.ambulo.cycles.ParameterSide;
import org.ambulo.cycles.SpatiotemporalParameter;
import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.emg.EmgKeys;
import org.ambulo.events.EventKeys;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormIndicesResult;
import org.ambulo.norms.NormSelection;
import org.ambulo.norms.NormUse;
import org.ambulo.norms.PatientFacts;
import org.ambulo.norms.Selection;
import org.ambulo.norms.Sex;
import org.ambulo.pipeline.FileDigests;
import org.ambulo.pipeline.Json;
import org.ambulo.pipeline.Method;
import org.ambulo.pipeline.MethodException;
import org.ambulo.pipeline.MethodRunner;
import org.ambulo.pipeline.ProcessorRegistry;
import org.ambulo.pipeline.ProgressListener;
import org.ambulo.pipeline.Provenance;
import org.ambulo.pipeline.TrialLoader;
import org.ambulo.pipeline.TrialOutcome;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionTrial;
import org.ambulo.pipeline.session.TrialRole;
import org.ambulo.report.QualityNote;
import org.ambulo.report.ReportCsv;
import org.ambulo.report.ReportDocument;
import org.ambulo.report.ReportExports;
import org.ambulo.report.ReportRenderer;

/**
 * A session end to end: checks its files, runs the method (static trial once, then the walking trials), maps all
 * analysed walking trials into the report (cycles pooled per side; a trial that failed is a data-quality note and the
 * others still report), proposes the coding, and writes the PDF, its CSVs, one processed C3D per trial (model outputs
 * and events added) and the provenance JSON into the output folder.
 */
public final class SessionAnalysis {

    private final String ambuloVersion;
    private final ProcessorRegistry registry;
    private final List<NormDataset> datasets;

    public SessionAnalysis(String ambuloVersion, ProcessorRegistry registry, List<NormDataset> datasets) {
        this.ambuloVersion = ambuloVersion;
        this.registry = registry;
        this.datasets = List.copyOf(datasets);
    }

    /** The shipped full method, with the patient's age and sex given to the norm step so norms are age-matched. */
    public static Method method(Session session) {
        Method full = org.ambulo.pipeline.DefaultMethods.full();
        List<Method.Step> steps = new ArrayList<>();
        for (Method.Step step : full.steps()) {
            if (step.processorId().equals("org.ambulo.norms.gps")) {
                Map<String, Json> settings = new LinkedHashMap<>(step.settings().members());
                settings.put("ageYears", Json.JsonNumber.of(session.patientAgeYears()));
                settings.put("sex", new Json.JsonString(session.patient().sex()));
                step = new Method.Step(step.processorId(), new Json.JsonObject(settings));
            }
            steps.add(step);
        }
        return new Method(full.id(), full.version(), full.description(), full.staticSteps(), full.carriedResults(), steps);
    }

    public AnalysisResult run(Session session, Path outDir, ProgressListener listener) throws AnalysisException, IOException {
        String sessionName = session.source().getFileName().toString();
        List<SessionTrial> walking = session.trials(TrialRole.WALKING);
        if (walking.isEmpty()) {
            throw new AnalysisException(sessionName + ": the session has no trial with role \"walking\"");
        }
        for (SessionTrial trial : session.trials()) {
            if (!Files.isRegularFile(trial.file())) {
                throw new AnalysisException(sessionName + ": " + trial.role().id() + " trial " + trial.file() + " does not exist");
            }
        }
        Optional<Path> staticTrial = session.staticTrial().map(SessionTrial::file);
        List<Path> trials = walking.stream().map(SessionTrial::file).toList();
        List<TrialOutcome> outcomes;
        try {
            outcomes = new MethodRunner(ambuloVersion, Math.max(1, Math.min(trials.size(), Runtime.getRuntime().availableProcessors())))
                    .run(method(session), registry, staticTrial, trials, TrialLoader.c3d(), listener);
        } catch (MethodException e) {
            throw new AnalysisException("the analysis method cannot run with the installed processors: " + e.getMessage(), e);
        }
        List<QualityNote> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<AnalysedTrial> analysed = new ArrayList<>();
        Optional<TrialOutcome.Failed> firstFailure = Optional.empty();
        for (TrialOutcome outcome : outcomes) {
            switch (outcome) {
                case TrialOutcome.Succeeded s -> analysed.add(new AnalysedTrial(s.context(), s.provenance(), KineticsCheck.validSides(s
                        .context())));
                case TrialOutcome.Failed f -> {
                    firstFailure = firstFailure.or(() -> Optional.of(f));
                    String why = explain(session, f);
                    warnings.add(f.trial().getFileName() + " not analysed: " + why);
                    notes.add(new QualityNote(QualityNote.Kind.OTHER, f.trial().getFileName().toString(), "Not analysed, left out of"
                            + " the report: " + why));
                }
            }
        }
        if (analysed.isEmpty()) {
            TrialOutcome.Failed failed = firstFailure.orElseThrow();
            String prefix = outcomes.size() > 1 ? "none of the " + outcomes.size() + " walking trials could be analysed; first: " : "";
            throw new AnalysisException(prefix + explain(session, failed), failed.error());
        }
        AnalysedTrial first = analysed.get(0);
        if (staticTrial.isEmpty()) {
            notes.add(new QualityNote(QualityNote.Kind.OTHER, "", "no static trial in the session: the model used the subject"
                    + " parameters and calibration stored in each walking trial (PROCESSING group)"));
        }
        String kineticsNote = KineticsCheck.describe(analysed, notes, warnings);
        boolean kineticsValid = analysed.stream().anyMatch(t -> !t.kineticSides().isEmpty());
        List<SpatiotemporalTable> tables = new ArrayList<>();
        for (AnalysedTrial trial : analysed) {
            tables.add(trial.context().get(CycleKeys.SPATIOTEMPORAL).orElseThrow(() -> new AnalysisException(trial.name()
                    + ": no spatiotemporal parameters were computed")));
        }
        SpatiotemporalTable table = PooledSpatiotemporal.pool(tables);
        Optional<NormIndicesResult> profile = PooledProfile.of(analysed, notes, warnings);
        profile.map(NormIndicesResult::selection).ifPresent(s -> normWarnings(s, "curves", "", notes, warnings));
        Optional<Selection> stpSelection = stpNorms(session, table, "", notes, warnings);
        Optional<EmgNorms> emgNorms = emgNorms(session, table);

        CodingRecord coding = Coding.propose(contents(session, analysed, profile, kineticsValid), BuiltInRuleSets.usCpt2026());
        coding.failedChecks().forEach(c -> warnings.add("coding check not passed: " + c.message()));
        coding.warnings().forEach(w -> warnings.add("coding: " + w.message()));

        AnalysisFacts facts = new AnalysisFacts(kineticsValid, kineticsNote, modelDescription(staticTrial),
                describeStep(first.provenance(), "org.ambulo.signal.markers.lowpass", "markers low-pass"),
                describeStep(first.provenance(), "org.ambulo.events.combined",
                        "combined events (force plates where valid, kinematic otherwise)"));
        ReportDocument report = ReportMapping.map(session, analysed, table, facts, stpSelection, profile, emgNorms, notes, coding);

        Files.createDirectories(outDir);
        String stem = safe(session.sessionId());
        Path pdf = outDir.resolve(stem + "-report.pdf");
        int pages = ReportRenderer.render(report, pdf);
        ReportExports csv = ReportCsv.writeBeside(report, pdf);
        List<Path> processed = new ArrayList<>();
        for (AnalysedTrial trial : analysed) {
            Path target = outDir.resolve(stripExtension(trial.name()) + "-processed.c3d");
            for (int n = 2; processed.contains(target); n++) {
                target = outDir.resolve(stripExtension(trial.name()) + "-" + n + "-processed.c3d");
            }
            C3dFile output = trial.file();
            if (trial.context().get(CgmKeys.OUTPUTS).isPresent()) {
                output = CgmC3dOutput.withOutputs(output, trial.context().get(CgmKeys.OUTPUTS).get());
            }
            if (trial.context().get(EventKeys.EVENTS).isPresent()) {
                output = C3dTrials.withGaitEvents(output, trial.context().get(EventKeys.EVENTS).get().events());
            }
            C3dWriter.write(output, target);
            processed.add(target);
        }
        Path provenanceJson = outDir.resolve(stem + "-report.provenance.json");
        Files.writeString(provenanceJson, Json.write(provenanceJson(session, outcomes)));
        return new AnalysisResult(pdf, csv.curvesCsv(), csv.spatiotemporalCsv(), processed, provenanceJson, pages, report, table,
                first.provenance(), warnings);
    }

    /** Normal EMG activation windows from the installed datasets, if one has them; empty (said in the report) otherwise. */
    private Optional<EmgNorms> emgNorms(Session session, SpatiotemporalTable table) {
        PatientFacts facts = new PatientFacts(OptionalDouble.of(session.patientAgeYears()), Sex.fromId(session.patient().sex()),
                table.legLengthMm(), table.value(SpatiotemporalParameter.WALKING_SPEED, ParameterSide.BOTH), Optional.empty());
        try {
            return Optional.of(EmgNorms.of(NormSelection.select(facts, datasets, NormUse.EMG)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Names the file and the step, and says what is missing in the session when that is the reason. */
    private static String explain(Session session, TrialOutcome.Failed failed) {
        String message = failed.error().getMessage();
        String step = failed.error().processorId();
        boolean calibrationMissing = message.contains("static calibration") || message.contains("subject measurements")
                || message.contains("subject parameters");
        if (session.staticTrial().isEmpty() && step.startsWith("org.ambulo.cgm") && calibrationMissing) {
            return message + " (the session has no static trial: add one with role \"static\" to "
                    + session.source().getFileName() + ")";
        }
        return message;
    }

    private static void normWarnings(Selection selection, String use, String trial, List<QualityNote> notes, List<String> warnings) {
        for (String warning : selection.warnings()) {
            notes.add(new QualityNote(QualityNote.Kind.OTHER, trial, "Norm mismatch (" + use + "): " + warning));
            warnings.add("norm mismatch (" + use + "): " + warning);
        }
    }

    private Optional<Selection> stpNorms(Session session, SpatiotemporalTable table, String trial, List<QualityNote> notes,
            List<String> warnings) {
        OptionalDouble legLength = session.patient().leftLegLengthMm().isPresent() && session.patient().rightLegLengthMm().isPresent()
                ? OptionalDouble
                        .of((session.patient().leftLegLengthMm().getAsDouble() + session.patient().rightLegLengthMm().getAsDouble()) / 2)
                : table.legLengthMm();
        PatientFacts facts = new PatientFacts(OptionalDouble.of(session.patientAgeYears()), Sex.fromId(session.patient().sex()), legLength,
                table.value(SpatiotemporalParameter.WALKING_SPEED, ParameterSide.BOTH), Optional.empty());
        try {
            Selection selection = NormSelection.select(facts, datasets, NormUse.SPATIOTEMPORAL);
            normWarnings(selection, "spatiotemporal", trial, notes, warnings);
            return Optional.of(selection);
        } catch (IllegalArgumentException e) {
            notes.add(new QualityNote(QualityNote.Kind.OTHER, trial, "no spatiotemporal norms: " + e.getMessage()));
            warnings.add("no spatiotemporal norms: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static SessionContents contents(Session session, List<AnalysedTrial> trials, Optional<NormIndicesResult> profile,
            boolean kineticsValid) {
        List<EmgMuscle> muscles = trials.stream().flatMap(t -> t.context().get(EmgKeys.ENVELOPES).stream())
                .flatMap(e -> e.channels().stream()).map(c -> new EmgMuscle(c.channel().muscle().displayName(), c.channel().side()))
                .distinct().toList();
        boolean model = trials.stream().anyMatch(t -> t.context().get(CgmKeys.OUTPUTS).isPresent());
        var builder = SessionContents.builder().has3dKinematics(model).hasVideo(!session.trials(TrialRole.VIDEO).isEmpty())
                .hasKinetics(kineticsValid && model).surfaceEmgMuscles(muscles)
                .physicianInterpretationWritten(session.interpretation().isWritten())
                .reportSigned(session.signature().signedAt().isPresent())
                .medicalNecessityDocumented(!session.referral().medicalNecessity().isBlank())
                .labEquipmentDescribed(!session.lab().equipment().isEmpty());
        profile.ifPresent(p -> builder.normDatasetId(p.selection().dataset().id()));
        return builder.build();
    }

    private static String modelDescription(Optional<Path> staticTrial) {
        return "Conventional Gait Model (Plug-in Gait compatible), Ambulo CGM; calibration "
                + staticTrial.map(p -> "from the static trial " + p.getFileName())
                        .orElse("stored in each walking trial (no static trial)");
    }

    /** "markers low-pass: org.ambulo.signal.markers.lowpass 1.0 {cutoffHz: 6, ...}" from the provenance. */
    private static String describeStep(Provenance provenance, String processorId, String what) {
        return provenance.steps().stream().filter(s -> s.processorId().equals(processorId)).findFirst()
                .map(s -> what + ": " + s.processorId() + " " + s.processorVersion() + " " + Json.writeCompact(s.settings()))
                .orElse(what + ": not run");
    }

    private static Json provenanceJson(Session session, List<TrialOutcome> outcomes) throws IOException {
        Map<String, Json> root = new LinkedHashMap<>();
        root.put("session", new Json.JsonString(session.source().getFileName().toString()));
        root.put("sessionSha256", new Json.JsonString(FileDigests.sha256Hex(session.source())));
        List<Json> trials = new ArrayList<>();
        for (TrialOutcome outcome : outcomes) {
            Map<String, Json> trial = new LinkedHashMap<>();
            trial.put("trial", new Json.JsonString(outcome.trial().getFileName().toString()));
            switch (outcome) {
                case TrialOutcome.Succeeded s -> {
                    trial.put("status", new Json.JsonString("analysed"));
                    trial.put("provenance", s.provenance().toJson());
                }
                case TrialOutcome.Failed f -> {
                    trial.put("status", new Json.JsonString("failed: " + f.error().getMessage()));
                    f.provenance().ifPresent(p -> trial.put("provenance", p.toJson()));
                }
            }
            trials.add(new Json.JsonObject(trial));
        }
        root.put("trials", new Json.JsonArray(trials));
        return new Json.JsonObject(root);
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
