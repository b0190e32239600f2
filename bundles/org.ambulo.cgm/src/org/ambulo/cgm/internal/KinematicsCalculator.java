package org.ambulo.cgm.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ambulo.cgm.CgmException;
import org.ambulo.cgm.CgmQuantity;
import org.ambulo.cgm.CgmResult;
import org.ambulo.cgm.CgmSignal;
import org.ambulo.cgm.KineticsInput;
import org.ambulo.cgm.KineticsSettings;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.cgm.internal.AngleCalculator.Joint;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;

/** Dynamic kinematics: segment frames, joint centres and the Plug-in Gait angles of every frame. */
public final class KinematicsCalculator {

    private KinematicsCalculator() {
    }

    public static CgmResult compute(String trial, Map<String, MarkerTrajectory> markers, StaticCalibration calibration)
            throws CgmException {
        return kinematics(trial, reconstruct(trial, markers, calibration), calibration);
    }

    /**
     * Kinematics and kinetics in one pass over the markers.
     *
     * @param plates
     *            the trial's plate reactions, contacts and timing
     */
    public static CgmResult computeWithKinetics(String trial, Map<String, MarkerTrajectory> markers, StaticCalibration calibration,
            KineticsInput plates, KineticsSettings settings) throws CgmException {
        Reconstruction r = reconstruct(trial, markers, calibration);
        CgmResult kinematics = kinematics(trial, r, calibration);
        double mass = calibration.subject().bodyMassKg();
        if (!(mass > 0)) {
            throw new CgmException(trial, "kinetics need the body mass (Bodymass), it is " + mass + " kg");
        }
        List<String> notes = new ArrayList<>(plates.notes());
        // raw markers give noise-dominated accelerations, hence wrong moments, while the angles look right
        MarkerNoise.note(markers, settings.markerNoiseThresholdMm(), settings.centreOfMassCutoffHz()).ifPresent(notes::add);
        List<CgmSignal> kinetics = KineticsCalculator.compute(r, mass, plates.pointRateHz(), plates.firstFrameTimeSeconds(),
                plates.analogSamplesPerFrame(), plates.reactions(), plates.contacts(), settings, notes);
        return kinematics.plus(kinetics, notes);
    }

    private static Reconstruction reconstruct(String trial, Map<String, MarkerTrajectory> markers, StaticCalibration calibration)
            throws CgmException {
        MarkerSet set = new MarkerSet(trial, markers);
        if (set.frameCount() == 0) {
            throw new CgmException(trial, "the trial has no markers or no frames");
        }
        return Reconstruction.compute(set, ModelParameters.of(calibration));
    }

    private static CgmResult kinematics(String trial, Reconstruction r, StaticCalibration calibration) {
        double[] progression = Progression.frame(r.pelvis);
        List<CgmSignal> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Side side : Side.values()) {
            String p = String.valueOf(side.labelPrefix());
            out.add(angles(p + "PelvisAngles", side, Joint.PELVIS, null, progression, r.pelvis));
            out.add(angles(p + "HipAngles", side, Joint.HIP, r.pelvis, null, r.femur(side)));
            out.add(angles(p + "KneeAngles", side, Joint.KNEE, r.femur(side), null, r.tibiaProximal(side)));
            out.add(angles(p + "AnkleAngles", side, Joint.ANKLE, r.tibia(side), null, r.foot(side)));
            out.add(angles(p + "FootProgressAngles", side, Joint.FOOT_PROGRESS, null, progression, r.foot(side)));
        }
        for (Side side : Side.values()) {
            String p = String.valueOf(side.labelPrefix());
            out.add(CgmSignal.ofInterleaved(p + "HJC", side, CgmQuantity.POSITION, r.hip(side).clone()));
            out.add(CgmSignal.ofInterleaved(p + "KJC", side, CgmQuantity.POSITION, r.femur(side).origin.clone()));
            out.add(CgmSignal.ofInterleaved(p + "AJC", side, CgmQuantity.POSITION, r.tibia(side).origin.clone()));
        }
        int missing = 0;
        for (int f = 0; f < r.frames; f++) {
            if (!r.pelvis.isValid(f) || !r.leftFoot.isValid(f) || !r.rightFoot.isValid(f)) {
                missing++;
            }
        }
        if (missing > 0) {
            notes.add(missing + " of " + r.frames + " frames lack markers of some segment; their outputs are NaN");
        }
        return new CgmResult(trial, calibration, out, notes);
    }

    private static CgmSignal angles(String name, Side side, Joint joint, SegmentTrajectory proximal, double[] fixed,
            SegmentTrajectory distal) {
        return CgmSignal.ofInterleaved(name, side, CgmQuantity.ANGLE, AngleCalculator.angles(joint, side, proximal, fixed, distal));
    }
}
