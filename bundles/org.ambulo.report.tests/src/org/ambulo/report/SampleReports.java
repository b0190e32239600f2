package org.ambulo.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

import org.ambulo.model.Side;

/**
 * SYNTHETIC sample report for tests and layout reviews: a fictitious child with spastic diplegia, two cycles per side
 * of plausible (not measured) kinematic, kinetic and EMG curves built from Gaussian bumps and sinusoids, and
 * invented norm bands. No number here is clinical data.
 */
public final class SampleReports {
    public static final int SAMPLES = 101;
    public static final String PATIENT_ID = "SYN-0042";

    private SampleReports() {
    }

    /** The full sample: every section filled, signed. */
    public static ReportDocument syntheticChild() {
        return new ReportDocument("Clinical Gait Analysis Report (SYNTHETIC SAMPLE)",
                new PatientInfo(PATIENT_ID, "Sample, Alex (synthetic)", LocalDate.of(2015, 3, 14), "female", 10.6,
                        138.5, 31.2),
                new SessionInfo("S-2025-117", LocalDate.of(2025, 10, 21), Instant.parse("2025-10-22T09:30:00Z")),
                new Referral("Dr. R. Referrer, paediatric orthopaedics",
                        "Pre-operative planning: crouch gait and in-toeing; consider multilevel surgery.",
                        List.of("G80.1", "R26.89")),
                new ClinicalHistory("Born at 29 weeks; spastic diplegia GMFCS II. Botulinum toxin to both calves"
                        + " at 7 and 8 years; night splints. Increasing fatigue and tripping over the last year.",
                        "Results decide between soft-tissue surgery, bony derotation and continued conservative care.",
                        "Hip radiograph 2025-06: migration index 18 % left, 15 % right."),
                new Laboratory("Ambulo Motion Laboratory (sample)", "1 Example Street, Sample City",
                        List.of("12 optical cameras, 100 Hz", "3 force plates (AMTI type 2), 1000 Hz",
                                "16-channel surface EMG, 2000 Hz", "2 synchronised video cameras (front, side)",
                                "Ambulo workbench 0.1"),
                        List.of("Dr. P. Physician (interpreting physician)", "K. Kinesiologist (capture)")),
                new Methods(List.of("Barefoot walking at self-selected speed, 6 trials", "Static calibration"),
                        "Plug-in Gait lower body, 16 markers + medial malleoli", "Conventional Gait Model 1.0",
                        "Markers: Butterworth low-pass 6 Hz, 2nd order, zero lag; force plates 20 Hz",
                        "Force-plate contact (20 N threshold), kinematic (Zeni) where no plate strike",
                        new NormReference("Synthetic norm set (sample)", "8-12 years", "free speed (0.33-0.55)",
                                "Dimensionless speed 0.41 and age 10.6 fall in this band and bin.")),
                spatiotemporal(), List.of(new FootOff(Side.LEFT, 63.0), new FootOff(Side.RIGHT, 61.5)),
                kinematics(), kinetics(), emg(), scores(),
                List.of(new QualityNote(QualityNote.Kind.GAP_FILLED, "Walk03", "LTOE gap of 12 frames filled (spline)"),
                        new QualityNote(QualityNote.Kind.EVENT_FLAGGED, "Walk05",
                                "Right foot strike on plate 2 rejected: heel outside plate"),
                        new QualityNote(QualityNote.Kind.FILE_QUIRK, "Walk01", "First frame is 112, not 1")),
                new Interpretation("Bilateral crouch with excessive knee flexion in stance, worse on the left, and"
                        + " reduced knee flexion in swing. Internal foot progression bilaterally.",
                        List.of("Left knee flexion at initial contact 30 deg (norm 5 +/- 5)",
                                "Reduced peak knee flexion in swing (48 deg)",
                                "Internal foot progression -12 deg left"),
                        "Spastic diplegia with crouch gait.", "Discuss hamstring lengthening; repeat in 12 months."),
                List.of(new CodingLine("96000", List.of(), 1, "3D kinematics and kinetics, video"),
                        new CodingLine("96002", List.of(), 1, "Surface EMG, 5 muscles per side (10 channels)"),
                        new CodingLine("96004", List.of(), 1, "Physician review and written interpretation")),
                new Signature("Dr. P. Physician", "MD", "I reviewed the data and video and wrote this interpretation.",
                        Optional.of(Instant.parse("2025-10-23T14:05:00Z"))),
                "You walk with your knees more bent than most children of your age, a little more on the left side. "
                        + "Your feet point inwards. This makes walking tiring. We will talk with you about treatment "
                        + "that can help your knees straighten when you stand on your leg.");
    }

