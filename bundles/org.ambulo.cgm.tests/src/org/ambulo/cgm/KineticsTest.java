package org.ambulo.cgm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.PointData;
import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kinetics against the Nexus Plug-in Gait outputs stored in the dynamic trials (mass-normalised: N/kg, N·mm/kg, W/kg),
 * RMS over the stance frames of the contacts valid for kinetics (where both Nexus and we have a value), calibration
 * from the trial's PROCESSING group (its kinematics match Nexus to 1e-4°, DynamicKinematicsTest).
 * <p>
 * Goal: moments ≤ 20 N·mm/kg and powers ≤ 0.05 W/kg per component. Both are reached on every file and side compared
 * except PiG_Motion3_noFF's ankle frontal moment (worst RMS over stance, ours − Nexus: powers, W/kg:
 * PiG_Motion-FlatFoot-One 0.014, -Hole 0.020, -Full 0.032, PiGKad_Motion_FootFlat / PiGKadMed_Motion 0.019,
 * PiG_Motion3_FF_N18 0.041, PiG_Motion3_noFF 0.044; moments, N·mm/kg: 14 on -Hole, 10 on -Full, 3.2 on the KAD trials,
 * 6.3 on PiG_Motion3_FF_N18). Not reached, with the tolerance this test holds it to instead:
 * <ul>
 * <li>PiG_Motion3_noFF (no foot flat): ankle frontal moment 18 (left) and 23 (right) N·mm/kg, tolerance 25 on both sides
 * because the left ankle force (0.11 N/kg) exceeds the 0.1 N/kg force tolerance that goes with 20: the axes of the
 * Nexus foot segment ({@code LFOA} etc.) are turned by a constant 1–1.5° from the kinematic foot frame there (not so
 * on the foot-flat trials), which this model does not reproduce;</li>
 * <li>FunctionalWalk (Vicon Workstation 5.2.9): hip sagittal 141 N·mm/kg, knee 58 — the Workstation-era Plug-in Gait
 * kinetics differ from Nexus's; only its ground reaction force is compared.</li>
 * </ul>
 * The ground reaction: Nexus (1.4, 1.8, 2.3 and Workstation 5.2.9 alike) writes each frame as the mean of the analog
 * samples centred on it (spf/2 either side) and, on the first and last frame of a contact, still averages the whole
 * window, samples just before the strike or after the off included. A least-squares fit of a 25-tap kernel to the
 * stored GroundReactionForce inside the stance of PiGKadMed_Motion gives exactly 1/11 on taps −5..+5 and 0 elsewhere;
 * all the earlier differences (0.016 N/kg RMS on the Nexus 2.3 KAD trials, 0.01–0.013 on PiG_Motion3, 0.02 on
 * FunctionalWalk) were on those two edge frames, where the samples outside the detected contact had been counted as
 * zero. With the whole window (default; {@link KineticsSettings#clipGroundReactionToContact()} restores the clipping)
 * the ground reaction matches to float precision on every file, the joint forces to 0.002 N/kg except at the
 * PiG_Motion3_noFF ankle, and on the KAD trials the hip sagittal moment RMS fell from 17.1 to 1.9 N·mm/kg, hip power
 * from 0.061 to 0.014 W/kg, knee power from 0.055 to 0.015 W/kg. (Averaging ±1 analog sample instead had lowered the
 * KAD trials' errors only by shrinking the edge frames' window, and broke the others.)
 * <p>
 * Not compared: the right feet of PiG_Motion-FlatFoot-Hole and of PiGKad_Motion_FootFlat / PiGKadMed_Motion, whose heel
 * markers are 190 and 115 mm behind their plates' edges (Nexus wrote their ground reaction on only 4 and 18–20 % of the
 * contact's frames, so it did not use them either); PiG_Motion-FlatFoot-Full right, whose heel landed on the floor
 * behind plate 1 (stored Foot Strike 11 ms before the plate is loaded; Nexus used it), see FootPlateAssignmentTest;
 * PiGKad_Motion right: its ground reaction matches Nexus exactly (groundReactionForceMatchesNexus) and its kinematics
 * within 1e-3° (DynamicKinematicsTest), yet the ankle force differs by 0.07 N/kg RMS and the hip sagittal moment by
 * 126 N·mm/kg (knee 55). Not the plates: one contact, right foot entirely on plate 1 (1.782–2.421 s), GRF and ankle
 * sagittal moment match frame by frame (left: toe off plate 2, not valid). The cause is the markers: this file stores
 * them unfiltered (RMS fourth difference 1–3 mm per marker against 0.004–0.05 mm on every other Nexus trial), so the
 * segment accelerations are noise-dominated. The tibia and femur centre-of-mass accelerations implied by the Nexus joint
 * forces are a low-passed second derivative of our centres of mass (a 15-tap least-squares kernel fits them to 0.003
 * m/s²; gain 1 to 15 Hz, about 0.5–0.7 at 30 Hz, differing per segment), while our five-point stencil (exact on the
 * filtered trials) differs from them by 1.6 m/s² RMS. Low-passing the markers (2nd-order Butterworth 30 Hz, zero lag)
 * before the model halves the hip error (58 N·mm/kg) and cuts the ankle force to 0.014 N/kg, but no fixed Butterworth
 * reproduces the Nexus smoothing (it seems adaptive, e.g. a GCV spline), so the file stays out of the comparison.
 * <p>
 * What the residual analysis found and the model now does (KineticFoot): the Nexus kinetic foot is not AJC–toe marker
 * frame by frame; its length is the trial mean of |HEE − TOE| minus the marker radius ({@code |LFOA − LFOO|} of the
 * Nexus foot segment, KineticFootTest) and its centre of mass is half that length from the AJC along the foot axis.
 * With it the foot centre-of-mass acceleration implied by the Nexus ankle force equals ours to the file's float
 * precision on the foot-flat trials (it was 1–4 m/s² off), and the hip sagittal moment RMS fell from 24–35 to 6–17
 * N·mm/kg. The powers' remaining differences come from the joint angular velocity, whose Nexus definition is not yet
 * reproduced exactly; the central difference of the segment frames over ±2 frames comes closest (SegmentMotion: ankle
 * power RMS fell from 0.057 to 0.032 W/kg on PiG_Motion-FlatFoot-Full, from 0.052 to 0.037–0.038 on the right of
 * PiG_Motion3_FF_N18 and PiG_Motion3_noFF).
 */
class KineticsTest {

    static final String OTHER = "OpenMA__openma-data/input/c3d/other/";

    static CgmResult model(C3dFile dynamic, KineticsSettings settings) throws CgmException {
        SubjectMeasurements subject = SubjectParameters.fromProcessing(dynamic).orElseThrow();
        // the FlatFoot trials were captured with 16 mm markers (openma_plugingait_tests.json), the others with 14 mm
        double diameter = SubjectParameters.markerDiameterMm(dynamic)
                .orElse(dynamic.sourceName().contains("PiG_Motion-FlatFoot") ? 16 : CgmOptions.DEFAULT_MARKER_DIAMETER_MM);
        StaticCalibration c = ConventionalGaitModel.fromStoredCalibration(subject,
                new CgmOptions(diameter, false, false, KneeCalibration.WAND));
        return ConventionalGaitModel.kinematicsAndKinetics(dynamic, c, settings);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PiG_Motion-FlatFoot-One.c3d, LEFT, 20, 0.05", "PiG_Motion-FlatFoot-One.c3d, RIGHT, 20, 0.05",
            "PiG_Motion-FlatFoot-Hole.c3d, LEFT, 20, 0.05", "PiG_Motion-FlatFoot-Full.c3d, LEFT, 20, 0.05",
            "PiGKad_Motion_FootFlat.c3d, LEFT, 20, 0.05", "PiGKadMed_Motion.c3d, LEFT, 20, 0.05", "PiG_Motion3_FF_N18.c3d, LEFT, 20, 0.05",
            "PiG_Motion3_FF_N18.c3d, RIGHT, 20, 0.05", "PiG_Motion3_noFF.c3d, LEFT, 25, 0.05", "PiG_Motion3_noFF.c3d, RIGHT, 25, 0.05"})
    void momentsAndPowersMatchNexusOverStance(String file, Side side, double momentToleranceNmmPerKg, double powerToleranceWPerKg)
            throws CgmException {
        C3dFile dynamic = PigFiles.pig(file);
        CgmResult result = model(dynamic, KineticsSettings.defaults());
        String p = String.valueOf(side.labelPrefix());
        for (String joint : List.of("Ankle", "Knee", "Hip")) {
            double[] moment = rmsOverStance(dynamic, result, p + joint + "Moment", side);
            for (int axis = 0; axis < 3; axis++) {
                assertTrue(moment[axis] <= momentToleranceNmmPerKg,
                        file + " " + p + joint + "Moment axis " + axis + ": RMS " + moment[axis] + " N.mm/kg > " + momentToleranceNmmPerKg);
            }
            double[] power = rmsOverStance(dynamic, result, p + joint + "Power", side);
            assertTrue(power[2] <= powerToleranceWPerKg,
                    file + " " + p + joint + "Power: RMS " + power[2] + " W/kg > " + powerToleranceWPerKg);
            // joint forces: not part of the goal; 0.1 N/kg RMS where the moments reach theirs (0.02 typically), else
            // scaled with the moment tolerance (Motion3: 0.12 N/kg at worst)
            double[] force = rmsOverStance(dynamic, result, p + joint + "Force", side);
            double forceTolerance = 0.1 * momentToleranceNmmPerKg / 20;
            for (int axis = 0; axis < 3; axis++) {
                assertTrue(force[axis] <= forceTolerance, file + " " + p + joint + "Force axis " + axis + ": RMS " + force[axis] + " N/kg");
            }
        }
    }

    /**
     * The frame mean of the analog samples centred on each frame, edge frames included (see the class description):
     * float precision (0.001 N/kg) on every Nexus version and on Workstation 5.2.9.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"plugingait/PiG_Motion-FlatFoot-One.c3d, LEFT, true", "plugingait/PiG_Motion-FlatFoot-One.c3d, RIGHT, true",
            "plugingait/PiG_Motion-FlatFoot-Hole.c3d, LEFT, true", "plugingait/PiG_Motion-FlatFoot-Full.c3d, LEFT, true",
            "other/FunctionalWalk.c3d, LEFT, true", "other/FunctionalWalk.c3d, RIGHT, true", "plugingait/PiGKadMed_Motion.c3d, LEFT, true",
            "plugingait/PiGKad_Motion_FootFlat.c3d, LEFT, true", "plugingait/PiGKad_Motion.c3d, RIGHT, true",
            "plugingait/PiG_Motion3_FF_N18.c3d, LEFT, false", "plugingait/PiG_Motion3_FF_N18.c3d, RIGHT, false",
            "plugingait/PiG_Motion3_noFF.c3d, LEFT, false", "plugingait/PiG_Motion3_noFF.c3d, RIGHT, false"})
    void groundReactionForceMatchesNexus(String file, Side side, boolean compareNormalised) throws CgmException {
        C3dFile dynamic = PigFiles.read("OpenMA__openma-data/input/c3d/" + file);
        CgmResult result = model(dynamic, KineticsSettings.defaults());
        String p = String.valueOf(side.labelPrefix());
        double[] grf = rmsOverStance(dynamic, result, p + "GroundReactionForce", side);
        for (int axis = 0; axis < 3; axis++) {
            assertTrue(grf[axis] <= 0.001, file + " " + p + "GroundReactionForce axis " + axis + ": RMS " + grf[axis] + " N/kg");
        }
        if (!compareNormalised) {
            // PiG_Motion3: the vertical matches, the horizontal NormalisedGRF axes differ (19.7 and 8.0 %BW RMS
            // forward and medial), its axis convention on these trials is not reproduced
            return;
        }
        // % body weight in the progression frame (Nexus 2.3; Nexus 1.4 keeps the lab x, which is the same on these
        // trials walking along +x), y medial: 100/g times the force; float precision
        double[] normalised = rmsOverStance(dynamic, result, p + "NormalisedGRF", side);
        for (int axis = 0; axis < 3; axis++) {
            assertTrue(normalised[axis] <= 0.01, file + " " + p + "NormalisedGRF axis " + axis + ": RMS " + normalised[axis]);
        }
    }

    /**
     * Clipping the edge frames' windows to the detected contact (the setting) no longer matches Nexus: PiGKadMed_Motion
     * left differs by 0.016 N/kg RMS vertically then, on its first and last contact frame only.
     */
    @Test
    void clippingTheGroundReactionToTheContactChangesOnlyItsEdgeFrames() throws CgmException {
        C3dFile dynamic = PigFiles.pig("PiGKadMed_Motion.c3d");
        CgmSignal nexusLike = model(dynamic, KineticsSettings.defaults()).signal("LGroundReactionForce").orElseThrow();
        CgmResult clippedResult = model(dynamic, KineticsSettings.defaults().withClipGroundReactionToContact(true));
        CgmSignal clipped = clippedResult.signal("LGroundReactionForce").orElseThrow();
        List<Integer> differing = new java.util.ArrayList<>();
        int stance = 0;
        for (int f = 0; f < dynamic.frameCount(); f++) {
            assertEquals(Double.isFinite(nexusLike.z()[f]), Double.isFinite(clipped.z()[f]), "same contact frames, frame " + f);
            if (Double.isFinite(nexusLike.z()[f])) {
                stance++;
                if (Math.abs(nexusLike.z()[f] - clipped.z()[f]) > 1e-9) {
                    differing.add(f);
                }
            }
        }
        assertEquals(2, differing.size(), "only the first and last contact frames differ: " + differing);
        assertTrue(differing.get(1) - differing.get(0) == stance - 1,
                "they are the contact's edges: " + differing + ", " + stance + " frames");
        double rms = rmsOverStance(dynamic, clippedResult, "LGroundReactionForce", Side.LEFT)[2];
        assertTrue(rms > 0.01, "clipped vertical GRF RMS " + rms + " N/kg: should miss Nexus");
    }

    @Test
    void kineticsAreNanOutsideValidStanceByDefault() throws CgmException {
        C3dFile dynamic = PigFiles.pig("PiG_Motion-FlatFoot-One.c3d");
        CgmResult result = model(dynamic, KineticsSettings.defaults());
        CgmSignal grf = result.signal("LGroundReactionForce").orElseThrow();
        CgmSignal moment = result.signal("LKneeMoment").orElseThrow();
        int stance = 0;
        for (int f = 0; f < dynamic.frameCount(); f++) {
            boolean inStance = Double.isFinite(grf.z()[f]);
            stance += inStance ? 1 : 0;
            assertEquals(inStance, Double.isFinite(moment.x()[f]), "frame " + f + ": moments exactly where the ground reaction is");
        }
        // left contact on plate 2 from 4.726 s to 5.439 s at 100 Hz: 72 frames
        assertEquals(72, stance);
        CgmResult withSwing = model(dynamic, KineticsSettings.defaults().withSwingFromInertia(true));
        CgmSignal swing = withSwing.signal("LKneeMoment").orElseThrow();
        assertTrue(Double.isFinite(swing.x()[120]), "swing frame 120 computed from inertia");
        assertEquals(0.0, withSwing.signal("LGroundReactionForce").orElseThrow().z()[120], "no ground reaction in swing");
    }

    /** Nexus computes swing-phase moments from the segments alone; ours agree within 15 N·mm/kg RMS over those frames. */
    @Test
    void swingMomentsFromInertiaFollowNexus() throws CgmException {
        C3dFile dynamic = PigFiles.pig("PiG_Motion-FlatFoot-One.c3d");
        CgmResult result = model(dynamic, KineticsSettings.defaults().withSwingFromInertia(true));
        CgmSignal grf = result.signal("LGroundReactionForce").orElseThrow();
        for (String joint : List.of("LAnkleMoment", "LKneeMoment", "LHipMoment")) {
            CgmSignal ours = result.signal(joint).orElseThrow();
            int p = dynamic.pointIndex(joint).getAsInt();
            PointData data = dynamic.pointData();
            double sum = 0;
            int n = 0;
            // left swing between foot off 4.18 s (frame 77) and strike 4.72 s (frame 131)
            for (int f = 80; f < 130; f++) {
                if (!data.isValid(f, p) || grf.z()[f] != 0) {
                    continue;
                }
                double d = ours.x()[f] - data.x(f, p);
                sum += d * d;
                n++;
            }
            assertTrue(n > 40, joint + ": swing frames compared " + n);
            double rms = Math.sqrt(sum / n);
            assertTrue(rms <= 15, joint + " swing sagittal RMS " + rms);
        }
    }

    /** The moment vector is the same in every frame choice; only its components change. */
    @Test
    void momentFramesPreserveTheMomentsMagnitude() throws CgmException {
        C3dFile dynamic = PigFiles.pig("PiG_Motion-FlatFoot-One.c3d");
        Map<MomentFrame, CgmSignal> knee = new java.util.EnumMap<>(MomentFrame.class);
        for (MomentFrame frame : MomentFrame.values()) {
            knee.put(frame, model(dynamic, KineticsSettings.defaults().withMomentFrame(frame)).signal("RKneeMoment").orElseThrow());
        }
        int checked = 0;
        for (int f = 0; f < dynamic.frameCount(); f++) {
            double distal = norm(knee.get(MomentFrame.DISTAL), f);
            if (!Double.isFinite(distal)) {
                continue;
            }
            assertEquals(distal, norm(knee.get(MomentFrame.PROXIMAL), f), 1e-9 * distal + 1e-9);
            assertEquals(distal, norm(knee.get(MomentFrame.GLOBAL), f), 1e-9 * distal + 1e-9);
            assertTrue(Double.isFinite(norm(knee.get(MomentFrame.JCS), f)));
            checked++;
        }
        assertTrue(checked > 50);
    }

    @Test
    void trialWithoutPlatesHasNanKineticsAndSaysWhy() throws CgmException {
        C3dFile dynamic = PigFiles.pig("PiG_Motion-FlatFoot-One.c3d");
        SubjectMeasurements subject = SubjectParameters.fromProcessing(dynamic).orElseThrow();
        StaticCalibration c = ConventionalGaitModel.fromStoredCalibration(subject, CgmOptions.defaults().withMarkerDiameterMm(16));
        KineticsInput noPlates = new KineticsInput(dynamic.pointRateHz(), 0, 10, List.of(), List.of(), List.of());
        CgmResult result = ConventionalGaitModel.kinematicsAndKinetics(dynamic.sourceName(), ConventionalGaitModel.markers(dynamic), c,
                noPlates,
                KineticsSettings.defaults());
        CgmSignal moment = result.signal("LHipMoment").orElseThrow();
        for (double v : moment.x()) {
            assertFalse(Double.isFinite(v));
        }
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("left foot")), result.notes().toString());
    }

    @Test
    void missingBodyMassIsReported() throws CgmException {
        C3dFile dynamic = PigFiles.pig("PiG_Motion-FlatFoot-One.c3d");
        SubjectMeasurements s = SubjectParameters.fromProcessing(dynamic).orElseThrow();
        SubjectMeasurements noMass = new SubjectMeasurements(s.source(), 0, s.heightMm(), s.interAsisDistanceMm(), s.left(), s.right());
        CgmException e = assertThrows(CgmException.class, () -> ConventionalGaitModel
                .kinematicsAndKinetics(dynamic, ConventionalGaitModel.fromStoredCalibration(noMass, CgmOptions.defaults()),
                        KineticsSettings.defaults()));
        assertTrue(e.getMessage().contains("Bodymass"), e.getMessage());
    }

    private static double norm(CgmSignal s, int f) {
        return Math.sqrt(s.x()[f] * s.x()[f] + s.y()[f] * s.y()[f] + s.z()[f] * s.z()[f]);
    }

    /** RMS per component of ours − Nexus over the frames where our ground reaction is applied and Nexus has a value. */
    static double[] rmsOverStance(C3dFile dynamic, CgmResult result, String label, Side side) {
        CgmSignal grf = result.signal(side.labelPrefix() + "GroundReactionForce").orElseThrow();
        CgmSignal ours = result.signal(label).orElseThrow();
        int p = dynamic.pointIndex(label).orElseThrow(() -> new AssertionError(dynamic.sourceName() + " has no " + label));
        PointData data = dynamic.pointData();
        double[] sum = new double[3];
        int n = 0;
        for (int f = 0; f < dynamic.frameCount(); f++) {
            if (!Double.isFinite(grf.z()[f]) || !data.isValid(f, p)) {
                continue;
            }
            double[] nexus = {data.x(f, p), data.y(f, p), data.z(f, p)};
            double[] mine = {ours.x()[f], ours.y()[f], ours.z()[f]};
            for (int k = 0; k < 3; k++) {
                assertTrue(Double.isFinite(mine[k]), label + " frame " + f + ": in stance without a value");
                sum[k] += (mine[k] - nexus[k]) * (mine[k] - nexus[k]);
            }
            n++;
        }
        assertTrue(n >= 40, dynamic.sourceName() + " " + label + ": only " + n + " stance frames to compare");
        return new double[]{Math.sqrt(sum[0] / n), Math.sqrt(sum[1] / n), Math.sqrt(sum[2] / n)};
    }
}
