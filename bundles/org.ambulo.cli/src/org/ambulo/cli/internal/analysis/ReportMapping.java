package org.ambulo.cli.internal.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.cgm.CgmKeys;
import org.ambulo.cgm.CgmResult;
import org.ambulo.cgm.CgmSignal;
import org.ambulo.coding.CodingRecord;
import org.ambulo.cycles.CycleKeys;
import org.ambulo.cycles.CycleNormalisation;
import org.ambulo.cycles.GaitCycle;
import org.ambulo.cycles.ParameterSide;
import org.ambulo.cycles.SpatiotemporalParameter;
import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.emg.EmgEnvelopes;
import org.ambulo.emg.EmgKeys;
import org.ambulo.emg.ProcessedChannel;
import org.ambulo.forceplate.ForcePlateKeys;
import org.ambulo.model.Side;
import org.ambulo.norms.GaitVariable;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormCurve;
import org.ambulo.norms.NormIndicesResult;
import org.ambulo.norms.Selection;
import org.ambulo.norms.SpatiotemporalNorm;
import org.ambulo.pipeline.session.Session;
import org.ambulo.report.ActivationWindow;
import org.ambulo.report.ClinicalHistory;
import org.ambulo.report.CodingLine;
import org.ambulo.report.CurvePanel;
import org.ambulo.report.CycleCurve;
import org.ambulo.report.EmgChannel;
import org.ambulo.report.FootOff;
import org.ambulo.report.GaitScores;
import org.ambulo.report.GvsEntry;
import org.ambulo.report.Interpretation;
import org.ambulo.report.Laboratory;
import org.ambulo.report.Methods;
import org.ambulo.report.NormBand;
import org.ambulo.report.NormReference;
import org.ambulo.report.NormStat;
import org.ambulo.report.PatientInfo;
import org.ambulo.report.Plane;
import org.ambulo.report.QualityNote;
import org.ambulo.report.Referral;
import org.ambulo.report.ReportDocument;
import org.ambulo.report.SessionInfo;
import org.ambulo.report.SideScore;
import org.ambulo.report.Signature;
import org.ambulo.report.SpatiotemporalRow;

/**
 * Maps the analysed walking trials of a session (their cycles pooled per side) into the report model. Pure: the same inputs give the same
 * document (no clock; the creation date comes from the session).
 */
final class ReportMapping {

    static final String ATTESTATION = "I personally reviewed the motion, force and EMG data and wrote the interpretation above.";

    private ReportMapping() {
    }

