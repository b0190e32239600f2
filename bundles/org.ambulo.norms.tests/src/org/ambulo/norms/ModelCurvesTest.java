package org.ambulo.norms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.cgm.CgmOptions;
import org.ambulo.cgm.CgmResult;
import org.ambulo.cgm.ConventionalGaitModel;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.cgm.SubjectParameters;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.Side;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** Curves from Ambulo's own CGM give the same cycles as the Nexus outputs stored in the same trial. */
class ModelCurvesTest {

    private static final String PIG = "OpenMA__openma-data/input/c3d/plugingait/";

    @Test
    void modelCyclesMatchTheStoredNexusCycles() throws Exception {
        C3dFile calibrationTrial = C3dReader.read(SharedData.resolve(PIG + "PiG_Calibration-FlatFoot-Full.c3d"));
        C3dFile walk = C3dReader.read(SharedData.resolve(PIG + "PiG_Motion-FlatFoot-Full.c3d"));
        StaticCalibration calibration = ConventionalGaitModel.calibrate(calibrationTrial,
                SubjectParameters.fromProcessing(calibrationTrial).orElseThrow(), CgmOptions.defaults().withFootFlat(true, true)
                        .withMarkerDiameterMm(16));
        CgmResult model = ConventionalGaitModel.kinematics(walk, calibration);
        List<GaitEvent> events = C3dTrials.gaitEvents(walk);

        PatientCycles ours = ModelCurves.cycles(model, walk, events);
        PatientCycles nexus = NexusCurves.cycles(walk, events);
        int compared = 0;
        for (Side side : Side.values()) {
            assertEquals(nexus.cycleCount(side), ours.cycleCount(side), side + " cycles");
            for (GaitVariable variable : GaitVariable.gpsVariables()) {
                List<double[]> a = ours.curves(side, variable);
                List<double[]> b = nexus.curves(side, variable);
                assertEquals(b.size(), a.size(), side + " " + variable.id());
                for (int c = 0; c < a.size(); c++) {
                    for (int i = 0; i < 101; i++) {
                        if (!Double.isNaN(b.get(c)[i])) {
                            assertEquals(b.get(c)[i], a.get(c)[i], 1e-3, side + " " + variable.id() + " cycle " + c + " at " + i + " %");
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 1000, compared + " samples compared");
    }
}
