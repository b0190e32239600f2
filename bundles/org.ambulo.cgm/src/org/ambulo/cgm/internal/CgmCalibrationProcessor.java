package org.ambulo.cgm.internal;

import java.util.Map;
import java.util.Optional;

import org.ambulo.c3d.C3dFile;
import org.ambulo.cgm.CgmException;
import org.ambulo.cgm.CgmKeys;
import org.ambulo.cgm.CgmOptions;
import org.ambulo.cgm.CgmSettings;
import org.ambulo.cgm.ConventionalGaitModel;
import org.ambulo.cgm.KneeCalibration;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.cgm.SubjectMeasurements;
import org.ambulo.cgm.SubjectParameters;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;
import org.ambulo.signal.SignalKeys;
import org.osgi.service.component.annotations.Component;

/** Static calibration of the CGM on a static trial, with the subject measurements of its PROCESSING group. */
@Component(service = Processor.class)
public final class CgmCalibrationProcessor implements Processor<CgmSettings> {

    public static final String ID = "org.ambulo.cgm.calibration";

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
        return "CGM / Plug-in Gait static calibration: inter-ASIS and ASIS-trochanter distances, KAD offsets, static foot offsets";
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
        SubjectMeasurements subject = SubjectParameters.fromProcessing(file)
                .orElseThrow(() -> new ProcessingException(file.sourceName(), ID, "subject measurements missing or zero in PROCESSING: "
                        + String.join(", ", SubjectParameters.missingRequired(SubjectParameters.processingValues(file)))));
        try {
            Map<String, MarkerTrajectory> markers = markers(context);
            StaticCalibration calibration = ConventionalGaitModel.calibrate(file.sourceName(), markers, subject,
                    options(file, markers, settings));
            return context.with(CgmKeys.CALIBRATION, calibration, ID);
        } catch (CgmException e) {
            throw new ProcessingException(file.sourceName(), ID, e.getMessage(), e);
        }
    }

    static Map<String, MarkerTrajectory> markers(TrialContext context) throws CgmException {
        java.util.Optional<Map<String, MarkerTrajectory>> conditioned = context.get(SignalKeys.MARKERS);
        return conditioned.isPresent() ? conditioned.get() : markersOf(context.source());
    }

    private static Map<String, MarkerTrajectory> markersOf(C3dFile file) throws CgmException {
        try {
            return org.ambulo.c3d.C3dTrials.markers(file);
        } catch (org.ambulo.c3d.C3dFormatException e) {
            throw new CgmException(file.sourceName(), e.getMessage(), e);
        }
    }

    static CgmOptions options(C3dFile file, Map<String, MarkerTrajectory> markers, CgmSettings settings) {
        double diameter = settings.markerDiameterMm() > 0
                ? settings.markerDiameterMm()
                : SubjectParameters.markerDiameterMm(file).orElse(CgmOptions.DEFAULT_MARKER_DIAMETER_MM);
        KneeCalibration knee = settings.detectKneeDevice() ? ConventionalGaitModel.detectKneeCalibration(markers) : KneeCalibration.WAND;
        return new CgmOptions(diameter, settings.leftFootFlat(), settings.rightFootFlat(), knee);
    }

    /**
     * The calibration an earlier step of the method produced, or else the one stored in the trial's PROCESSING group
     * (wand knee calibration), for the kinematics and kinetics steps.
     */
    static StaticCalibration calibrationOf(TrialContext context, CgmSettings settings) throws CgmException {
        Optional<StaticCalibration> given = context.get(CgmKeys.CALIBRATION);
        if (given.isPresent()) {
            return given.get();
        }
        C3dFile file = context.source();
        var subject = SubjectParameters.fromProcessing(file).orElseThrow(() -> new CgmException(file.sourceName(),
                "no static calibration in the method and subject measurements missing in PROCESSING: "
                        + String.join(", ", SubjectParameters.missingRequired(SubjectParameters.processingValues(file)))));
        var options = options(file, java.util.Map.of(), settings).withKneeCalibration(KneeCalibration.WAND);
        return ConventionalGaitModel.fromStoredCalibration(subject, options);
    }
}
