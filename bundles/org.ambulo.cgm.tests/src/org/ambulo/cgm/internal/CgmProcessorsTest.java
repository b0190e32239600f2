package org.ambulo.cgm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.cgm.CgmKeys;
import org.ambulo.cgm.CgmResult;
import org.ambulo.cgm.CgmSettings;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.TrialContext;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** The processors run headless on real trials (registration as DS services: CgmServiceTest under OSGi). */
class CgmProcessorsTest {

    /** Processed by Plug-in Gait, but without a PROCESSING group: no subject measurements. */
    private static final String SAMPLE03 = "biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_03/gait-pig.c3d";

    private static C3dFile pig(String name) throws Exception {
        Path p = SharedData.resolve("OpenMA__openma-data/input/c3d/plugingait/" + name);
        return C3dReader.read(p);
    }

    @Test
    void calibrationThenKinematics() throws Exception {
        CgmCalibrationProcessor calibration = new CgmCalibrationProcessor();
        CgmKinematicsProcessor kinematics = new CgmKinematicsProcessor();
        TrialContext staticContext = calibration.process(TrialContext.of(pig("PiGKadMed_Calibration.c3d")), calibration.defaultSettings());
        var calibrated = staticContext.get(CgmKeys.CALIBRATION).orElseThrow();
        assertEquals(org.ambulo.cgm.KneeCalibration.KAD_MEDIAL, calibrated.options().kneeCalibration(), "detected from the markers");
        TrialContext dynamic = TrialContext.of(pig("PiGKadMed_Motion.c3d")).with(CgmKeys.CALIBRATION, calibrated,
                CgmCalibrationProcessor.ID);
        CgmResult result = kinematics.process(dynamic, kinematics.defaultSettings()).get(CgmKeys.OUTPUTS).orElseThrow();
        assertEquals(10 + 6, result.signals().size(), "10 angle outputs and 6 joint centres");
        assertEquals("org.ambulo.cgm.kinematics", kinematics.id());
    }

    @Test
    void kinematicsFromStoredCalibration() throws Exception {
        CgmKinematicsProcessor kinematics = new CgmKinematicsProcessor();
        TrialContext out = kinematics.process(TrialContext.of(pig("PiGKad_Motion.c3d")), new CgmSettings(14, false, false, true));
        assertTrue(out.get(CgmKeys.OUTPUTS).orElseThrow().signal("RAnkleAngles").isPresent());
        assertEquals(CgmKinematicsProcessor.ID, out.producerOf(CgmKeys.OUTPUTS).orElseThrow());
    }

    @Test
    void kineticsProcessorAddsKineticsToTheOutputs() throws Exception {
        CgmKineticsProcessor kinetics = new CgmKineticsProcessor();
        TrialContext out = kinetics.process(TrialContext.of(pig("PiGKadMed_Motion.c3d")), kinetics.defaultSettings());
        CgmResult result = out.get(CgmKeys.OUTPUTS).orElseThrow();
        assertEquals(10 + 6 + 2 * 11, result.signals().size(), "angles, joint centres, and per side GRF, normalised GRF, 3 joints x 3");
        assertTrue(result.signal("LKneeMoment").isPresent());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("plate 2")), "the invalid right strike is reported: " + result.notes());
        assertEquals("org.ambulo.cgm.kinetics", out.producerOf(CgmKeys.OUTPUTS).orElseThrow());
    }

    @Test
    void staticWithoutMeasurementsIsReported() throws Exception {
        CgmCalibrationProcessor calibration = new CgmCalibrationProcessor();
        ProcessingException e = assertThrows(ProcessingException.class,
                () -> calibration.process(TrialContext.of(C3dReader.read(SharedData.resolve(SAMPLE03))), calibration.defaultSettings()));
        assertTrue(e.getMessage().contains("gait-pig.c3d") && e.getMessage().contains("LLegLength"), e.getMessage());
    }
}
