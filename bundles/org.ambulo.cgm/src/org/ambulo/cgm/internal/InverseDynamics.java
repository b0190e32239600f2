package org.ambulo.cgm.internal;

import org.ambulo.model.Side;

/**
 * Newton–Euler inverse dynamics of one leg, foot → tibia → femur, in the lab frame: for each segment
 * {@code F_p = m (a - g) - F_d} and {@code M_p = dH/dt - M_d - (p_d - c) × F_d - (p_p - c) × F_p}, where the distal
 * load of the foot is the ground reaction and that of the tibia and femur the opposite of the joint load below. The
 * results are the force and moment the proximal segment exerts on the distal one at the ankle, knee and hip joint
 * centres, lab frame, N and N·mm, and the joint powers {@code M · (ω_distal - ω_proximal)} in W (ω from the ±2-frame
 * difference of the segment frames, SegmentMotion).
 */
final class InverseDynamics {

    /** Standard gravity, m/s² (Plug-in Gait uses 9.81 in its GRF normalisation). */
    static final double G = 9.81;

    /** Per joint (0 ankle, 1 knee, 2 hip): force N, moment N·mm, lab frame, interleaved; power W. */
    final double[][] forceN = new double[3][];
    final double[][] momentNmm = new double[3][];
    final double[][] powerW = new double[3][];

    private InverseDynamics(int frames) {
        for (int j = 0; j < 3; j++) {
            forceN[j] = SegmentMotion.nan(3 * frames);
            momentNmm[j] = SegmentMotion.nan(3 * frames);
            powerW[j] = SegmentMotion.nan(frames);
        }
    }

    /**
     * @param include
     *            frames to compute (the others stay NaN)
     */
    static InverseDynamics compute(Reconstruction r, Side side, double bodyMassKg, double rateHz, GroundReaction grf, boolean[] include) {
        return compute(r, side, bodyMassKg, rateHz, grf, include, Double.POSITIVE_INFINITY);
    }

    /**
     * @param comCutoffHz
     *            smoothing of the segments' centres of mass before differentiation (SegmentMotion); infinite: none
     */
    static InverseDynamics compute(Reconstruction r, Side side, double bodyMassKg, double rateHz, GroundReaction grf, boolean[] include,
            double comCutoffHz) {
        int n = r.frames;
        InverseDynamics out = new InverseDynamics(n);
        double[] hjc = r.hip(side);
        SegmentTrajectory femur = r.femur(side);
        SegmentTrajectory tibia = r.tibia(side);
        SegmentTrajectory foot = r.foot(side);
        double[] kjc = femur.origin;
        double[] ajc = tibia.origin;
        // the kinetic foot: fixed length per trial, centre of mass on the foot axis (KineticFoot)
        double footLength = footLengthMm(r, side);
        double[] toe = KineticFoot.distalEnd(foot, ajc, footLength);
        double[] footCom = com(ajc, toe, Dempster.FOOT);
        double[] tibiaCom = com(kjc, ajc, Dempster.TIBIA);
        double[] femurCom = com(hjc, kjc, Dempster.FEMUR);
        SegmentMotion footMotion = SegmentMotion.of(footCom, foot.axes, rateHz, comCutoffHz);
        SegmentMotion tibiaMotion = SegmentMotion.of(tibiaCom, tibia.axes, rateHz, comCutoffHz);
        SegmentMotion femurMotion = SegmentMotion.of(femurCom, femur.axes, rateHz, comCutoffHz);
        SegmentMotion pelvisMotion = SegmentMotion.of(r.pelvis.origin, r.pelvis.axes, rateHz, comCutoffHz);
        double mFoot = Dempster.FOOT.massFraction * bodyMassKg;
        double mTibia = Dempster.TIBIA.massFraction * bodyMassKg;
        double mFemur = Dempster.FEMUR.massFraction * bodyMassKg;
        double[] fd = new double[3];
        double[] md = new double[3];
        double[] fp = new double[3];
        double[] mp = new double[3];
        double[] dh = new double[3];
        for (int f = 0; f < n; f++) {
            if (!include[f]) {
                continue;
            }
            int o = 3 * f;
            // foot: distal load = ground reaction, moment about the lab origin (N·mm) -> about nothing yet
            fd[0] = grf.forceN[o];
            fd[1] = grf.forceN[o + 1];
            fd[2] = grf.forceN[o + 2];
            // the ground moment about the lab origin, expressed as a moment at point "origin": use p_d = 0
            md[0] = grf.momentNmm[o];
            md[1] = grf.momentNmm[o + 1];
            md[2] = grf.momentNmm[o + 2];
            double[] zero = ORIGIN;
            segment(mFoot, Dempster.FOOT, ajc, toe, footCom, foot.axes, footMotion, f, zero, 0, fd, md, ajc, o, fp, mp, dh);
            store(out, 0, f, fp, mp);
            power(out, 0, f, mp, footMotion, tibiaMotion);
            // tibia: distal load = minus the ankle load
            neg(fp, fd);
            neg(mp, md);
            segment(mTibia, Dempster.TIBIA, kjc, ajc, tibiaCom, tibia.axes, tibiaMotion, f, ajc, o, fd, md, kjc, o, fp, mp, dh);
            store(out, 1, f, fp, mp);
            power(out, 1, f, mp, tibiaMotion, femurMotion);
            neg(fp, fd);
            neg(mp, md);
            segment(mFemur, Dempster.FEMUR, hjc, kjc, femurCom, femur.axes, femurMotion, f, kjc, o, fd, md, hjc, o, fp, mp, dh);
            store(out, 2, f, fp, mp);
            power(out, 2, f, mp, femurMotion, pelvisMotion);
        }
        return out;
    }