    static List<SpatiotemporalRow> spatiotemporal() {
        return List.of(
                row("Walking speed", "m/s", 0.82, 0.84, 1.15, 0.12, 2),
                row("Cadence", "steps/min", 118.4, 119.0, 126.0, 9.0, 1),
                row("Stride length", "m", 0.83, 0.85, 1.10, 0.09, 2),
                row("Step length", "m", 0.40, 0.43, 0.55, 0.05, 2),
                row("Stride time", "s", 1.01, 1.00, 0.95, 0.07, 2),
                row("Foot off", "% cycle", 63.0, 61.5, 59.5, 1.8, 1),
                row("Single support", "% cycle", 37.8, 36.6, 40.0, 1.9, 1),
                new SpatiotemporalRow("Step width", "m", OptionalDouble.of(0.14), OptionalDouble.empty(),
                        new NormStat(0.09, 0.02), 2));
    }

    private static SpatiotemporalRow row(String name, String unit, double left, double right, double mean, double sd,
            int decimals) {
        return new SpatiotemporalRow(name, unit, OptionalDouble.of(left), OptionalDouble.of(right),
                new NormStat(mean, sd), decimals);
    }

    /** Gaussian bump of height a centred at c (fraction of cycle) with width s; periodic over the cycle. */
    static double bump(double p, double a, double c, double s) {
        double d = Math.min(Math.abs(p - c), 1 - Math.abs(p - c));
        return a * Math.exp(-d * d / (2 * s * s));
    }

    static List<CurvePanel> kinematics() {
        List<CurvePanel> panels = new ArrayList<>();
        add(panels, "Pelvic tilt", Plane.SAGITTAL, p -> 12 + 2 * Math.cos(4 * Math.PI * p), 3.5, 8, 4);
        add(panels, "Pelvic obliquity", Plane.FRONTAL, p -> 5 * Math.sin(2 * Math.PI * p), 3, 1, 1.5);
        add(panels, "Pelvic rotation", Plane.TRANSVERSE, p -> 6 * Math.cos(2 * Math.PI * p), 4, 2, 2);
        add(panels, "Hip flexion", Plane.SAGITTAL, p -> 12 + 23 * Math.cos(2 * Math.PI * (p - 0.02)), 5, 10, 4);
        add(panels, "Hip adduction", Plane.FRONTAL, p -> 4 * Math.sin(2 * Math.PI * (p + 0.1)), 3.5, 3, 1.5);
        add(panels, "Hip rotation", Plane.TRANSVERSE, p -> 3 * Math.cos(2 * Math.PI * p), 7, 8, 3);
        add(panels, "Knee flexion", Plane.SAGITTAL,
                p -> 5 + bump(p, 13, 0.15, 0.06) + bump(p, 55, 0.72, 0.11), 5, 20, 5);
        add(panels, "Knee valgus", Plane.FRONTAL, p -> 2 + bump(p, 6, 0.72, 0.1), 3, 2, 1);
        add(panels, "Knee rotation", Plane.TRANSVERSE, p -> -5 + 8 * Math.sin(2 * Math.PI * p), 6, 4, 2);
        add(panels, "Ankle dorsiflexion", Plane.SAGITTAL,
                p -> bump(p, -5, 0.07, 0.035) + bump(p, 11, 0.45, 0.1) + bump(p, -19, 0.63, 0.05), 4.5, 3, 3);
        add(panels, "Ankle inversion", Plane.FRONTAL, p -> 2 * Math.sin(2 * Math.PI * p), 3, 1, 1);
        add(panels, "Foot rotation", Plane.TRANSVERSE, p -> -8 + 4 * Math.sin(2 * Math.PI * p), 6, 5, 2);
        // PiG foot progression angles have three components too; the transverse one is the progression angle
        add(panels, "Foot progression", Plane.SAGITTAL, p -> bump(p, 20, 0.6, 0.1), 5, 2, 2);
        add(panels, "Foot progression", Plane.FRONTAL, p -> 2 * Math.cos(2 * Math.PI * p), 2, 1, 1);
        add(panels, "Foot progression", Plane.TRANSVERSE, p -> -10 + 3 * Math.sin(2 * Math.PI * p), 5, -12, 3);
        return panels;
    }

