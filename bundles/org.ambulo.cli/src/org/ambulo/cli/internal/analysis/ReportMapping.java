package org.ambulo.cli.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.cgm.CgmKeys;
import org.ambulo.cgm.CgmResult;
import org.ambulo.coding.CodingRecord;
import org.ambulo.cycles.CycleKeys;
import org.ambulo.cycles.CycleSegmentation;
import org.ambulo.cycles.GaitCycle;
import org.ambulo.cycles.ParameterSide;
import org.ambulo.cycles.SpatiotemporalParameter;
import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.emg.EmgEnvelopes;
import org.ambulo.emg.EmgKeys;
import org.ambulo.emg.ProcessedChannel;
import org.ambulo.model.Side;
import org.ambulo.norms.GaitVariable;
import org.ambulo.norms.ModelCurves;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormCurve;
import org.ambulo.norms.NormIndicesResult;
import org.ambulo.norms.NormKeys;
import org.ambulo.norms.PatientCycles;
import org.ambulo.norms.Selection;
import org.ambulo.norms.SpatiotemporalNorm;
import org.ambulo.pipeline.TrialContext;
import org.ambulo.pipeline.session.Session;
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
 * Maps one analysed walking trial and its session into the report model. Pure: the same inputs give the same
 * document (no clock; the creation date comes from the session).
 */
final class ReportMapping {

    static final String ATTESTATION = "I personally reviewed the motion, force and EMG data and wrote the interpretation above.";

    private ReportMapping() {
    }

    /**
     * @param stpSelection
     *            norms chosen for the spatiotemporal table, if any dataset has spatiotemporal norms
     * @param notes
     *            quality notes gathered so far (norm mismatch, skipped kinetics...); more are added from the results
     */
    static ReportDocument map(Session session, TrialContext context, AnalysisFacts facts, Optional<Selection> stpSelection,
            List<QualityNote> notes, CodingRecord coding) {
        C3dFile file = context.source();
        String trial = file.sourceName();
        List<QualityNote> quality = new ArrayList<>(notes);
        SpatiotemporalTable table = context.get(CycleKeys.SPATIOTEMPORAL).orElseThrow();
        table.issues().forEach(issue -> quality.add(new QualityNote(QualityNote.Kind.EVENT_FLAGGED, trial, issue)));
        CycleSegmentation segmentation = context.get(CycleKeys.CYCLES).orElseThrow();
        segmentation.issues().forEach(issue -> quality.add(new QualityNote(QualityNote.Kind.EVENT_FLAGGED, trial, issue.toString())));
        file.quirks().forEach(q -> quality.add(new QualityNote(QualityNote.Kind.FILE_QUIRK, trial, q.problem() + " (" + q.action() + ")")));

        Optional<NormIndicesResult> profile = context.get(NormKeys.GAIT_PROFILE);
        Optional<NormBin> curveBin = profile.map(p -> p.selection().bin());
        String curveSource = profile.map(p -> p.selection().dataset().id() + "/" + p.selection().bin().id()).orElse("");
        List<CurvePanel> kinematics = new ArrayList<>();
        List<CurvePanel> kinetics = new ArrayList<>();
        Optional<CgmResult> model = context.get(CgmKeys.OUTPUTS);
        if (model.isPresent()) {
            PatientCycles cycles = ModelCurves.cycles(model.get(), file, segmentation.events());
            for (GaitVariable variable : GaitVariable.values()) {
                boolean angle = variable.unit().equals("deg");
                if (!angle && !facts.kineticsValid()) {
                    continue;
                }
                panel(variable, cycles, trial, curveBin, curveSource).ifPresent(angle ? kinematics::add : kinetics::add);
            }
            model.get().notes().forEach(n -> quality.add(new QualityNote(QualityNote.Kind.OTHER, trial, n)));
        }

        return new ReportDocument(title(session), patient(session), new SessionInfo(session.sessionId(), session.sessionDate(),
                session.reportCreated()),
                new Referral(session.referral().referringPhysician(), session.referral().reason(), session.referral().icd10Codes()),
                new ClinicalHistory(session.referral().history(), nonEmpty(session.referral().medicalNecessity(), "not documented"),
                        session.referral().imaging()),
                new Laboratory(session.lab().name(), session.lab().address(), session.lab().equipment(), session.lab().personnel()),
                methods(session, facts, profile, trial), spatiotemporal(table, stpSelection, trial, quality), footOffs(table),
                kinematics, kinetics, emg(context, segmentation, file), scores(profile), quality, interpretation(session),
                coding(coding), signature(session), summary(session, table));
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

    private static Methods methods(Session session, AnalysisFacts facts, Optional<NormIndicesResult> profile, String trial) {
        List<String> tasks = new ArrayList<>();
        session.trials().forEach(t -> tasks.add(t.role().id() + ": " + t.file().getFileName()
                + (t.condition().isBlank() ? "" : " (" + t.condition() + ")")));
        tasks.add("Conditions: " + session.conditions().describe());
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

    private static Optional<CurvePanel> panel(GaitVariable variable, PatientCycles cycles, String trial, Optional<NormBin> bin,
            String source) {
        List<CycleCurve> curves = new ArrayList<>();
        for (Side side : Side.values()) {
            List<double[]> list = cycles.curves(side, variable);
            for (int i = 0; i < list.size(); i++) {
                curves.add(new CycleCurve(side, trial + " " + side.labelPrefix() + (i + 1), list.get(i)));
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

    private static List<EmgChannel> emg(TrialContext context, CycleSegmentation segmentation, C3dFile file) {
        Optional<EmgEnvelopes> envelopes = context.get(EmgKeys.ENVELOPES);
        List<EmgChannel> out = new ArrayList<>();
        if (envelopes.isEmpty()) {
            return out;
        }
        for (ProcessedChannel channel : envelopes.get().channels()) {
            Side side = channel.channel().side();
            List<CycleCurve> curves = new ArrayList<>();
            int n = 0;
            for (GaitCycle cycle : segmentation.cycles(side)) {
                n++;
                envelopeCycle(channel, cycle).ifPresent(v -> curves.add(new CycleCurve(side, channel.channel().label() + " " + side
                        .labelPrefix() + curves.size(), v)));
            }
            String unit = file.analogs().get(channel.channel().analogIndex()).units().trim();
            out.add(new EmgChannel(channel.channel().muscle().displayName(), side, unit, curves, List.of()));
        }
        return out;
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

    private static String summary(Session session, SpatiotemporalTable table) {
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
        s.append("The charts compare how your hips, knees and ankles moved with people of a similar age who walk without problems. ");
        s.append("Your doctor explains what this means for your treatment.");
        return s.toString();
    }

    private static String nonEmpty(String text, String fallback) {
        return text.isBlank() ? fallback : text;
    }
}