    /**
     * @param trials
     *            the walking trials that were analysed (at least one); their cycles are pooled per side
     * @param table
     *            the spatiotemporal table over all complete cycles of all those trials
     * @param stpSelection
     *            norms chosen for the spatiotemporal table, if any dataset has spatiotemporal norms
     * @param profile
     *            GPS/MAP over all trials' cycles, if curve norms are installed
     * @param emgNorms
     *            normal activation windows, if a dataset with EMG norms is installed
     * @param notes
     *            quality notes gathered so far (norm mismatch, skipped kinetics...); more are added from the results
     */
    static ReportDocument map(Session session, List<AnalysedTrial> trials, SpatiotemporalTable table, AnalysisFacts facts,
            Optional<Selection> stpSelection, Optional<NormIndicesResult> profile, Optional<EmgNorms> emgNorms, List<QualityNote> notes,
            CodingRecord coding) {
        List<QualityNote> quality = new ArrayList<>(notes);
        for (AnalysedTrial t : trials) {
            String trial = t.name();
            t.context().get(CycleKeys.SPATIOTEMPORAL).ifPresent(own -> own.issues()
                    .forEach(issue -> quality.add(new QualityNote(QualityNote.Kind.EVENT_FLAGGED, trial, issue))));
            t.context().get(CycleKeys.CYCLES).ifPresent(seg -> seg.issues()
                    .forEach(issue -> quality.add(new QualityNote(QualityNote.Kind.EVENT_FLAGGED, trial, issue.toString()))));
            t.file().quirks().forEach(q -> quality.add(new QualityNote(QualityNote.Kind.FILE_QUIRK, trial, q.problem() + " ("
                    + q.action() + ")")));
            t.context().get(CgmKeys.OUTPUTS)
                    .ifPresent(m -> m.notes().forEach(n -> quality.add(new QualityNote(QualityNote.Kind.OTHER, trial, n))));
        }

        List<QualityNote> distinct = List.copyOf(new java.util.LinkedHashSet<>(quality)); // the table repeats the segmentation's issues
        quality.clear();
        quality.addAll(distinct);
        Optional<NormBin> curveBin = profile.map(p -> p.selection().bin());
        String curveSource = profile.map(p -> p.selection().dataset().id() + "/" + p.selection().bin().id()).orElse("");
        List<CurvePanel> kinematics = new ArrayList<>();
        List<CurvePanel> kinetics = new ArrayList<>();
        for (GaitVariable variable : GaitVariable.values()) {
            boolean angle = variable.unit().equals("deg");
            panel(variable, trials, !angle, curveBin, curveSource).ifPresent(angle ? kinematics::add : kinetics::add);
        }
        List<FootOff> footOffs = footOffs(table);
        EmgSection emg = emg(trials, footOffs, emgNorms);

        return new ReportDocument(title(session), patient(session), new SessionInfo(session.sessionId(), session.sessionDate(),
                session.reportCreated()),
                new Referral(session.referral().referringPhysician(), session.referral().reason(), session.referral().icd10Codes()),
                new ClinicalHistory(session.referral().history(), nonEmpty(session.referral().medicalNecessity(), "not documented"),
                        session.referral().imaging()),
                new Laboratory(session.lab().name(), session.lab().address(), session.lab().equipment(), session.lab().personnel()),
                methods(session, facts, profile, trials, table), spatiotemporal(table, stpSelection, table.trial(), quality), footOffs,
                kinematics, kinetics, emg.channels(), scores(profile), quality, interpretation(session), coding(coding),
                signature(session), summary(session, table, curveBin), facts.kineticsNote(), emg.note());
    }

    /** The cycles of one trial normalised to 0..100 % for one model output, as the norms bundle does for the GPS. */
    static List<double[]> curves(AnalysedTrial trial, GaitVariable variable, GaitCycle cycle) {
        Optional<CgmResult> model = trial.context().get(CgmKeys.OUTPUTS);
        Side side = cycle.side();
        Optional<CgmSignal> signal = model.flatMap(m -> m.signal(side.labelPrefix() + variable.viconLabel()));
        if (signal.isEmpty()) {
            return List.of();
        }
        double[] component = switch (variable.axis()) {
            case 0 -> signal.get().x();
            case 1 -> signal.get().y();
            default -> signal.get().z();
        };
        C3dFile file = trial.file();
        return List.of(CycleNormalisation.normalise(component, file.pointRateHz(), file.firstFrame(), cycle).values());
    }

    /** Whether the foot of the cycle's side stood on a plate with a valid strike at mid-stance of this cycle. */
    static boolean hasValidStrike(AnalysedTrial trial, GaitCycle cycle) {
        if (!trial.kineticSides().contains(cycle.side())) {
            return false;
        }
        double midStance = (cycle.startSeconds() + cycle.footOffSeconds()) / 2;
        return trial.context().get(ForcePlateKeys.CONTACTS).map(c -> c.valid().stream()
                .anyMatch(p -> p.side().orElse(cycle.side()) == cycle.side() && p.covers(midStance))).orElse(false);
    }

    static String title(Session session) {
        return session.demo()
                ? "Clinical Gait Analysis Report - DEMO (fictional patient, real walking data)"
                : "Clinical Gait Analysis Report";
    }

    private static PatientInfo patient(Session session) {
        var p = session.patient();
        return new PatientInfo(p.id(), p.name(), p.birthDate(), p.sex(), session.patientAgeYears(), p.heightCm(), p.massKg());
    }