    /** Norm mean f(p) with band +/- sd; patient cycles = mean + sideOffset + cycle wobble. */
    private static void add(List<CurvePanel> panels, String name, Plane plane, DoubleUnaryOperator normMean,
            double sd, double deviation, double sideDifference) {
        double[] mean = new double[SAMPLES];
        double[] lower = new double[SAMPLES];
        double[] upper = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            mean[i] = normMean.applyAsDouble(i / 100.0);
            lower[i] = mean[i] - sd;
            upper[i] = mean[i] + sd;
        }
        List<CycleCurve> cycles = new ArrayList<>();
        for (Side side : Side.values()) {
            for (int k = 1; k <= 2; k++) {
                double offset = deviation + (side == Side.LEFT ? sideDifference : 0);
                double wobble = (k == 1 ? 1 : -1) * (0.8 + 0.1 * sd);
                double[] v = new double[SAMPLES];
                for (int i = 0; i < SAMPLES; i++) {
                    double p = i / 100.0;
                    double shifted = normMean.applyAsDouble(p - (side == Side.LEFT ? 0.02 : 0.01));
                    v[i] = shifted + offset + wobble * Math.sin(2 * Math.PI * p * 2 + k);
                }
                cycles.add(new CycleCurve(side, side.labelPrefix() + "cycle " + k, v));
            }
        }
        String unit = "deg";
        panels.add(new CurvePanel(name, plane, unit, cycles,
                Optional.of(new NormBand("Synthetic norm set (sample)", mean, lower, upper))));
    }

    static List<CurvePanel> kinetics() {
        List<CurvePanel> panels = new ArrayList<>();
        kinetic(panels, "Hip moment", Plane.SAGITTAL, "Nm/kg",
                p -> p < 0.6 ? bump(p, 0.9, 0.05, 0.06) - bump(p, 0.9, 0.5, 0.07) : 0);
        kinetic(panels, "Knee moment", Plane.SAGITTAL, "Nm/kg",
                p -> p < 0.6 ? bump(p, 0.5, 0.15, 0.05) - bump(p, 0.2, 0.45, 0.06) : 0);
        kinetic(panels, "Ankle moment", Plane.SAGITTAL, "Nm/kg", p -> p < 0.62 ? bump(p, 1.4, 0.47, 0.11) : 0);
        kinetic(panels, "Hip power", Plane.NONE, "W/kg",
                p -> p < 0.62 ? bump(p, 0.8, 0.08, 0.04) - bump(p, 0.6, 0.35, 0.07) + bump(p, 0.9, 0.56, 0.04) : 0);
        kinetic(panels, "Knee power", Plane.NONE, "W/kg",
                p -> bump(p, -0.6, 0.12, 0.03) + bump(p, 0.3, 0.22, 0.03) - bump(p, 0.6, 0.58, 0.03));
        kinetic(panels, "Ankle power", Plane.NONE, "W/kg",
                p -> p < 0.62 ? -bump(p, 0.5, 0.35, 0.08) + bump(p, 3.2, 0.53, 0.035) : 0);
        kinetic(panels, "Vertical GRF", Plane.NONE, "N/kg",
                p -> p < 0.6 ? bump(p, 11, 0.14, 0.07) + bump(p, 10.5, 0.46, 0.07) : 0);
        kinetic(panels, "Anterior-posterior GRF", Plane.NONE, "N/kg",
                p -> p < 0.6 ? -bump(p, 1.8, 0.12, 0.05) + bump(p, 2.0, 0.5, 0.05) : 0);
        kinetic(panels, "Medio-lateral GRF", Plane.NONE, "N/kg", p -> p < 0.6 ? bump(p, 0.6, 0.3, 0.15) : 0);
        return panels;
    }

    private static void kinetic(List<CurvePanel> panels, String name, Plane plane, String unit,
            DoubleUnaryOperator normMean) {
        double[] mean = new double[SAMPLES];
        double[] lower = new double[SAMPLES];
        double[] upper = new double[SAMPLES];
        double peak = 0;
        for (int i = 0; i < SAMPLES; i++) {
            mean[i] = normMean.applyAsDouble(i / 100.0);
            peak = Math.max(peak, Math.abs(mean[i]));
        }
        for (int i = 0; i < SAMPLES; i++) {
            double sd = 0.04 * peak + 0.2 * Math.abs(mean[i]); // narrow in swing, wider at peaks
            lower[i] = mean[i] - sd;
            upper[i] = mean[i] + sd;
        }
        List<CycleCurve> cycles = new ArrayList<>();
        for (Side side : Side.values()) {
            for (int k = 1; k <= 2; k++) {
                double scale = (side == Side.LEFT ? 0.8 : 0.9) + 0.05 * k;
                double[] v = new double[SAMPLES];
                for (int i = 0; i < SAMPLES; i++) {
                    v[i] = scale * normMean.applyAsDouble(i / 100.0 - 0.01 * k);
                }
                cycles.add(new CycleCurve(side, side.labelPrefix() + "cycle " + k, v));
            }
        }
        panels.add(new CurvePanel(name, plane, unit, cycles,
                Optional.of(new NormBand("Synthetic norm set (sample)", mean, lower, upper))));
    }

    static List<EmgChannel> emg() {
        List<EmgChannel> channels = new ArrayList<>();
        for (Side side : Side.values()) {
            emg(channels, "Rectus femoris", side, List.of(new ActivationWindow(0, 15), new ActivationWindow(55, 70)),
                    p -> bump(p, 0.5, 0.05, 0.05) + bump(p, 0.6, 0.6, 0.05));
            emg(channels, "Vastus lateralis", side, List.of(new ActivationWindow(0, 20), new ActivationWindow(90, 100)),
                    p -> bump(p, 0.8, 0.05, 0.07));
            emg(channels, "Medial hamstrings", side, List.of(new ActivationWindow(0, 10), new ActivationWindow(80, 100)),
                    p -> bump(p, 0.9, 0.95, 0.07) + bump(p, 0.5, 0.3, 0.1));
            emg(channels, "Tibialis anterior", side, List.of(new ActivationWindow(0, 12), new ActivationWindow(60, 100)),
                    p -> bump(p, 0.7, 0.03, 0.05) + bump(p, 0.5, 0.75, 0.08));
            emg(channels, "Gastrocnemius", side, List.of(new ActivationWindow(10, 50)), p -> bump(p, 0.9, 0.35, 0.1));
        }
        return channels;
    }

    private static void emg(List<EmgChannel> channels, String muscle, Side side, List<ActivationWindow> windows,
            DoubleUnaryOperator envelope) {
        List<CycleCurve> cycles = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            double[] v = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                double p = i / 100.0;
                v[i] = 0.05 + envelope.applyAsDouble(p - 0.02 * k) * (side == Side.LEFT ? 1.0 : 0.85);
            }
            cycles.add(new CycleCurve(side, side.labelPrefix() + "cycle " + k, v));
        }
        channels.add(new EmgChannel(muscle, side, "norm. envelope", cycles, windows));
    }

    static GaitScores scores() {
        String[] variables = {"Pelvic tilt", "Pelvic obliquity", "Pelvic rotation", "Hip flexion", "Hip adduction",
                "Hip rotation", "Knee flexion", "Ankle dorsiflexion", "Foot progression"};
        double[] left = {10.2, 2.1, 3.0, 12.4, 3.3, 9.0, 21.5, 6.2, 13.1};
        double[] right = {10.0, 2.0, 2.9, 9.8, 3.1, 8.1, 17.2, 5.5, 12.0};
        List<GvsEntry> gvs = new ArrayList<>();
        for (int i = 0; i < variables.length; i++) {
            gvs.add(new GvsEntry(variables[i], Side.LEFT, left[i]));
            gvs.add(new GvsEntry(variables[i], Side.RIGHT, right[i]));
        }
        return new GaitScores(gvs, List.of(new SideScore(Side.LEFT, 10.9, 71.3), new SideScore(Side.RIGHT, 9.4, 75.8)),
                10.2, "GVS = RMS difference to the norm mean over 51 points; GPS = RMS of the 9 GVS (Baker 2009).");
    }
}
