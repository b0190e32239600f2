package org.ambulo.cgm.internal;

import java.util.Optional;

import org.ambulo.cgm.CgmException;
import org.ambulo.model.Side;

/**
 * Segment poses and joint centres of the CGM lower body for every frame of a trial (Davis 1991, Kadaba 1990, as
 * Plug-in Gait): pelvis from the ASIS and PSIS (or SACR) markers, hip joint centres from the Davis regression in the
 * pelvis frame, knee and ankle joint centres by the chord function, femur and tibia frames from the joint centres and
 * the lateral markers, foot frame from the toe marker, the ankle joint centre and the ankle flexion axis, turned by
 * the static offsets. All CGM segment frames have x anterior, y to the left, z up (proximal); the foot has z from
 * toe to ankle, x up. Frames with missing markers are NaN.
 */
final class Reconstruction {

    final int frames;
    final SegmentTrajectory pelvis;
    final double[] leftHip;
    final double[] rightHip;
    final SegmentTrajectory leftFemur;
    final SegmentTrajectory rightFemur;
    /** Tibia turned by the tibial torsion: y along the knee flexion axis (knee angles). */
    final SegmentTrajectory leftTibiaProximal;
    final SegmentTrajectory rightTibiaProximal;
    /** Tibia with y along the ankle flexion axis (ankle angles, foot). */
    final SegmentTrajectory leftTibia;
    final SegmentTrajectory rightTibia;
    /** Foot before the static offsets (calibration). */
    final SegmentTrajectory leftFootUncorrected;
    final SegmentTrajectory rightFootUncorrected;
    final SegmentTrajectory leftFoot;
    final SegmentTrajectory rightFoot;
    /** Length of the kinetic foot from the heel and toe markers (see KineticFoot); empty without a heel marker. */
    private Optional<Double> leftFootLengthMm = java.util.Optional.empty();
    private Optional<Double> rightFootLengthMm = java.util.Optional.empty();