    private static Methods methods(Session session, AnalysisFacts facts, Optional<NormIndicesResult> profile, List<AnalysedTrial> trials,
            SpatiotemporalTable table) {
        List<String> tasks = new ArrayList<>();
        session.trials().forEach(t -> tasks.add(t.role().id() + ": " + t.file().getFileName()
                + (t.condition().isBlank() ? "" : " (" + t.condition() + ")")));
        tasks.add("Conditions: " + session.conditions().describe());
        tasks.add(cyclesSentence(trials, table));
        NormReference norm = profile.map(p -> new NormReference(p.selection().dataset().provenance().title(), p.selection().bin().age()
                .toString(), p.selection().bin().label(), p.selection().explanation()))
                .orElse(new NormReference("none", "n/a", "n/a", "no installed norm dataset could be used"));
        return new Methods(tasks, session.lab().markerSet(), facts.modelDescription(), facts.filterDescription(),
                facts.eventDescription(), norm);
    }

    /** Parameters shown, in table order, with the decimals printed (the CSV keeps full precision). */
    static final List<SpatiotemporalParameter> TABLE = List.of(SpatiotemporalParameter.WALKING_SPEED, SpatiotemporalParameter.CADENCE,
            SpatiotemporalParameter.STRIDE_TIME, SpatiotemporalParameter.STEP_TIME, SpatiotemporalParameter.STRIDE_LENGTH,
            SpatiotemporalParameter.STEP_LENGTH, SpatiotemporalParameter.STEP_WIDTH, SpatiotemporalParameter.STANCE_PCT,
            SpatiotemporalParameter.SWING_PCT, SpatiotemporalParameter.SINGLE_SUPPORT_PCT, SpatiotemporalParameter.DOUBLE_SUPPORT_PCT,
            SpatiotemporalParameter.FOOT_OFF_PCT);

    static int decimals(SpatiotemporalParameter parameter) {
        return switch (parameter.unit()) {
            case "%", "steps/min" -> 1;
            default -> 2;
        };
    }

    private static List<SpatiotemporalRow> spatiotemporal(SpatiotemporalTable table, Optional<Selection> selection, String trial,
            List<QualityNote> quality) {
        List<SpatiotemporalRow> rows = new ArrayList<>();
        List<String> withoutNorm = new ArrayList<>();
        for (SpatiotemporalParameter parameter : TABLE) {
            OptionalDouble left = table.value(parameter, ParameterSide.LEFT);
            OptionalDouble right = table.value(parameter, ParameterSide.RIGHT);
            if (left.isEmpty() && right.isEmpty()) {
                continue;
            }
            Optional<NormStat> norm = selection.flatMap(s -> s.bin().spatiotemporal(parameter.id()))
                    .filter(n -> n.unit().equals(parameter.unit())).flatMap(ReportMapping::normStat);
            if (norm.isEmpty()) {
                withoutNorm.add(parameter.label());
                continue;
            }
            rows.add(new SpatiotemporalRow(parameter.label(), parameter.unit(), left, right, norm.get(), decimals(parameter)));
        }
        if (!withoutNorm.isEmpty()) {
            quality.add(new QualityNote(QualityNote.Kind.OTHER, trial, "Not in the spatiotemporal table (no matching norm in "
                    + selection.map(s -> s.dataset().id() + "/" + s.bin().id()).orElse("any installed dataset") + "): "
                    + String.join(", ", withoutNorm) + "; the values are in the CSV export of 'ambulo stp'."));
        }
        return rows;
    }

    /** Mean and SD; a norm given as a range [min, max] is read as mean +/- 2 SD (the range's own convention). */
    static Optional<NormStat> normStat(SpatiotemporalNorm norm) {
        if (norm.mean().isPresent() && norm.sd().isPresent()) {
            return Optional.of(new NormStat(norm.mean().getAsDouble(), norm.sd().getAsDouble()));
        }
        if (norm.min().isPresent() && norm.max().isPresent() && norm.max().getAsDouble() > norm.min().getAsDouble()) {
            double min = norm.min().getAsDouble();
            double max = norm.max().getAsDouble();
            return Optional.of(new NormStat((min + max) / 2, (max - min) / 4));
        }
        return Optional.empty();
    }

