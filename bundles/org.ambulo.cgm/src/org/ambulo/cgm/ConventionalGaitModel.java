package org.ambulo.cgm;

import java.util.Map;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.cgm.internal.KinematicsCalculator;
import org.ambulo.cgm.internal.StaticCalibrator;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;

/**
 * The Conventional Gait Model (CGM 1.0; Davis 1991, Kadaba 1990) lower body, compatible with Vicon Nexus Plug-in Gait:
 * static calibration, dynamic kinematics and inverse dynamics ({@link #kinematicsAndKinetics(C3dFile, StaticCalibration, KineticsSettings)}).
 *
 * <pre>{@code
 * SubjectMeasurements subject = SubjectParameters.fromProcessing(staticFile).orElseThrow();
 * StaticCalibration calibration = ConventionalGaitModel.calibrate(staticFile, subject, CgmOptions.defaults());
 * CgmResult result = ConventionalGaitModel.kinematics(dynamicFile, calibration);
 * CgmResult withKinetics = ConventionalGaitModel.kinematicsAndKinetics(dynamicFile, calibration, KineticsSettings.defaults());
 * }</pre>
 */
public final class ConventionalGaitModel {

    private ConventionalGaitModel() {
    }

    /** Static calibration from a static C3D trial (markers in any length unit). */
    public static StaticCalibration calibrate(C3dFile staticTrial, SubjectMeasurements subject, CgmOptions options) throws CgmException {
        return calibrate(staticTrial.sourceName(), markers(staticTrial), subject, options);
    }

    /** Static calibration from marker trajectories in mm. */
    public static StaticCalibration calibrate(String trial, Map<String, MarkerTrajectory> markers, SubjectMeasurements subject,
            CgmOptions options) throws CgmException {
        return StaticCalibrator.calibrate(trial, markers, subject, options);
    }

    /**
     * A calibration from subject parameters a previous static calibration stored (Nexus writes them into the
     * dynamic trial's {@code PROCESSING} group and the .vsk): needs the static foot offsets; the inter-ASIS distance
     * must be given.
     */
    public static StaticCalibration fromStoredCalibration(SubjectMeasurements subject, CgmOptions options) throws CgmException {
        java.util.List<String> missing = new java.util.ArrayList<>(subject.missingForKinematics());
        if (subject.interAsisDistanceMm().isEmpty()) {
            missing.add("InterAsisDistance");
        }
        for (Side side : Side.values()) {
            String p = String.valueOf(side.labelPrefix());
            if (subject.leg(side).staticPlantarFlexionRad().isEmpty()) {
                missing.add(p + "StaticPlantFlex");
            }
            if (subject.leg(side).staticRotationOffsetRad().isEmpty()) {
                missing.add(p + "StaticRotOff");
            }
        }
        if (!missing.isEmpty()) {
            throw new CgmException(subject.source(),
                    "no static calibration: subject parameters missing or zero: " + String.join(", ", missing));
        }
        return new StaticCalibration(subject.source(), subject, options, subject.interAsisDistanceMm().getAsDouble(),
                subject.meanLegLengthMm(),
                stored(subject.left()), stored(subject.right()));
    }

    private static SideCalibration stored(LegMeasurements m) {
        return new SideCalibration(m.side(), m.legLengthMm(), m.kneeWidthMm(), m.ankleWidthMm(), m.effectiveAsisTrochanterDistanceMm(),
                m.thighRotationRad(), m.shankRotationRad(), m.tibialTorsionRad(), m.staticPlantarFlexionRad().getAsDouble(),
                m.staticRotationOffsetRad().getAsDouble(), m.soleDeltaMm(), m.ankleAbAddRad());
    }

    /** Angles and joint centres of every frame of a dynamic trial. */
    public static CgmResult kinematics(C3dFile dynamicTrial, StaticCalibration calibration) throws CgmException {
        return kinematics(dynamicTrial.sourceName(), markers(dynamicTrial), calibration);
    }

    public static CgmResult kinematics(String trial, Map<String, MarkerTrajectory> markers, StaticCalibration calibration)
            throws CgmException {
        return KinematicsCalculator.compute(trial, markers, calibration);
    }

    /**
     * Kinematics and kinetics (inverse dynamics with Dempster segment parameters) of a dynamic trial: the kinematic
     * outputs plus {@code GroundReactionForce}, {@code NormalisedGRF}, {@code Ankle/Knee/HipForce}, {@code Moment} and
     * {@code Power} per side, mass-normalised, during the stance phases whose plate contact is valid for kinetics.
     */
    public static CgmResult kinematicsAndKinetics(C3dFile dynamicTrial, StaticCalibration calibration, KineticsSettings settings)
            throws CgmException {
        Map<String, MarkerTrajectory> markers = markers(dynamicTrial);
        return kinematicsAndKinetics(dynamicTrial.sourceName(), markers, calibration, KineticsInput.of(dynamicTrial, markers, settings),
                settings);
    }

    /** As {@link #kinematicsAndKinetics(C3dFile, StaticCalibration, KineticsSettings)}, from markers (mm) and plate data. */
    public static CgmResult kinematicsAndKinetics(String trial, Map<String, MarkerTrajectory> markers, StaticCalibration calibration,
            KineticsInput plates, KineticsSettings settings) throws CgmException {
        return KinematicsCalculator.computeWithKinetics(trial, markers, calibration, plates, settings);
    }

    static Map<String, MarkerTrajectory> markers(C3dFile file) throws CgmException {
        try {
            return C3dTrials.markers(file);
        } catch (C3dFormatException e) {
            throw new CgmException(file.sourceName(), e.getMessage(), e);
        }
    }

    /**
     * The knee calibration the static trial's markers call for: KAD when {@code LKAX}/{@code RKAX} are present, KAD
     * with medial malleoli when {@code LMED}/{@code RMED} are present too, else wand.
     */
    public static KneeCalibration detectKneeCalibration(Map<String, MarkerTrajectory> staticMarkers) {
        boolean kad = has(staticMarkers, "LKAX") && has(staticMarkers, "RKAX");
        boolean med = has(staticMarkers, "LMED") && has(staticMarkers, "RMED");
        return kad ? (med ? KneeCalibration.KAD_MEDIAL : KneeCalibration.KAD) : KneeCalibration.WAND;
    }

    private static boolean has(Map<String, MarkerTrajectory> markers, String label) {
        for (String key : markers.keySet()) {
            if (key.equals(label) || key.endsWith(":" + label)) {
                return true;
            }
        }
        return false;
    }
}
