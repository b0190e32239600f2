package org.ambulo.emg.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Minimum on/off durations and threshold crossings on a rectangular envelope (values 0 or 1, threshold 0.5). */
class BurstsTest {

    private static double[] rectangular(int n, int[]... onRuns) {
        double[] x = new double[n];
        for (int[] run : onRuns) {
            for (int i = run[0]; i <= run[1]; i++) {
                x[i] = 1;
            }
        }
        return x;
    }

    @Test
    void shortPausesAreBridgedThenShortBurstsDropped() {
        // bursts 10–19 and 25–34 with a 5-sample pause, and a 3-sample blip 60–62
        double[] x = rectangular(100, new int[]{10, 19}, new int[]{25, 34}, new int[]{60, 62});
        List<double[]> bursts = ActivationDetector.bursts(x, 0.5, 0, 99, 4, 6);
        assertEquals(1, bursts.size());
        // crossings halfway between the last sample below and the first above: 9.5 and 34.5
        assertArrayEquals(new double[]{9.5, 34.5}, bursts.get(0), 1e-12);
        List<double[]> strict = ActivationDetector.bursts(x, 0.5, 0, 99, 3, 5);
        assertEquals(3, strict.size(), "pause of 5 kept with minimum off 5, blip of 3 kept with minimum on 3");
    }

    @Test
    void burstsRunningOverTheRangeEndStopAtIt() {
        double[] x = rectangular(50, new int[]{0, 9}, new int[]{40, 49});
        List<double[]> bursts = ActivationDetector.bursts(x, 0.5, 0, 49, 1, 0);
        assertArrayEquals(new double[]{0, 9.5}, bursts.get(0), 1e-12);
        assertArrayEquals(new double[]{39.5, 49}, bursts.get(1), 1e-12);
    }

    @Test
    void quietThresholdIsMeanPlusKSdOfTheQuietestWindow() {
        double[] x = new double[400];
        for (int i = 0; i < x.length; i++) {
            x[i] = i < 200 ? 5 + (i % 2) : 1 + (i % 2) * 0.5; // second half: mean 1.25, SD 0.25
        }
        assertEquals(1.25 + 3 * 0.25, ActivationDetector.quietThreshold(x, 100, 3), 1e-12);
    }
}
