package org.ambulo.cgm.internal;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.cgm.CgmQuantity;
import org.ambulo.cgm.CgmSignal;
import org.ambulo.cgm.KineticsSettings;
import org.ambulo.cgm.MomentFrame;
import org.ambulo.forceplate.PlateContact;
import org.ambulo.forceplate.PlateReaction;
import org.ambulo.model.Side;

/**
 * Plug-in Gait kinetics of both legs from the reconstruction and the plate reactions: ground reaction
 * ({@code GroundReactionForce} N/kg, {@code NormalisedGRF} % body weight), joint forces (N/kg), moments (N·mm/kg) and
 * powers (W/kg, in the z component as Nexus writes them), all mass-normalised.
 */
final class KineticsCalculator {

    private KineticsCalculator() {
    }

    static final String[] JOINTS = {"Ankle", "Knee", "Hip"};

    /**
     * @param firstFrameTimeSeconds
     *            capture time of point frame 0
     */
    static List<CgmSignal> compute(Reconstruction r, double bodyMassKg, double rateHz, double firstFrameTimeSeconds, int samplesPerFrame,
            List<PlateReaction> reactions, List<PlateContact> contacts, KineticsSettings settings, List<String> notes) {
        List<CgmSignal> out = new ArrayList<>();
        int n = r.frames;
        double[] progression = Progression.frame(r.pelvis);
        double comCutoffHz = centreOfMassCutoffHz(settings.centreOfMassCutoffHz(), rateHz, notes);
        for (Side side : Side.values()) {
            double lateral = side == Side.LEFT ? -1 : 1;
            String p = String.valueOf(side.labelPrefix());
            GroundReaction grf = GroundReaction.of(side, n, rateHz, firstFrameTimeSeconds, samplesPerFrame, reactions, contacts,
                    settings.clipGroundReactionToContact());
            boolean[] include = new boolean[n];
            int stance = 0;
            for (int f = 0; f < n; f++) {
                include[f] = grf.inContact[f] || settings.swingFromInertia();
                stance += grf.inContact[f] ? 1 : 0;
            }
            if (stance == 0) {
                notes.add("no valid force-plate contact of the " + Reconstruction.name(side) + " foot: its kinetics are NaN"
                        + (settings.swingFromInertia() ? " in stance (swing from inertia only)" : ""));
            }
            if (r.footLengthMm(side).isEmpty()) {
                notes.add("no " + Reconstruction.name(side) + " heel marker (" + p + "HEE): the kinetic foot's length is the mean"
                        + " ankle joint centre to toe marker distance instead of Plug-in Gait's heel-to-toe length");
            }
            InverseDynamics id = InverseDynamics.compute(r, side, bodyMassKg, rateHz, grf, include, comCutoffHz);
            double[] force = SegmentMotion.nan(3 * n);
            double[] normalised = SegmentMotion.nan(3 * n);
            for (int f = 0; f < n; f++) {
                int o = 3 * f;
                for (int k = 0; k < 3; k++) {
                    force[o + k] = grf.inContact[f] ? grf.forceN[o + k] / bodyMassKg : (settings.swingFromInertia() ? 0 : Double.NaN);
                }
                // % body weight in the progression frame: forward, medial (y towards the other foot), up (as Nexus)
                double percent = 100 / InverseDynamics.G;
                normalised[o] = V3.dot(progression, 0, force, o) * percent;
                normalised[o + 1] = lateral * V3.dot(progression, 3, force, o) * percent;
                normalised[o + 2] = force[o + 2] * percent;
            }
            out.add(CgmSignal.ofInterleaved(p + "GroundReactionForce", side, CgmQuantity.FORCE, force));
            out.add(CgmSignal.ofInterleaved(p + "NormalisedGRF", side, CgmQuantity.NORMALISED_FORCE, normalised));
            for (int j = 0; j < 3; j++) {
                double[] fOut = SegmentMotion.nan(3 * n);
                double[] mOut = SegmentMotion.nan(3 * n);
                double[] pOut = SegmentMotion.nan(3 * n);
                for (int f = 0; f < n; f++) {
                    if (!include[f]) {
                        continue;
                    }
                    int o = 3 * f;
                    express(r, side, j, settings.momentFrame(), f, id.forceN[j], fOut);
                    express(r, side, j, settings.momentFrame(), f, id.momentNmm[j], mOut);
                    for (int k = 0; k < 3; k++) {
                        fOut[o + k] /= bodyMassKg;
                        mOut[o + k] /= bodyMassKg;
                    }
                    NexusSigns.apply(j, side, fOut, mOut, o);
                    pOut[o] = 0;
                    pOut[o + 1] = 0;
                    pOut[o + 2] = id.powerW[j][f] / bodyMassKg;
                }
                out.add(CgmSignal.ofInterleaved(p + JOINTS[j] + "Force", side, CgmQuantity.FORCE, fOut));
                out.add(CgmSignal.ofInterleaved(p + JOINTS[j] + "Moment", side, CgmQuantity.MOMENT, mOut));
                out.add(CgmSignal.ofInterleaved(p + JOINTS[j] + "Power", side, CgmQuantity.POWER, pOut));
            }
        }
        return out;
    }