    private static List<FootOff> footOffs(SpatiotemporalTable table) {
        List<FootOff> out = new ArrayList<>();
        for (Side side : Side.values()) {
            table.value(SpatiotemporalParameter.FOOT_OFF_PCT, ParameterSide.of(side)).ifPresent(v -> out.add(new FootOff(side, v)));
        }
        return out;
    }

    /**
     * "Averaged over 5 left and 6 right complete cycles from 2 walking trials (walk1.c3d: 2 L, 3 R; ...)": what the
     * spatiotemporal table and the mean curves are over.
     */
    static String cyclesSentence(List<AnalysedTrial> trials, SpatiotemporalTable table) {
        List<String> perTrial = new ArrayList<>();
        for (AnalysedTrial t : trials) {
            t.context().get(CycleKeys.SPATIOTEMPORAL).ifPresent(own -> perTrial.add(t.name() + ": " + own.cycleCount(Side.LEFT)
                    + " L, " + own.cycleCount(Side.RIGHT) + " R"));
        }
        return "Averaged over " + table.cycleCount(Side.LEFT) + " left and " + table.cycleCount(Side.RIGHT)
                + " right complete cycles from " + trials.size() + " walking trial" + (trials.size() == 1 ? "" : "s") + " ("
                + String.join("; ", perTrial) + "); kinetics only over cycles with a valid force plate strike.";
    }

    private static Optional<CurvePanel> panel(GaitVariable variable, List<AnalysedTrial> trials, boolean kinetic, Optional<NormBin> bin,
            String source) {
        List<CycleCurve> curves = new ArrayList<>();
        for (Side side : Side.values()) {
            for (AnalysedTrial trial : trials) {
                int n = 0;
                for (GaitCycle cycle : trial.context().get(CycleKeys.CYCLES).map(c -> c.cycles(side)).orElse(List.of())) {
                    n++;
                    if (kinetic && !hasValidStrike(trial, cycle)) {
                        continue;
                    }
                    for (double[] values : curves(trial, variable, cycle)) {
                        curves.add(new CycleCurve(side, trial.name() + " " + side.labelPrefix() + n, values));
                    }
                }
            }
        }
        if (curves.isEmpty()) {
            return Optional.empty();
        }
        Optional<NormBand> band = bin.flatMap(b -> b.curve(variable)).map(c -> band(c, source));
        return Optional.of(new CurvePanel(label(variable), plane(variable), variable.unit(), curves, band));
    }

    private static NormBand band(NormCurve curve, String source) {
        double[][] meanSd = curve.at101();
        double[] lower = new double[101];
        double[] upper = new double[101];
        for (int i = 0; i < 101; i++) {
            lower[i] = meanSd[0][i] - meanSd[1][i];
            upper[i] = meanSd[0][i] + meanSd[1][i];
        }
        return new NormBand(source, meanSd[0], lower, upper);
    }

