package org.ambulo.cgm.internal;

import org.ambulo.c3d.C3dFile;
import org.ambulo.cgm.CgmException;
import org.ambulo.cgm.CgmKeys;
import org.ambulo.cgm.CgmResult;
import org.ambulo.cgm.CgmSettings;
import org.ambulo.cgm.ConventionalGaitModel;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;
import org.osgi.service.component.annotations.Component;

/**
 * CGM kinematics of a dynamic trial: with the calibration in the context ({@link CgmKeys#CALIBRATION}, from the static
 * trial), else with the calibrated subject parameters Nexus stored in the trial's PROCESSING group.
 */
@Component(service = Processor.class)
public final class CgmKinematicsProcessor implements Processor<CgmSettings> {

    public static final String ID = "org.ambulo.cgm.kinematics";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "CGM / Plug-in Gait kinematics: pelvis, hip, knee, ankle and foot progression angles, joint centres";
    }

    @Override
    public Class<CgmSettings> settingsType() {
        return CgmSettings.class;
    }

    @Override
    public CgmSettings defaultSettings() {
        return CgmSettings.defaults();
    }

    @Override
    public TrialContext process(TrialContext context, CgmSettings settings) throws ProcessingException {
        C3dFile file = context.source();
        try {
            StaticCalibration calibration = CgmCalibrationProcessor.calibrationOf(context, settings);
            CgmResult result = ConventionalGaitModel.kinematics(file.sourceName(), CgmCalibrationProcessor.markers(context), calibration);
            return context.with(CgmKeys.OUTPUTS, result, ID);
        } catch (CgmException e) {
            throw new ProcessingException(file.sourceName(), ID, e.getMessage(), e);
        }
    }
}