    /** The cut-off as set; one at or above the Nyquist frequency of the trial is dropped (infinite) with a note. */
    private static double centreOfMassCutoffHz(double cutoffHz, double rateHz, List<String> notes) {
        double nyquist = rateHz / 2;
        if (Double.isFinite(cutoffHz) && cutoffHz >= nyquist) {
            notes.add("centre-of-mass smoothing cut-off " + cutoffHz + " Hz is at or above the Nyquist frequency " + nyquist
                    + " Hz of this trial: not applied");
            return Double.POSITIVE_INFINITY;
        }
        return cutoffHz;
    }

    /** Projects the lab vector of joint j at frame f onto the requested axes, into out (interleaved). */
    private static void express(Reconstruction r, Side side, int joint, MomentFrame frame, int f, double[] lab, double[] out) {
        int o = 3 * f;
        int a = 9 * f;
        switch (frame) {
            case GLOBAL -> System.arraycopy(lab, o, out, o, 3);
            case DISTAL -> project(distal(r, side, joint).axes, a, lab, o, out);
            case PROXIMAL -> project(proximal(r, side, joint).axes, a, lab, o, out);
            case JCS -> {
                double[] pa = proximal(r, side, joint).axes;
                double[] da = distal(r, side, joint).axes;
                double[] e = new double[3];
                V3.cross(da, a + 6, pa, a + 3, e, 0);
                V3.normalise(e, 0);
                // e1 = proximal flexion axis (y), e2 = floating axis, e3 = distal long axis (z)
                out[o] = V3.dot(pa, a + 3, lab, o);
                out[o + 1] = V3.dot(e, 0, lab, o);
                out[o + 2] = V3.dot(da, a + 6, lab, o);
            }
        }
    }

    private static void project(double[] axes, int a, double[] lab, int o, double[] out) {
        double x = V3.dot(axes, a, lab, o);
        double y = V3.dot(axes, a + 3, lab, o);
        double z = V3.dot(axes, a + 6, lab, o);
        out[o] = x;
        out[o + 1] = y;
        out[o + 2] = z;
    }

    static SegmentTrajectory distal(Reconstruction r, Side side, int joint) {
        return switch (joint) {
            case 0 -> r.foot(side);
            case 1 -> r.tibiaProximal(side);
            default -> r.femur(side);
        };
    }

    static SegmentTrajectory proximal(Reconstruction r, Side side, int joint) {
        return switch (joint) {
            case 0 -> r.tibia(side);
            case 1 -> r.femur(side);
            default -> r.pelvis;
        };
    }
}
