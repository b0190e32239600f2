package org.ambulo.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** Time normalisation of signals to 0..100 % of a cycle, 101 samples, with per-sample validity. */
class CycleNormalisationTest {

    private static final String FULL = "OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d";
    private static final String HOLE = "OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Hole.c3d";

    private static GaitCycle cycle(double start, double end) {
        return new GaitCycle(Side.LEFT, start, start + 0.6 * (end - start), end, OptionalDouble.empty(), OptionalDouble.empty());
    }

    @Test
    void aLinearSignalComesBackExactlyAtFractionalEventTimes() {
        double[] signal = new double[300];
        for (int i = 0; i < signal.length; i++) {
            signal[i] = 2.0 * i + 3;
        }
        // first frame 1 at 100 Hz: t = 0.105 s is index 10.5; the cycle spans 100 frames, so p % is index 10.5 + p
        NormalisedCycle normalised = CycleNormalisation.normalise(signal, 100, 1, cycle(0.105, 1.105));
        assertEquals(CycleNormalisation.SAMPLES, normalised.values().length);
        for (int p = 0; p <= 100; p++) {
            assertEquals(2.0 * (10.5 + p) + 3, normalised.values()[p], 1e-9, "at " + p + " %");
        }
        assertTrue(normalised.isComplete());
    }

    @Test
    void aRealKneeAngleIsSampledAtTheStoredStrikes() throws Exception {
        C3dFile file = C3dReader.read(SharedData.resolve(FULL));
        int knee = file.pointIndex("LKneeAngles").orElseThrow();
        double[] flexion = new double[file.frameCount()];
        for (int f = 0; f < flexion.length; f++) {
            flexion[f] = file.pointData().isValid(f, knee) ? file.pointData().x(f, knee) : Double.NaN;
        }
        GaitCycle first = GaitCycles.segment(C3dTrials.gaitEvents(file)).stream().filter(c -> c.side() == Side.LEFT).findFirst()
                .orElseThrow();
        NormalisedCycle normalised = CycleNormalisation.normalise(flexion, file.pointRateHz(), file.firstFrame(), first);
        int startIndex = (int) Math.round(first.startSeconds() * file.pointRateHz()) + 1 - file.firstFrame();
        int endIndex = (int) Math.round(first.endSeconds() * file.pointRateHz()) + 1 - file.firstFrame();
        // The events lie on frames: 0 % and 100 % are those samples (1e-4 deg: float storage of the time).
        assertEquals(flexion[startIndex], normalised.values()[0], 1e-4);
        assertEquals(flexion[endIndex], normalised.values()[100], 1e-4);
        assertTrue(normalised.isComplete(), "the knee angle has no gap in this cycle");
        double rawPeak = Double.NEGATIVE_INFINITY;
        for (int f = startIndex; f <= endIndex; f++) {
            rawPeak = Math.max(rawPeak, flexion[f]);
        }
        double peak = java.util.Arrays.stream(normalised.values()).max().getAsDouble();
        // 1 % steps (about a frame here) keep the swing peak within 1 deg.
        assertEquals(rawPeak, peak, 1.0);
    }

    @Test
    void aMarkerGapMakesTheSamplesAroundItInvalid() throws Exception {
        C3dFile file = C3dReader.read(SharedData.resolve(HOLE));
        MarkerTrajectory toe = C3dTrials.markers(file).get("LTOE");
        GaitCycle last = GaitCycles.segment(C3dTrials.gaitEvents(file)).stream().filter(c -> c.side() == Side.LEFT)
                .reduce((a, b) -> b).orElseThrow();
        NormalisedCycle normalised = CycleNormalisation.normalise(toe.zMm(), file.pointRateHz(), file.firstFrame(), last);
        assertFalse(normalised.isComplete(), "LTOE has no data at the closing strike of this cycle");
        assertTrue(normalised.validFraction() > 0 && normalised.validFraction() < 1, "fraction " + normalised.validFraction());
        for (int p = 0; p <= 100; p++) {
            double index = last.timeAt(p) * file.pointRateHz() + 1 - file.firstFrame();
            int lower = (int) Math.floor(index + 1e-9);
            boolean onSample = Math.abs(index - Math.rint(index)) < 1e-6;
            boolean dataAround = onSample
                    ? toe.isValid((int) Math.rint(index))
                    : lower >= 0 && lower + 1 < toe.frameCount() && toe.isValid(lower) && toe.isValid(lower + 1);
            assertEquals(dataAround, normalised.valid()[p], "validity at " + p + " %");
            assertEquals(dataAround, !Double.isNaN(normalised.values()[p]), "NaN exactly where invalid, " + p + " %");
        }
    }

    @Test
    void aCycleReachingBeyondTheTrialIsInvalidThere() {
        double[] signal = new double[100]; // frames 1..100 at 100 Hz: 0 to 0.99 s
        java.util.Arrays.fill(signal, 7.0);
        NormalisedCycle normalised = CycleNormalisation.normalise(signal, 100, 1, cycle(0.49, 1.49));
        for (int p = 0; p <= 100; p++) {
            assertEquals(p <= 50, normalised.valid()[p], "valid up to index 99 = 0.99 s = 50 %, at " + p);
        }
        assertEquals(7.0, normalised.values()[50], 1e-12);
        assertEquals(51 / 101.0, normalised.validFraction(), 1e-12);
    }
}
