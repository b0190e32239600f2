package org.ambulo.cgm.internal;

import java.util.OptionalDouble;

import org.ambulo.cgm.CgmException;
import org.ambulo.cgm.KneeCalibration;
import org.ambulo.model.Side;

/**
 * Knee alignment device (KAD) calibration of one leg in the static trial. The KAD's three markers (KAX, KD1, KD2) sit
 * on three mutually perpendicular arms of equal length whose common corner is on the lateral knee: that corner is the
 * virtual knee marker KNE, at the triangle's centroid plus its side length / √6 along the normal, towards the knee.
 * The knee joint centre follows by the chord function in the plane of KAX (the flexion axis); the ankle joint centre
 * likewise in the plane of the knee flexion axis, or, with medial malleolus markers (MED), on the line from ANK
 * towards MED. The wand offsets are the angles, about the segment axes, between the wand markers and those planes.
 */
final class KadCalibration {

    /** Per-leg results; the torsion only with medial malleoli. */
    record KadResult(double thighRotationRad, double shankRotationRad, OptionalDouble tibialTorsionRad, double ankleAbAddRad,
            double[] virtualKnee, double[] ankleCentre) {
    }

    private KadCalibration() {
    }

    static KadResult calibrate(MarkerSet markers, Reconstruction pelvis, ModelParameters p, Side side, KneeCalibration mode)
            throws CgmException {
        String s = String.valueOf(side.labelPrefix());
        String what = "the " + Reconstruction.name(side) + " KAD calibration";
        double[] kax = markers.require(s + "KAX", what);
        double[] kd1 = markers.require(s + "KD1", what);
        double[] kd2 = markers.require(s + "KD2", what);
        double[] thi = markers.require(s + "THI", what);
        double[] tib = markers.require(s + "TIB", what);
        double[] ank = markers.require(s + "ANK", what);
        double[] med = mode == KneeCalibration.KAD_MEDIAL ? markers.require(s + "MED", what + " with medial malleoli") : null;
        double[] hjc = pelvis.hip(side);
        ModelParameters.Leg leg = p.leg(side);
        double sg = leg.lateralSign();
        double kneeDelta = leg.kneeWidthMm() / 2 + p.markerRadiusMm();
        double ankleDelta = leg.ankleWidthMm() / 2 + p.markerRadiusMm();
        int n = markers.frameCount();
        double[] kne = new double[3 * n];
        double[] ajc = new double[3 * n];
        double[] t = new double[30];
        double[] scratch = new double[9];
        double thigh = 0;
        double shank = 0;
        double torsion = 0;
        double abAdd = 0;
        int count = 0;
        for (int f = 0; f < n; f++) {
            int i = 3 * f;
            virtualKnee(kax, kd1, kd2, i, sg, kne, t);
            // t: 0 kjc, 3 ajc, 6 j0, 9 lateral point, 12.. scratch
            Chord.jointCentre(kax, i, hjc, i, kne, i, kneeDelta, 0, t, 0, scratch);
            if (med != null) {
                V3.sub(med, i, ank, i, t, 12);
                V3.normalise(t, 12);
                for (int k = 0; k < 3; k++) {
                    t[3 + k] = ank[i + k] + ankleDelta * t[12 + k];
                    t[9 + k] = 2 * ank[i + k] - t[3 + k];
                }
                Chord.jointCentre(t, 9, t, 0, ank, i, ankleDelta, 0, t, 6, scratch);
            } else {
                for (int k = 0; k < 3; k++) {
                    t[9 + k] = ank[i + k] + kax[i + k] - t[k];
                }
                // zero torsion: the ankle axis is the knee flexion axis seen along the tibia
                Chord.solveWandAngle(t, 9, t, 0, ank, i, ankleDelta, 0, true, t, 3, scratch);
                System.arraycopy(t, 3, t, 6, 3);
            }
            System.arraycopy(t, 3, ajc, i, 3);
            double th = -sg * Chord.wandAngle(thi, i, hjc, i, kne, i, t, 0, scratch);
            double sh = -sg * Chord.wandAngle(tib, i, t, 0, ank, i, t, 3, scratch);
            // tilt of ANK->AJC towards the knee, from the plane perpendicular to the tibia
            V3.sub(t, 3, ank, i, t, 12);
            V3.normalise(t, 12);
            V3.sub(t, 0, t, 3, t, 15);
            V3.normalise(t, 15);
            double ab = med != null ? Math.asin(Math.max(-1, Math.min(1, V3.dot(t, 12, t, 15)))) : 0;
            double tor = med != null ? sg * torsion(t, kne, ank, i, sg) : 0;
            if (Double.isFinite(th) && Double.isFinite(sh) && Double.isFinite(ab) && Double.isFinite(tor)) {
                thigh += th;
                shank += sh;
                abAdd += ab;
                torsion += tor;
                count++;
            }
        }
        if (count == 0) {
            throw new CgmException(markers.trial(),
                    "no frame of the static trial has all markers for " + what + " (" + s + "KAX " + s + "KD1 "
                            + s + "KD2 " + s + "THI " + s + "TIB " + s + "ANK" + (med != null ? " " + s + "MED" : "") + " and the pelvis)");
        }
        return new KadResult(thigh / count, shank / count, med != null ? OptionalDouble.of(torsion / count) : OptionalDouble.empty(),
                abAdd / count, kne, med != null ? ajc : null);
    }

    /** Corner of the three perpendicular KAD arms, into kne[i..i+2]. */
    private static void virtualKnee(double[] kax, double[] kd1, double[] kd2, int i, double sg, double[] kne, double[] t) {
        V3.sub(kd1, i, kax, i, t, 12);
        V3.sub(kd2, i, kax, i, t, 15);
        V3.cross(t, 12, t, 15, t, 18);
        V3.normalise(t, 18);
        double side = (V3.distance(kax, i, kd1, i) + V3.distance(kax, i, kd2, i) + V3.distance(kd1, i, kd2, i)) / 3;
        double h = side / Math.sqrt(6);
        for (int k = 0; k < 3; k++) {
            kne[i + k] = (kax[i + k] + kd1[i + k] + kd2[i + k]) / 3 - sg * h * t[18 + k];
        }
    }

    /** Angle about the tibia axis from the ankle flexion axis (ANK) to the knee flexion axis (KNE), radians. */
    private static double torsion(double[] t, double[] kne, double[] ank, int i, double sg) {
        // t: 0 kjc, 3 ajc; scratch 12..29
        V3.sub(t, 0, t, 3, t, 12);
        V3.normalise(t, 12);
        V3.sub(ank, i, t, 3, t, 15);
        V3.sub(kne, i, t, 0, t, 18);
        V3.scale(t, 15, sg);
        V3.scale(t, 18, sg);
        double pa = V3.dot(t, 15, t, 12);
        double pk = V3.dot(t, 18, t, 12);
        for (int k = 0; k < 3; k++) {
            t[15 + k] -= pa * t[12 + k];
            t[18 + k] -= pk * t[12 + k];
        }
        V3.cross(t, 15, t, 18, t, 21);
        return Math.atan2(V3.dot(t, 21, t, 12), V3.dot(t, 15, t, 18));
    }
}