    private Reconstruction(int frames) {
        this.frames = frames;
        pelvis = new SegmentTrajectory(frames);
        leftHip = nan(frames * 3);
        rightHip = nan(frames * 3);
        leftFemur = new SegmentTrajectory(frames);
        rightFemur = new SegmentTrajectory(frames);
        leftTibiaProximal = new SegmentTrajectory(frames);
        rightTibiaProximal = new SegmentTrajectory(frames);
        leftTibia = new SegmentTrajectory(frames);
        rightTibia = new SegmentTrajectory(frames);
        leftFootUncorrected = new SegmentTrajectory(frames);
        rightFootUncorrected = new SegmentTrajectory(frames);
        leftFoot = new SegmentTrajectory(frames);
        rightFoot = new SegmentTrajectory(frames);
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    double[] hip(Side side) {
        return side == Side.LEFT ? leftHip : rightHip;
    }

    SegmentTrajectory femur(Side side) {
        return side == Side.LEFT ? leftFemur : rightFemur;
    }

    SegmentTrajectory tibiaProximal(Side side) {
        return side == Side.LEFT ? leftTibiaProximal : rightTibiaProximal;
    }

    SegmentTrajectory tibia(Side side) {
        return side == Side.LEFT ? leftTibia : rightTibia;
    }

    SegmentTrajectory foot(Side side) {
        return side == Side.LEFT ? leftFoot : rightFoot;
    }

    Optional<Double> footLengthMm(Side side) {
        return side == Side.LEFT ? leftFootLengthMm : rightFootLengthMm;
    }

    SegmentTrajectory footUncorrected(Side side) {
        return side == Side.LEFT ? leftFootUncorrected : rightFootUncorrected;
    }

    /** Hip joint centre in the pelvis frame (Davis 1991 regression as Nexus implements it), mm. */
    static double[] hipInPelvis(ModelParameters p, Side side) {
        double c = p.meanLegLengthMm() * 0.115 - 15.3;
        double theta = 0.5;
        double beta = 0.314;
        double at = p.leg(side).asisTrochanterDistanceMm() + p.markerRadiusMm();
        double x = c * Math.cos(theta) * Math.sin(beta) - at * Math.cos(beta);
        double y = (p.interAsisDistanceMm() / 2 - c * Math.sin(theta)) * (side == Side.LEFT ? 1 : -1);
        double z = -c * Math.cos(theta) * Math.cos(beta) - at * Math.sin(beta);
        return new double[]{x, y, z};
    }

    /** Runs the reconstruction; a required marker absent from the trial is a {@link CgmException}. */
    static Reconstruction compute(MarkerSet markers, ModelParameters p) throws CgmException {
        return compute(markers, p, null, null);
    }

    /**
     * As {@link #compute(MarkerSet, ModelParameters)}, with measured ankle joint centres (static KAD-medial trial: from
     * the malleoli) instead of the chord function where given.
     */
    static Reconstruction compute(MarkerSet markers, ModelParameters p, double[] leftAnkleCentre, double[] rightAnkleCentre)
            throws CgmException {
        int n = markers.frameCount();
        Reconstruction r = new Reconstruction(n);
        double[] lasi = markers.require("LASI", "the pelvis");
        double[] rasi = markers.require("RASI", "the pelvis");
        double[] sacrum = sacrum(markers);
        r.pelvis(lasi, rasi, sacrum, p);
        for (Side side : Side.values()) {
            String s = String.valueOf(side.labelPrefix());
            double[] thi = markers.require(s + "THI", "the " + name(side) + " knee joint centre");
            double[] kne = markers.require(s + "KNE", "the " + name(side) + " knee joint centre");
            double[] tib = markers.require(s + "TIB", "the " + name(side) + " ankle joint centre");
            double[] ank = markers.require(s + "ANK", "the " + name(side) + " ankle joint centre");
            double[] toe = markers.require(s + "TOE", "the " + name(side) + " foot");
            r.leg(p.leg(side), thi, kne, tib, ank, toe, p.markerRadiusMm(), side == Side.LEFT ? leftAnkleCentre : rightAnkleCentre);
            // the heel marker is optional for kinematics; kinetics fall back without it (KineticsCalculator notes it)
            Optional<Double> footLength = KineticFoot.lengthMm(markers.find(s + "HEE").orElse(null), toe, p.markerRadiusMm());
            if (side == Side.LEFT) {
                r.leftFootLengthMm = footLength;
            } else {
                r.rightFootLengthMm = footLength;
            }
        }
        return r;
    }

    /** Only the pelvis and the hip joint centres (the KAD calibration needs them before the legs). */
    static Reconstruction computePelvis(MarkerSet markers, ModelParameters p) throws CgmException {
        Reconstruction r = new Reconstruction(markers.frameCount());
        r.pelvis(markers.require("LASI", "the pelvis"), markers.require("RASI", "the pelvis"), sacrum(markers), p);
        return r;
    }

    static String name(Side side) {
        return side == Side.LEFT ? "left" : "right";
    }

    static double[] sacrum(MarkerSet markers) throws CgmException {
        if (markers.present("SACR")) {
            return markers.find("SACR").orElseThrow();
        }
        double[] l = markers.require("LPSI", "the pelvis (or SACR)");
        double[] rr = markers.require("RPSI", "the pelvis (or SACR)");
        double[] out = new double[l.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (l[i] + rr[i]) / 2;
        }
        return out;
    }

    private void pelvis(double[] lasi, double[] rasi, double[] sacrum, ModelParameters p) {
        double[] t = new double[6];
        double[] lh = hipInPelvis(p, Side.LEFT);
        double[] rh = hipInPelvis(p, Side.RIGHT);
        for (int f = 0; f < frames; f++) {
            int i = 3 * f;
            for (int k = 0; k < 3; k++) {
                pelvis.origin[i + k] = (lasi[i + k] + rasi[i + k]) / 2;
            }
            V3.sub(lasi, i, rasi, i, t, 0);
            V3.sub(pelvis.origin, i, sacrum, i, t, 3);
            V3.frame(t, 0, t, 3, 1, 0, pelvis.axes, 9 * f);
            V3.toLab(pelvis.origin, i, pelvis.axes, 9 * f, lh[0], lh[1], lh[2], leftHip, i);
            V3.toLab(pelvis.origin, i, pelvis.axes, 9 * f, rh[0], rh[1], rh[2], rightHip, i);
        }
    }

    private void leg(ModelParameters.Leg leg, double[] thi, double[] kne, double[] tib, double[] ank, double[] toe, double markerRadius,
            double[] ankleCentre) {
        Side side = leg.side();
        double sg = leg.lateralSign();
        double[] hjc = hip(side);
        SegmentTrajectory femur = femur(side);
        SegmentTrajectory tibia = tibia(side);
        SegmentTrajectory tibiaProx = tibiaProximal(side);
        SegmentTrajectory footU = footUncorrected(side);
        SegmentTrajectory foot = foot(side);
        double[] tmp = new double[9];
        double[] v = new double[6];
        double kneeDelta = leg.kneeWidthMm() / 2 + markerRadius;
        double ankleDelta = leg.ankleWidthMm() / 2 + markerRadius;
        // wand angle seen along the segment axis; positive offsets turn the other way in the lab on the right side
        double thighOffset = -sg * leg.thighRotationRad();
        double shankOffset = -sg * leg.shankRotationRad();
        double torsion = sg * leg.tibialTorsionRad();
        double abAdd = leg.ankleAbAddRad();
        double pf = leg.staticPlantarFlexionRad();
        double rot = -sg * leg.staticRotationOffsetRad();
        for (int f = 0; f < frames; f++) {
            int i = 3 * f;
            int a = 9 * f;
            Chord.jointCentreWithWandOffset(thi, i, hjc, i, kne, i, kneeDelta, thighOffset, femur.origin, i, tmp);
            V3.sub(hjc, i, femur.origin, i, v, 0);
            V3.sub(kne, i, femur.origin, i, v, 3);
            V3.scale(v, 3, sg);
            V3.frame(v, 0, v, 3, 2, 1, femur.axes, a);

            Chord.jointCentreWithWandOffset(tib, i, femur.origin, i, ank, i, ankleDelta, shankOffset, tibia.origin, i, tmp);
            if (ankleCentre != null) {
                System.arraycopy(ankleCentre, i, tibia.origin, i, 3);
            } else if (abAdd != 0) {
                tiltOutOfPlane(ank, i, femur.origin, ankleDelta, abAdd, tibia.origin, v);
            }
            V3.sub(femur.origin, i, tibia.origin, i, v, 0);
            V3.sub(ank, i, tibia.origin, i, v, 3);
            V3.scale(v, 3, sg);
            V3.frame(v, 0, v, 3, 2, 1, tibia.axes, a);
            System.arraycopy(tibia.origin, i, tibiaProx.origin, i, 3);
            System.arraycopy(tibia.axes, a, tibiaProx.axes, a, 9);
            V3.rotateAbout(tibiaProx.axes, a, 2, torsion);

            System.arraycopy(toe, i, footU.origin, i, 3);
            V3.sub(tibia.origin, i, toe, i, v, 0);
            V3.frame(v, 0, tibiaProx.axes, a + 3, 2, 1, footU.axes, a);
            System.arraycopy(toe, i, foot.origin, i, 3);
            System.arraycopy(footU.axes, a, foot.axes, a, 9);
            V3.rotateAbout(foot.axes, a, 1, -pf);
            V3.rotateAbout(foot.axes, a, 0, rot);
        }
    }

    /**
     * KAD-medial: the ankle joint centre lies on the line from the lateral malleolus towards the medial one, which is
     * tilted by AnkleAbAdd towards the knee from the plane perpendicular to the tibia: J = ANK + delta (cos θ d + sin θ z),
     * d from ANK to the chord solution, z from that solution to the knee joint centre.
     */
    private static void tiltOutOfPlane(double[] ank, int i, double[] kjc, double delta, double theta, double[] ajc, double[] v) {
        V3.sub(ajc, i, ank, i, v, 0);
        V3.normalise(v, 0);
        V3.sub(kjc, i, ajc, i, v, 3);
        V3.normalise(v, 3);
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        for (int k = 0; k < 3; k++) {
            ajc[i + k] = ank[i + k] + delta * (c * v[k] + s * v[3 + k]);
        }
    }
}