    static String label(GaitVariable variable) {
        String words = variable.id().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Plane plane(GaitVariable variable) {
        if (variable.unit().equals("W/kg")) {
            return Plane.NONE;
        }
        if (variable == GaitVariable.FOOT_PROGRESSION) {
            return Plane.TRANSVERSE;
        }
        return switch (variable.axis()) {
            case 0 -> Plane.SAGITTAL;
            case 1 -> Plane.FRONTAL;
            default -> Plane.TRANSVERSE;
        };
    }

    record EmgSection(List<EmgChannel> channels, String note) {
    }

    /**
     * Envelopes per muscle and side over the cycles of all trials, with the normal activation bars of the muscles that
     * have a norm (moved to the side's mean foot off); the note says why a trial has no EMG, which muscles have no
     * norm, and where the bars come from.
     */
    static EmgSection emg(List<AnalysedTrial> trials, List<FootOff> footOffs, Optional<EmgNorms> norms) {
        Map<String, List<CycleCurve>> cycles = new LinkedHashMap<>();
        Map<String, ProcessedChannel> channels = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        List<String> note = new ArrayList<>();
        for (AnalysedTrial trial : trials) {
            Optional<EmgEnvelopes> envelopes = trial.context().get(EmgKeys.ENVELOPES);
            if (envelopes.isEmpty()) {
                note.add(trial.name() + ": EMG not processed.");
                continue;
            }
            if (envelopes.get().channels().isEmpty()) {
                note.add(noMappedEmg(trial.name(), envelopes.get()));
                continue;
            }
            for (ProcessedChannel channel : envelopes.get().channels()) {
                Side side = channel.channel().side();
                String key = channel.channel().muscle().displayName() + "|" + side;
                channels.putIfAbsent(key, channel);
                units.putIfAbsent(key, trial.file().analogs().get(channel.channel().analogIndex()).units().trim());
                List<CycleCurve> list = cycles.computeIfAbsent(key, k -> new ArrayList<>());
                int n = 0;
                for (GaitCycle cycle : trial.context().get(CycleKeys.CYCLES).map(c -> c.cycles(side)).orElse(List.of())) {
                    n++;
                    String id = trial.name() + " " + channel.channel().label() + " " + side.labelPrefix() + n;
                    envelopeCycle(channel, cycle).ifPresent(v -> list.add(new CycleCurve(side, id, v)));
                }
            }
        }
        List<EmgChannel> out = new ArrayList<>();
        List<String> withoutNorm = new ArrayList<>();
        for (Map.Entry<String, ProcessedChannel> e : channels.entrySet()) {
            ProcessedChannel channel = e.getValue();
            Side side = channel.channel().side();
            OptionalDouble footOff = footOffs.stream().filter(f -> f.side() == side).mapToDouble(FootOff::footOffPct).findFirst();
            List<ActivationWindow> windows = norms.flatMap(n -> n.windows(channel.channel().muscle(), footOff)).orElse(List.of());
            if (norms.isPresent() && norms.get().set().forMuscle(channel.channel().muscle()).isEmpty()) {
                withoutNorm.add(channel.channel().muscleOnSide());
            }
            out.add(new EmgChannel(channel.channel().muscle().displayName(), side, units.get(e.getKey()), cycles.get(e.getKey()),
                    windows));
        }
        if (!out.isEmpty()) {
            if (norms.isEmpty()) {
                note.add("No normal activation bars: no installed norm dataset has EMG activation windows.");
            } else {
                EmgNorms n = norms.get();
                note.add("Normal activation bars: " + n.source() + (n.referenceFootOffPct().isPresent()
                        ? String.format(Locale.ROOT, ", defined at foot off %.2f %% and moved to the side's mean foot off", n
                                .referenceFootOffPct().getAsDouble())
                        : ", drawn as published (the dataset does not state the foot off they were defined at)") + ".");
                if (!withoutNorm.isEmpty()) {
                    note.add("No normal activation windows for: " + String.join(", ", withoutNorm) + ".");
                }
            }
        }
        return new EmgSection(out, String.join(" ", note));
    }

    /** "walk.c3d: no EMG channel is mapped to a muscle (16 EMG-like channels: EMG1: no muscle name in the label; ...)". */
    static String noMappedEmg(String trial, EmgEnvelopes envelopes) {
        if (envelopes.unmapped().isEmpty()) {
            return trial + ": no EMG recorded (no EMG-like analog channel).";
        }
        List<String> reasons = envelopes.unmapped().stream().limit(3).map(u -> u.label() + ": " + u.reason()).toList();
        int more = envelopes.unmapped().size() - reasons.size();
        return trial + ": no EMG channel is mapped to a muscle, so no envelope is shown (" + envelopes.unmapped().size()
                + " EMG-like channel" + (envelopes.unmapped().size() == 1 ? "" : "s") + " left out; " + String.join("; ", reasons)
                + (more > 0 ? "; and " + more + " more" : "") + ").";
    }

    /** The envelope over one cycle at 0, 1, ... 100 %; empty when the cycle is not fully inside the recording. */
    private static Optional<double[]> envelopeCycle(ProcessedChannel channel, GaitCycle cycle) {
        double[] envelope = channel.envelope();
        double[] values = new double[101];
        for (int i = 0; i <= 100; i++) {
            double index = channel.indexOf(cycle.timeAt(i));
            if (!(index >= 0 && index <= envelope.length - 1)) {
                return Optional.empty();
            }
            int lo = (int) Math.floor(index);
            int hi = Math.min(lo + 1, envelope.length - 1);
            double w = index - lo;
            values[i] = envelope[lo] + w * (envelope[hi] - envelope[lo]);
        }
        return Optional.of(values);
    }

    private static GaitScores scores(Optional<NormIndicesResult> result) {
        if (result.isEmpty()) {
            return new GaitScores(List.of(), List.of(), Double.NaN, "not computed: no norms with GPS curves installed");
        }
        var profile = result.get().profile();
        List<GvsEntry> gvs = new ArrayList<>();
        List<SideScore> sides = new ArrayList<>();
        for (GaitVariable variable : GaitVariable.gpsVariables()) {
            for (Side side : Side.values()) {
                profile.gvs(side, variable).stream().filter(Double::isFinite)
                        .forEach(v -> gvs.add(new GvsEntry(label(variable), side, v)));
            }
        }
        for (Side side : Side.values()) {
            // GDI needs a control basis the installed datasets do not ship yet: printed as "-".
            profile.gps(side).ifPresent(v -> sides.add(new SideScore(side, v, Double.NaN)));
        }
        return new GaitScores(gvs, sides, profile.overallGpsDeg().orElse(Double.NaN),
                "GPS/GVS (Baker 2009) against " + profile.norms() + "; kinematics: " + result.get().kinematicsSource());
    }

    private static Interpretation interpretation(Session session) {
        var draft = session.interpretation();
        return new Interpretation(draft.isWritten() ? draft.narrative() : "Not yet written by the physician.", draft.findings(),
                draft.impression(), draft.recommendations());
    }

    private static List<CodingLine> coding(CodingRecord record) {
        return record.codes().stream()
                .map(c -> new CodingLine(c.code(), c.modifiers(), c.units(), c.description() + " - " + c.reason())).toList();
    }

    private static Signature signature(Session session) {
        var s = session.signature();
        return new Signature(s.physicianName(), s.credentials(), ATTESTATION, s.signedAt());
    }

    private static String summary(Session session, SpatiotemporalTable table, Optional<NormBin> norms) {
        StringBuilder s = new StringBuilder();
        if (session.demo()) {
            s.append("This is a demonstration report: the person and the doctors are made up, the walking data are real. ");
        }
        OptionalDouble speed = table.value(SpatiotemporalParameter.WALKING_SPEED, ParameterSide.BOTH);
        OptionalDouble cadence = table.value(SpatiotemporalParameter.CADENCE, ParameterSide.BOTH);
        if (speed.isPresent()) {
            s.append(String.format(Locale.ROOT, "You walked at %.2f metres per second", speed.getAsDouble()));
            cadence.ifPresent(c -> s.append(String.format(Locale.ROOT, ", taking about %.0f steps per minute", c)));
            s.append(". ");
        }
        // Say "of a similar age" only when it is true: an adult compared with child norms must not read otherwise.
        boolean ageMatched = norms.isPresent() && norms.get().age().contains(session.patientAgeYears());
        if (norms.isEmpty()) {
            s.append("No reference data for typical walking were available to compare your walking with. ");
        } else if (ageMatched) {
            s.append("The charts compare how your hips, knees and ankles moved with people of a similar age who walk without problems. ");
        } else {
            s.append("The charts compare how your hips, knees and ankles moved with people who walk without problems, but these people "
                    + "were of a different age than you, so the comparison is only a rough guide. ");
        }
        s.append("Your doctor explains what this means for your treatment.");
        return s.toString();
    }

    private static String nonEmpty(String text, String fallback) {
        return text.isBlank() ? fallback : text;
    }
}
