package org.ambulo.signal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.testdata.SharedData;

/** Real trials from shared/data, read in place once per test run. */
final class SignalTestData {

    static final String PIG = "OpenMA__openma-data/input/c3d/plugingait/";
    /** Nexus 1.4 PiG full-body walk, 315 frames at 100 Hz, no gaps in the lower-body markers. */
    static final String FULL = PIG + "PiG_Motion-FlatFoot-Full.c3d";
    /** Nexus 1.4 PiG lower-body walk, 293 frames at 100 Hz. */
    static final String MOTION3 = PIG + "PiG_Motion3_FF.c3d";
    static final String KAD = PIG + "PiGKad_Motion.c3d";

    static final String[] LOWER_BODY = {"LASI", "RASI", "LPSI", "RPSI", "LTHI", "LKNE", "LTIB", "LANK", "LHEE", "LTOE", "RTHI", "RKNE",
            "RTIB", "RANK", "RHEE", "RTOE"};

    private static final Map<String, C3dFile> FILES = new ConcurrentHashMap<>();

    private SignalTestData() {
    }

    static C3dFile file(String relative) {
        return FILES.computeIfAbsent(relative, r -> {
            try {
                return C3dReader.read(SharedData.resolve(r));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Map<String, MarkerTrajectory> markers(String relative) {
        try {
            return C3dTrials.markers(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code m} with frames [from, to] removed (NaN). */
    static MarkerTrajectory withGap(MarkerTrajectory m, int from, int to) {
        double[] x = m.xMm().clone(), y = m.yMm().clone(), z = m.zMm().clone();
        for (int f = from; f <= to; f++) {
            x[f] = y[f] = z[f] = Double.NaN;
        }
        return new MarkerTrajectory(m.label(), x, y, z);
    }

    static double distanceMm(MarkerTrajectory a, MarkerTrajectory b, int frame) {
        double dx = a.xMm()[frame] - b.xMm()[frame], dy = a.yMm()[frame] - b.yMm()[frame], dz = a.zMm()[frame] - b.zMm()[frame];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
