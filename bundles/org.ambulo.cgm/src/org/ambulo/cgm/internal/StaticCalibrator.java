package org.ambulo.cgm.internal;

import java.util.Map;

import org.ambulo.cgm.CgmException;
import org.ambulo.cgm.CgmOptions;
import org.ambulo.cgm.KneeCalibration;
import org.ambulo.cgm.LegMeasurements;
import org.ambulo.cgm.SideCalibration;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.cgm.SubjectMeasurements;
import org.ambulo.cgm.internal.KadCalibration.KadResult;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;

/**
 * Static calibration of the CGM lower body as Plug-in Gait does it: inter-ASIS distance, ASIS–trochanter distance,
 * KAD offsets (thigh and shank rotation, tibial torsion and ankle tilt with medial malleoli) and the static foot
 * offsets (plantar flexion and rotation of the toe–heel line against the toe–ankle line), each averaged over the
 * frames where its markers are present.
 */
public final class StaticCalibrator {

    private StaticCalibrator() {
    }

    public static StaticCalibration calibrate(String trial, Map<String, MarkerTrajectory> markerMap, SubjectMeasurements subject,
            CgmOptions options) throws CgmException {
        if (markerMap.isEmpty() || markerMap.values().iterator().next().frameCount() == 0) {
            throw new CgmException(trial, "the static trial has no markers or no frames");
        }
        MarkerSet markers = new MarkerSet(trial, markerMap);
        java.util.List<String> missing = subject.missingForKinematics();
        if (!missing.isEmpty()) {
            throw new CgmException(trial, "subject measurements missing or not positive: " + String.join(", ", missing) + " (from "
                    + subject.source() + ")");
        }
        double interAsis = subject.interAsisDistanceMm().isPresent()
                ? subject.interAsisDistanceMm().getAsDouble()
                : meanDistance(markers.require("LASI", "the inter-ASIS distance"), markers.require("RASI", "the inter-ASIS distance"),
                        trial);
        double radius = options.markerDiameterMm() / 2;
        KadResult leftKad = null;
        KadResult rightKad = null;
        if (options.kneeCalibration() != KneeCalibration.WAND) {
            ModelParameters pelvisOnly = parameters(radius, interAsis, subject, null, null);
            Reconstruction pelvis = Reconstruction.computePelvis(markers, pelvisOnly);
            leftKad = KadCalibration.calibrate(markers, pelvis, pelvisOnly, Side.LEFT, options.kneeCalibration());
            rightKad = KadCalibration.calibrate(markers, pelvis, pelvisOnly, Side.RIGHT, options.kneeCalibration());
            // the KAD replaces the knee markers in the static trial: use the virtual ones
            markers.replace("LKNE", leftKad.virtualKnee());
            markers.replace("RKNE", rightKad.virtualKnee());
        }
        ModelParameters noFootOffsets = parameters(radius, interAsis, subject, leftKad, rightKad);
        Reconstruction r = Reconstruction.compute(markers, noFootOffsets, leftKad == null ? null : leftKad.ankleCentre(),
                rightKad == null ? null : rightKad.ankleCentre());
        SideCalibration left = side(markers, r, noFootOffsets, subject.left(), options.footFlat(Side.LEFT), leftKad);
        SideCalibration right = side(markers, r, noFootOffsets, subject.right(), options.footFlat(Side.RIGHT), rightKad);
        return new StaticCalibration(trial, subject, options, interAsis, subject.meanLegLengthMm(), left, right);
    }

    /** Parameters for a reconstruction of the static trial, with KAD results where present and no foot offsets. */
    static ModelParameters parameters(double radius, double interAsis, SubjectMeasurements subject, KadResult leftKad, KadResult rightKad) {
        return new ModelParameters(radius, interAsis, subject.meanLegLengthMm(), leg(subject.left(), leftKad),
                leg(subject.right(), rightKad));
    }

