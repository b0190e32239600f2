package org.ambulo.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.cgm.CgmException;
import org.ambulo.cgm.CgmOptions;
import org.ambulo.cgm.CgmResult;
import org.ambulo.cgm.ConventionalGaitModel;
import org.ambulo.cgm.KineticsInput;
import org.ambulo.cgm.KineticsSettings;
import org.ambulo.cgm.KneeCalibration;
import org.ambulo.cgm.StaticCalibration;
import org.ambulo.cgm.SubjectMeasurements;
import org.ambulo.cgm.SubjectParameters;
import org.ambulo.model.MarkerTrajectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CGM (Plug-in Gait) throughput in point frames per second: static calibration + dynamic kinematics + kinetics of a
 * 10 s trial at 100 Hz (1000 frames). The trial is OpenMA's PiG_Motion-FlatFoot-One (255 frames, 2 plates) repeated
 * to 1000 frames; its plate reactions and foot contacts are computed once (they belong to the force-plate bundle's
 * benchmark), and the inverse dynamics runs on every frame (swing from inertia on), so every frame costs a full
 * stance frame. Goal: at least 50,000 frames/s on one core. {@link #plateProcessingAndModelRealTrial} adds the plate
 * processing and contact assignment on the real 255-frame trial.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CgmBenchmark {

    static final int FRAMES = 1000;
    static final String PIG = "OpenMA__openma-data/input/c3d/plugingait/";

    @State(Scope.Benchmark)
    public static class Trial {
        Map<String, MarkerTrajectory> staticMarkers;
        Map<String, MarkerTrajectory> dynamicMarkers;
        SubjectMeasurements subject;
        CgmOptions options;
        KineticsInput plates;
        KineticsSettings settings;

        /** Centre-of-mass smoothing for unfiltered markers: off (Nexus default) or the 35 Hz that matches a raw trial. */
        @Param({"Infinity", "35"})
        public double centreOfMassCutoffHz;
        C3dFile realDynamic;

        @Setup(Level.Trial)
        public void load() throws IOException, CgmException {
            C3dFile staticFile = C3dReader.read(BenchFiles.sharedRoot().resolve(PIG + "PiG_Calibration-FlatFoot-One.c3d"));
            realDynamic = C3dReader.read(BenchFiles.sharedRoot().resolve(PIG + "PiG_Motion-FlatFoot-One.c3d"));
            staticMarkers = C3dTrials.markers(staticFile);
            Map<String, MarkerTrajectory> real = C3dTrials.markers(realDynamic);
            dynamicMarkers = new LinkedHashMap<>();
            real.forEach((label, t) -> dynamicMarkers.put(label, repeat(t, FRAMES)));
            subject = SubjectParameters.fromProcessing(realDynamic).orElseThrow();
            // the OpenMA reference options of this pair: 16 mm markers, foot flat
            options = new CgmOptions(16, true, true, KneeCalibration.WAND);
            settings = KineticsSettings.defaults().withSwingFromInertia(true).withCentreOfMassCutoffHz(centreOfMassCutoffHz);
            plates = KineticsInput.of(realDynamic, real, settings);
            CgmResult r = model();
            System.out.println("\n" + FRAMES + " frames, " + r.signals().size() + " outputs, notes " + r.notes());
        }

        CgmResult model() throws CgmException {
            StaticCalibration c = ConventionalGaitModel.calibrate("static", staticMarkers, subject, options);
            return ConventionalGaitModel.kinematicsAndKinetics("dynamic", dynamicMarkers, c, plates, settings);
        }

        private static MarkerTrajectory repeat(MarkerTrajectory t, int frames) {
            double[] x = new double[frames];
            double[] y = new double[frames];
            double[] z = new double[frames];
            int n = t.frameCount();
            for (int f = 0; f < frames; f++) {
                x[f] = t.xMm()[f % n];
                y[f] = t.yMm()[f % n];
                z[f] = t.zMm()[f % n];
            }
            return new MarkerTrajectory(t.label(), x, y, z);
        }
    }

    /** Calibration + kinematics + kinetics; the score is frames per second (1000 frames per invocation). */
    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public CgmResult calibrationKinematicsKinetics(Trial trial) throws CgmException {
        return trial.model();
    }

    /** Plate reactions, foot contacts, calibration, kinematics and kinetics of the real 255-frame trial; frames per second. */
    @Benchmark
    @OperationsPerInvocation(255)
    public CgmResult plateProcessingAndModelRealTrial(Trial trial) throws CgmException {
        StaticCalibration c = ConventionalGaitModel.calibrate("static", trial.staticMarkers, trial.subject, trial.options);
        return ConventionalGaitModel.kinematicsAndKinetics(trial.realDynamic, c, KineticsSettings.defaults());
    }
}
