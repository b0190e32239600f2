package org.ambulo.cgm.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.PointData;
import org.ambulo.cgm.CgmException;
import org.ambulo.cgm.CgmOptions;
import org.ambulo.cgm.CgmResult;
import org.ambulo.cgm.CgmSignal;
import org.ambulo.cgm.ConventionalGaitModel;
import org.ambulo.cgm.KineticsSettings;
import org.ambulo.cgm.KneeCalibration;
import org.ambulo.cgm.MomentFrame;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.cgm.SubjectParameters;
import org.ambulo.model.Side;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The moment frame options against an independent computation on real data: the lab-frame moments of
 * {@link MomentFrame#GLOBAL} projected onto the segment axes Nexus stored in the trial ({@code LFEO/LFEA/LFEL/LFEP}
 * femur, {@code LTI*} tibia, {@code LFO*} foot, {@code PEL*} pelvis: origin and anterior, left, proximal axis points) must
 * give the {@link MomentFrame#DISTAL}, {@link MomentFrame#PROXIMAL} and {@link MomentFrame#JCS} outputs (JCS: proximal
 * y, floating axis {@code z_distal × y_proximal} normalised, distal z; Grood and Suntay 1983). The distal-frame moments
 * themselves are compared with the Nexus outputs in KineticsTest, so the lab-frame (GLOBAL) ones are checked through
 * them. PiG_Motion3_FF_N18: tibial torsion 0, so the knee's
 * and the ankle's tibia frames are the same Nexus segment. Measured: at most 7e-4 N·mm/kg on 609 stance frames per
 * option (the Nexus axis points are floats, our frames match them to 1e-4°); projecting onto the wrong segment (the
 * distal axes for PROXIMAL) is 418 N·mm/kg off. Tolerance 0.005 N·mm/kg.
 */
class MomentFrameTest {

    private static final String FILE = "OpenMA__openma-data/input/c3d/plugingait/PiG_Motion3_FF_N18.c3d";
    private static final String[] JOINTS = {"Ankle", "Knee", "Hip"};
    /** Nexus segment prefixes per joint: distal, proximal (side letter first except the pelvis). */
    private static final String[][] SEGMENTS = {{"FO", "TI"}, {"TI", "FE"}, {"FE", "PEL"}};
    private static final double TOLERANCE_NMM_PER_KG = 0.005;

    @ParameterizedTest
    @EnumSource(value = MomentFrame.class, names = {"DISTAL", "PROXIMAL", "JCS"})
    void momentsAreTheLabMomentOnTheNexusSegmentAxes(MomentFrame frame) throws IOException, CgmException {
        C3dFile file = C3dReader.read(SharedData.resolve(FILE));
        StaticCalibration c = ConventionalGaitModel.fromStoredCalibration(SubjectParameters.fromProcessing(file).orElseThrow(),
                new CgmOptions(14, false, false, KneeCalibration.WAND));
        Map<MomentFrame, CgmResult> results = new EnumMap<>(MomentFrame.class);
        for (MomentFrame f : new MomentFrame[]{MomentFrame.GLOBAL, frame}) {
            results.put(f, ConventionalGaitModel.kinematicsAndKinetics(file, c, KineticsSettings.defaults().withMomentFrame(f)));
        }
        PointData d = file.pointData();
        double worst = 0;
        int checked = 0;
        for (Side side : Side.values()) {
            String p = String.valueOf(side.labelPrefix());
            for (int j = 0; j < 3; j++) {
                CgmSignal global = results.get(MomentFrame.GLOBAL).signal(p + JOINTS[j] + "Moment").orElseThrow();
                CgmSignal output = results.get(frame).signal(p + JOINTS[j] + "Moment").orElseThrow();
                String distal = p + SEGMENTS[j][0];
                String proximal = j == 2 ? SEGMENTS[j][1] : p + SEGMENTS[j][1];
                for (int f = 0; f < file.frameCount(); f++) {
                    if (!Double.isFinite(global.x()[f])) {
                        continue;
                    }
                    double[] lab = unsigned(j, side, global, f);
                    double[] dAxes = nexusAxes(file, d, distal, f);
                    double[] pAxes = nexusAxes(file, d, proximal, f);
                    if (dAxes == null || pAxes == null) {
                        continue;
                    }
                    double[] expected = switch (frame) {
                        case DISTAL -> project(dAxes, lab);
                        case PROXIMAL -> project(pAxes, lab);
                        default -> jcs(dAxes, pAxes, lab);
                    };
                    double[] ours = unsigned(j, side, output, f);
                    for (int k = 0; k < 3; k++) {
                        double diff = Math.abs(ours[k] - expected[k]);
                        worst = Math.max(worst, diff);
                        assertTrue(diff <= TOLERANCE_NMM_PER_KG, frame + " " + p + JOINTS[j] + "Moment frame " + f + " component " + k
                                + ": ours " + ours[k] + ", lab moment on the Nexus axes " + expected[k]);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 300, frame + ": stance frames checked " + checked + " (worst " + worst + " N.mm/kg)");
    }

    /** The output's components back in x, y, z order and sign of the projection (NexusSigns undone). */
    private static double[] unsigned(int joint, Side side, CgmSignal s, int f) {
        double[] force = new double[3];
        double[] moment = {1, 2, 3};
        // the permutation and signs of this joint and side, read off NexusSigns by applying it to markers 1, 2, 3
        NexusSigns.apply(joint, side, force, moment, 0);
        double[] v = {s.x()[f], s.y()[f], s.z()[f]};
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            int source = (int) Math.abs(moment[k]) - 1;
            out[source] = Math.signum(moment[k]) * v[k];
        }
        return out;
    }

    /** Unit anterior (x), left (y), proximal (z) axes of a Nexus segment at frame f, or null where not stored. */
    private static double[] nexusAxes(C3dFile file, PointData d, String segment, int f) {
        int o = file.pointIndex(segment + "O").getAsInt();
        String[] ends = {"A", "L", "P"};
        double[] axes = new double[9];
        if (!d.isValid(f, o)) {
            return null;
        }
        for (int k = 0; k < 3; k++) {
            int a = file.pointIndex(segment + ends[k]).getAsInt();
            if (!d.isValid(f, a)) {
                return null;
            }
            axes[3 * k] = d.x(f, a) - d.x(f, o);
            axes[3 * k + 1] = d.y(f, a) - d.y(f, o);
            axes[3 * k + 2] = d.z(f, a) - d.z(f, o);
            V3.normalise(axes, 3 * k);
        }
        return axes;
    }

    private static double[] project(double[] axes, double[] v) {
        return new double[]{V3.dot(axes, 0, v, 0), V3.dot(axes, 3, v, 0), V3.dot(axes, 6, v, 0)};
    }

    private static double[] jcs(double[] distal, double[] proximal, double[] v) {
        double[] e2 = new double[3];
        V3.cross(distal, 6, proximal, 3, e2, 0);
        V3.normalise(e2, 0);
        return new double[]{V3.dot(proximal, 3, v, 0), V3.dot(e2, 0, v, 0), V3.dot(distal, 6, v, 0)};
    }
}