    private static ModelParameters.Leg leg(LegMeasurements m, KadResult kad) {
        double thigh = kad != null ? kad.thighRotationRad() : m.thighRotationRad();
        double shank = kad != null ? kad.shankRotationRad() : m.shankRotationRad();
        double torsion = kad != null && kad.tibialTorsionRad().isPresent() ? kad.tibialTorsionRad().getAsDouble() : m.tibialTorsionRad();
        double abAdd = kad != null ? kad.ankleAbAddRad() : m.ankleAbAddRad();
        return new ModelParameters.Leg(m.side(), m.effectiveAsisTrochanterDistanceMm(), m.kneeWidthMm(), m.ankleWidthMm(), thigh, shank,
                torsion,
                0, 0, m.soleDeltaMm(), abAdd);
    }

    private static SideCalibration side(MarkerSet markers, Reconstruction r, ModelParameters p, LegMeasurements m, boolean footFlat,
            KadResult kad) throws CgmException {
        Side side = m.side();
        String s = String.valueOf(side.labelPrefix());
        double[] hee = markers.require(s + "HEE", "the static foot offsets");
        double[] toe = markers.require(s + "TOE", "the static foot offsets");
        // In the static trial Nexus refers both foot directions to the ankle flexion axis (the tibia not turned by the
        // torsion); the dynamic foot then uses the knee-axis tibia. Equal unless a KAD-medial torsion is calibrated.
        SegmentTrajectory tibia = r.tibia(side);
        double[] uncorrected = new double[9];
        double sg = side == Side.LEFT ? 1 : -1;
        double[] v = new double[3];
        double[] corrected = new double[9];
        double[] heel = new double[3];
        double[] rel = new double[9];
        double pfSum = 0;
        double rotSum = 0;
        int n = 0;
        for (int f = 0; f < r.frames; f++) {
            int i = 3 * f;
            if (!tibia.isValid(f) || !V3.finite(hee, i, 3) || !V3.finite(toe, i, 3)) {
                continue;
            }
            V3.sub(tibia.origin, i, toe, i, v, 0);
            V3.frame(v, 0, tibia.axes, 9 * f + 3, 2, 1, uncorrected, 0);
            System.arraycopy(hee, i, heel, 0, 3);
            if (footFlat) {
                // foot flat: the sole is level, so the heel marker is taken at the toe marker's height (plus the sole delta)
                heel[2] = toe[i + 2] + m.soleDeltaMm();
            }
            V3.sub(heel, 0, toe, i, v, 0);
            V3.frame(v, 0, tibia.axes, 9 * f + 3, 2, 1, corrected, 0);
            V3.relative(uncorrected, 0, corrected, 0, rel);
            // corrected = uncorrected · Ry(-pf) · Rx(-s·rot): pf from the y rotation, rot from the x rotation
            double plantarFlexion = -Math.atan2(rel[2], rel[8]);
            double rotation = sg * Math.asin(Math.max(-1, Math.min(1, rel[5])));
            if (Double.isFinite(plantarFlexion) && Double.isFinite(rotation)) {
                pfSum += plantarFlexion;
                rotSum += rotation;
                n++;
            }
        }
        if (n == 0) {
            throw new CgmException(markers.trial(), "no frame of the static trial has all " + Reconstruction.name(side)
                    + " leg markers (" + s + "THI " + s + "KNE " + s + "TIB " + s + "ANK " + s + "HEE " + s
                    + "TOE) and the pelvis markers");
        }
        ModelParameters.Leg leg = p.leg(side);
        return new SideCalibration(side, m.legLengthMm(), m.kneeWidthMm(), m.ankleWidthMm(), leg.asisTrochanterDistanceMm(),
                leg.thighRotationRad(),
                leg.shankRotationRad(), leg.tibialTorsionRad(), pfSum / n, rotSum / n, m.soleDeltaMm(), leg.ankleAbAddRad());
    }

    /** Distance between the mean positions over the frames where both markers are present (as Nexus measures it). */
    private static double meanDistance(double[] a, double[] b, String trial) throws CgmException {
        double[] ma = new double[3];
        double[] mb = new double[3];
        int n = 0;
        for (int i = 0; i < a.length; i += 3) {
            if (V3.finite(a, i, 3) && V3.finite(b, i, 3)) {
                for (int k = 0; k < 3; k++) {
                    ma[k] += a[i + k];
                    mb[k] += b[i + k];
                }
                n++;
            }
        }
        if (n == 0) {
            throw new CgmException(trial, "LASI and RASI are never both present: cannot measure the inter-ASIS distance");
        }
        return V3.distance(ma, 0, mb, 0) / n;
    }
}