    private static final double[] ORIGIN = new double[3];

    /** The kinetic foot's length: from the heel and toe markers, else the trial mean of |AJC − TOE|. */
    static double footLengthMm(Reconstruction r, Side side) {
        return r.footLengthMm(side).orElseGet(() -> KineticFoot.ankleToToeMm(r.tibia(side).origin, r.foot(side).origin));
    }

    /**
     * Load at the proximal point of one segment, given the distal load (fd N at point pd mm, md N·mm). Writes fp, mp.
     */
    private static void segment(double mass, Dempster bsp, double[] proximalEnd, double[] distalEnd, double[] com, double[] axes,
            SegmentMotion motion, int f, double[] pd, int ipd, double[] fd, double[] md, double[] pp, int ipp, double[] fp, double[] mp,
            double[] dh) {
        int o = 3 * f;
        double[] a = motion.comAccelerationMps2;
        fp[0] = mass * a[o] - fd[0];
        fp[1] = mass * a[o + 1] - fd[1];
        fp[2] = mass * (a[o + 2] + G) - fd[2];
        double length = V3.distance(proximalEnd, o, distalEnd, o) / 1000.0;
        double k = bsp.gyrationFraction * length;
        double transverse = mass * k * k;
        rateOfAngularMomentum(axes, 9 * f, transverse, transverse, 0, motion, o, dh);
        // N·m -> N·mm
        double cx = com[o], cy = com[o + 1], cz = com[o + 2];
        double rdx = pd[ipd] - cx, rdy = pd[ipd + 1] - cy, rdz = pd[ipd + 2] - cz;
        double rpx = pp[ipp] - cx, rpy = pp[ipp + 1] - cy, rpz = pp[ipp + 2] - cz;
        mp[0] = dh[0] * 1000 - md[0] - (rdy * fd[2] - rdz * fd[1]) - (rpy * fp[2] - rpz * fp[1]);
        mp[1] = dh[1] * 1000 - md[1] - (rdz * fd[0] - rdx * fd[2]) - (rpz * fp[0] - rpx * fp[2]);
        mp[2] = dh[2] * 1000 - md[2] - (rdx * fd[1] - rdy * fd[0]) - (rpx * fp[1] - rpy * fp[0]);
    }

    /** I α + ω × I ω in the lab frame, I = R diag(ix, iy, iz) Rᵀ (kg·m², N·m). */
    private static void rateOfAngularMomentum(double[] axes, int ia, double ix, double iy, double iz, SegmentMotion motion, int o,
            double[] out) {
        double[] w = motion.angularVelocityRadPerS;
        double[] al = motion.angularAccelerationRadPerS2;
        // local components
        double wl0 = V3.dot(axes, ia, w, o), wl1 = V3.dot(axes, ia + 3, w, o), wl2 = V3.dot(axes, ia + 6, w, o);
        double al0 = V3.dot(axes, ia, al, o), al1 = V3.dot(axes, ia + 3, al, o), al2 = V3.dot(axes, ia + 6, al, o);
        double h0 = ix * wl0, h1 = iy * wl1, h2 = iz * wl2;
        double t0 = ix * al0 + (wl1 * h2 - wl2 * h1);
        double t1 = iy * al1 + (wl2 * h0 - wl0 * h2);
        double t2 = iz * al2 + (wl0 * h1 - wl1 * h0);
        for (int k = 0; k < 3; k++) {
            out[k] = axes[ia + k] * t0 + axes[ia + 3 + k] * t1 + axes[ia + 6 + k] * t2;
        }
    }

    private static double[] com(double[] proximal, double[] distal, Dempster bsp) {
        double[] c = new double[proximal.length];
        double t = bsp.comFromDistal;
        for (int i = 0; i < c.length; i++) {
            c[i] = distal[i] + t * (proximal[i] - distal[i]);
        }
        return c;
    }

    private static void store(InverseDynamics out, int joint, int f, double[] fp, double[] mp) {
        int o = 3 * f;
        System.arraycopy(fp, 0, out.forceN[joint], o, 3);
        System.arraycopy(mp, 0, out.momentNmm[joint], o, 3);
    }

    private static void power(InverseDynamics out, int joint, int f, double[] mp, SegmentMotion distal, SegmentMotion proximal) {
        int o = 3 * f;
        double[] wd = distal.angularVelocityRadPerS;
        double[] wp = proximal.angularVelocityRadPerS;
        out.powerW[joint][f] = (mp[0] * (wd[o] - wp[o]) + mp[1] * (wd[o + 1] - wp[o + 1]) + mp[2] * (wd[o + 2] - wp[o + 2])) / 1000.0;
    }

    private static void neg(double[] in, double[] out) {
        out[0] = -in[0];
        out[1] = -in[1];
        out[2] = -in[2];
    }
}
