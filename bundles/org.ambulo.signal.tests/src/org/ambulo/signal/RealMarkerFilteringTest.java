package org.ambulo.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.ambulo.model.MarkerTrajectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Low-pass of real marker data. No Nexus Butterworth-filtered reference exists (Nexus stores Woltring-filtered or
 * raw markers), so sanity properties are tested: the defaults (2nd order, 6 Hz) change gait trajectories by little
 * (gait content is below 6 Hz), and zero lag means the heel-marker minima (foot strikes) do not move.
 */
class RealMarkerFilteringTest {

    /**
     * RMS change of every lower-body coordinate over the trial, interior (20 frames off each edge). Bound 4 mm: most
     * markers change by about 1 mm (noise and the attenuated > 6 Hz content); wand wobble (LTIB in
     * PiG_Motion-FlatFoot-Full: 2.6 mm) and toe impacts (RTOE in PiGKad_Motion: 3.2 mm) carry more content above
     * 6 Hz. A filter lagging by a single frame would already change markers moving 10–38 mm per frame by more.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"PiG_Motion-FlatFoot-Full.c3d", "PiG_Motion3_FF.c3d", "PiGKad_Motion.c3d"})
    void defaultLowPassChangesGaitTrajectoriesByLittle(String file) {
        Map<String, MarkerTrajectory> markers = SignalTestData.markers(SignalTestData.PIG + file);
        Butterworth filter = Butterworth.lowPass(2, 6, SignalTestData.file(SignalTestData.PIG + file).pointRateHz());
        double worstRms = 0;
        String worst = "";
        for (String label : SignalTestData.LOWER_BODY) {
            MarkerTrajectory m = markers.get(label);
            for (double[] c : new double[][]{m.xMm(), m.yMm(), m.zMm()}) {
                double[] y = filter.filtfilt(c);
                double sum = 0;
                int count = 0;
                for (int f = 20; f < c.length - 20; f++) {
                    if (Double.isFinite(c[f])) {
                        sum += (y[f] - c[f]) * (y[f] - c[f]);
                        count++;
                    }
                }
                double rms = Math.sqrt(sum / count);
                if (rms > worstRms) {
                    worstRms = rms;
                    worst = label;
                }
            }
        }
        assertTrue(worstRms < 4, "worst RMS change " + worstRms + " mm (" + worst + ")");
        assertTrue(worstRms > 0.01, "the filter does something: " + worstRms + " mm");
    }

    /**
     * Each local minimum of the heel height in the interior stays at the same frame after filtering (zero lag), or
     * moves by at most one frame where the minimum is flat (bound 1 frame = 10 ms). A 4th-order causal filter at
     * 6 Hz would delay it by about 4 frames.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PiG_Motion-FlatFoot-Full.c3d, LHEE", "PiG_Motion-FlatFoot-Full.c3d, RHEE", "PiG_Motion3_FF.c3d, LHEE",
            "PiG_Motion3_FF.c3d, RHEE"})
    void heelHeightMinimaDoNotMove(String file, String heel) {
        MarkerTrajectory m = SignalTestData.markers(SignalTestData.PIG + file).get(heel);
        double[] z = m.zMm();
        double[] filtered = Butterworth.lowPass(2, 6, SignalTestData.file(SignalTestData.PIG + file).pointRateHz()).filtfilt(z);
        int minima = 0;
        for (int f = 15; f < z.length - 15; f++) {
            if (isWindowMinimum(filtered, f, 15)) {
                int raw = f;
                for (int g = f - 5; g <= f + 5; g++) {
                    raw = z[g] < z[raw] ? g : raw;
                }
                assertEquals(raw, f, 1, heel + " minimum at frame " + f);
                minima++;
            }
        }
        assertTrue(minima >= 1, "found heel minima: " + minima);
    }

    private static boolean isWindowMinimum(double[] x, int f, int half) {
        for (int g = f - half; g <= f + half; g++) {
            if (!(x[g] >= x[f])) {
                return false;
            }
        }
        return true;
    }
}
