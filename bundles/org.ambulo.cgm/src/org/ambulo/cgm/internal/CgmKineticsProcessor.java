package org.ambulo.cgm.internal;

import org.ambulo.c3d.C3dFile;
import org.ambulo.cgm.CgmException;
import org.ambulo.cgm.CgmKeys;
import org.ambulo.cgm.CgmResult;
import org.ambulo.cgm.CgmSettings;
import org.ambulo.cgm.ConventionalGaitModel;
import org.ambulo.cgm.KineticsInput;
import org.ambulo.cgm.KineticsSettings;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;
import org.osgi.service.component.annotations.Component;

/**
 * CGM kinematics and kinetics (Plug-in Gait inverse dynamics) of a dynamic trial, replacing the kinematics-only
 * {@link CgmKeys#OUTPUTS}: force plates from the trial's FORCE_PLATFORM group, feet assigned to plates by
 * org.ambulo.forceplate; kinematics: with the calibration in the context ({@link CgmKeys#CALIBRATION}, from the static
 * trial), else with the calibrated subject parameters Nexus stored in the trial's PROCESSING group.
 */
@Component(service = Processor.class)
public final class CgmKineticsProcessor implements Processor<KineticsSettings> {

    public static final String ID = "org.ambulo.cgm.kinetics";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        // 1.1.0: the ground reaction's edge frames average their whole analog window, as Nexus
        // 1.2.0: ±2-frame angular velocity and acceleration in the inertia terms; centreOfMassCutoffHz setting
        return "1.2.0";
    }

    @Override
    public String description() {
        return "CGM / Plug-in Gait kinematics and kinetics: angles, joint centres, ground reaction, joint forces, moments and powers";
    }

    @Override
    public Class<KineticsSettings> settingsType() {
        return KineticsSettings.class;
    }

    @Override
    public KineticsSettings defaultSettings() {
        return KineticsSettings.defaults();
    }

    @Override
    public TrialContext process(TrialContext context, KineticsSettings settings) throws ProcessingException {
        C3dFile file = context.source();
        try {
            StaticCalibration calibration = CgmCalibrationProcessor.calibrationOf(context, CgmSettings.defaults());
            var markers = CgmCalibrationProcessor.markers(context);
            CgmResult result = ConventionalGaitModel.kinematicsAndKinetics(file.sourceName(), markers, calibration,
                    KineticsInput.of(file, markers, settings), settings);
            return context.with(CgmKeys.OUTPUTS, result, ID);
        } catch (CgmException e) {
            throw new ProcessingException(file.sourceName(), ID, e.getMessage(), e);
        }
    }
}
