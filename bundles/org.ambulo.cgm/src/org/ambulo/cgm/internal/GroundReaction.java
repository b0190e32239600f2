package org.ambulo.cgm.internal;

import java.util.List;

import org.ambulo.forceplate.PlateContact;
import org.ambulo.forceplate.PlateReaction;
import org.ambulo.model.Side;

/**
 * The ground reaction on one foot at the point rate, from the plate contacts assigned to it and valid for kinetics:
 * force (N), and moment about the lab origin (N·mm), lab frame; zero outside contacts, {@code inContact} marks the
 * frames with a contact. Each frame is the mean of the analog samples centred on it (spf/2 either side, spf = analog
 * samples per frame); the contact's frames are those whose window overlaps its strike–off interval. As Nexus (1.4 to
 * 2.3, Workstation 5.2.9), the edge frames average all their window's samples, also those just before the strike or
 * after the off (below the detection threshold but not zero): this reproduces the Nexus GroundReactionForce points on
 * every frame (KineticsTest). With {@code clipToContact} those samples count as zero instead.
 */
final class GroundReaction {

    final double[] forceN;
    final double[] momentNmm;
    final boolean[] inContact;

    private GroundReaction(int frames) {
        forceN = new double[3 * frames];
        momentNmm = new double[3 * frames];
        inContact = new boolean[frames];
    }

    /** No ground reaction on any frame (e.g. a trial without plates). */
    static GroundReaction none(int frames) {
        return new GroundReaction(frames);
    }

    /**
     * @param firstFrameTimeSeconds
     *            capture time of point frame 0 ({@code (firstFrame - 1) / pointRate})
     * @param clipToContact
     *            count the samples outside a contact as zero (not Nexus, see {@code KineticsSettings})
     */
    static GroundReaction of(Side side, int frames, double pointRateHz, double firstFrameTimeSeconds, int samplesPerFrame,
            List<PlateReaction> reactions, List<PlateContact> contacts, boolean clipToContact) {
        GroundReaction g = new GroundReaction(frames);
        int half = samplesPerFrame / 2;
        for (PlateContact c : contacts) {
            if (!c.validForKinetics() || c.side().orElse(null) != side) {
                continue;
            }
            PlateReaction r = reactions.stream().filter(p -> p.plateNumber() == c.plateNumber()).findFirst().orElse(null);
            if (r == null) {
                continue;
            }
            double analogRate = r.analogRateHz();
            int n = r.sampleCount();
            int from = (int) Math.ceil((c.strikeTimeSeconds() - firstFrameTimeSeconds) * analogRate - 1e-6);
            int to = (int) Math.floor((c.offTimeSeconds() - firstFrameTimeSeconds) * analogRate + 1e-6);
            from = Math.max(from, 0);
            to = Math.min(to, n - 1);
            double[] up = r.upwardNormal();
            double norm = 1.0 / (2 * half + 1);
            for (int f = 0; f < frames; f++) {
                int centre = f * samplesPerFrame;
                int lo = Math.max(centre - half, from);
                int hi = Math.min(centre + half, to);
                if (lo > hi) {
                    continue;
                }
                g.inContact[f] = true;
                if (!clipToContact) {
                    lo = Math.max(centre - half, 0);
                    hi = Math.min(centre + half, n - 1);
                }
                double fx = 0, fy = 0, fz = 0, mx = 0, my = 0, mz = 0;
                for (int s = lo; s <= hi; s++) {
                    double x = r.forceXN()[s];
                    double y = r.forceYN()[s];
                    double z = r.forceZN()[s];
                    fx += x;
                    fy += y;
                    fz += z;
                    if (r.isLoaded(s)) {
                        // moment about the lab origin: COP x F + free moment along the plate normal
                        double px = r.copXMm()[s];
                        double py = r.copYMm()[s];
                        double pz = r.copZMm()[s];
                        double t = r.freeMomentNmm()[s];
                        mx += py * z - pz * y + t * up[0];
                        my += pz * x - px * z + t * up[1];
                        mz += px * y - py * x + t * up[2];
                    }
                }
                int o = 3 * f;
                g.forceN[o] += fx * norm;
                g.forceN[o + 1] += fy * norm;
                g.forceN[o + 2] += fz * norm;
                g.momentNmm[o] += mx * norm;
                g.momentNmm[o + 1] += my * norm;
                g.momentNmm[o + 2] += mz * norm;
            }
        }
        return g;
    }
}
