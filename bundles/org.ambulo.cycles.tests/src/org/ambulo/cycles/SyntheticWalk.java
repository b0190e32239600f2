package org.ambulo.cycles;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.c3d.C3dEvent;
import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dPoint;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;

/**
 * A constructed walk with known answers: 1.0 s strides of 1.2 m at 100 Hz, the left foot planted at x = 1.2 k m from its
 * strike at 0.1 + k s to its foot off at 0.7 + k s, the right foot planted at x = 1.2 k + 0.55 m from 0.62 + k s to
 * 1.2 + k s; each foot swings linearly to its next plant. Heels at y = +0.10 m (left) and -0.05 m (right), toes 0.2 m
 * ahead of the heels; pelvis moving at 1.2 m/s. Expected, per the definitions of {@link SpatiotemporalParameter}:
 * <ul>
 * <li>left cycle 0.1 to 1.1 s: opposite foot off 0.2 (10 %), opposite strike 0.62 (52 %), foot off 0.7 (60 %); step time
 * 0.48 s; single support 42 %, double support 18 %; step length 1.2 - 0.55 = 0.65 m;
 * <li>right cycle 0.62 to 1.62 s: opposite foot off 0.7 (8 %), opposite strike 1.1 (48 %), foot off 1.2 (58 %); step
 * time 0.52 s; single support 40 %, double support 18 %; step length 0.55 m;
 * <li>both: stride 1.0 s, 1.2 m, 1.2 m/s, cadence 120 steps/min, step width 0.15 m.
 * </ul>
 * A rotation maps the lab frame so that the same walk goes along -y, +y or -x.
 */
final class SyntheticWalk {

    static final double RATE_HZ = 100;
    static final int FRAMES = 351;
    static final double STRIDE_M = 1.2;
    static final double RIGHT_OFFSET_M = 0.55;

    private SyntheticWalk() {
    }

    /** The events (3 left and 2 right complete cycles, plus a leading right foot off and a trailing right foot off). */
    static List<GaitEvent> events() {
        List<GaitEvent> events = new ArrayList<>();
        for (int k = 0; k <= 3; k++) {
            events.add(new GaitEvent(Side.LEFT, GaitEventType.FOOT_STRIKE, 0.1 + k, GaitEvent.STORED));
            events.add(new GaitEvent(Side.RIGHT, GaitEventType.FOOT_OFF, 0.2 + k, GaitEvent.STORED));
        }
        for (int k = 0; k <= 2; k++) {
            events.add(new GaitEvent(Side.LEFT, GaitEventType.FOOT_OFF, 0.7 + k, GaitEvent.STORED));
            events.add(new GaitEvent(Side.RIGHT, GaitEventType.FOOT_STRIKE, 0.62 + k, GaitEvent.STORED));
        }
        return events;
    }

    /**
     * The walk as a C3D file (no stored events unless {@code withEvents}); {@code direction} is where +x of the walk goes.
     */
    static C3dFile file(ProgressionDirection direction, boolean withEvents, String... omittedMarkers) {
        return file(direction, withEvents, false, omittedMarkers);
    }

    /** With {@code crossed}, the left heel walks at y = -0.05 m and the right one at +0.10 m: the feet cross. */
    static C3dFile file(ProgressionDirection direction, boolean withEvents, boolean crossed, String... omittedMarkers) {
        List<String> labels = new ArrayList<>(List.of("LHEE", "LTOE", "RHEE", "RTOE", "LASI", "RASI"));
        labels.removeAll(List.of(omittedMarkers));
        float[] samples = new float[FRAMES * labels.size() * 4];
        for (int f = 0; f < FRAMES; f++) {
            double t = f / RATE_HZ; // first frame 1: frame index f is at f / rate seconds
            for (int p = 0; p < labels.size(); p++) {
                double[] local = local(labels.get(p), t);
                if (crossed && labels.get(p).matches("[LR](HEE|TOE)")) {
                    local[1] = labels.get(p).startsWith("L") ? -0.05 : 0.10;
                }
                int base = (f * labels.size() + p) * 4;
                samples[base] = (float) (1000 * (local[0] * direction.x() - local[1] * direction.y()));
                samples[base + 1] = (float) (1000 * (local[0] * direction.y() + local[1] * direction.x()));
                samples[base + 2] = (float) (1000 * local[2]);
            }
        }
        List<C3dPoint> points = labels.stream().map(l -> C3dPoint.marker(l, "mm")).toList();
        C3dFile.Builder builder = C3dFile.builder("synthetic-walk-" + direction.label()).frames(1, FRAMES, RATE_HZ).points(points, samples,
                1f);
        if (withEvents) {
            builder.events(events().stream()
                    .map(e -> C3dEvent.of(e.side() == Side.LEFT ? "Left" : "Right", e.type().viconLabel(), e.timeSeconds()))
                    .toList());
        }
        return builder.build();
    }

    /** Position in m in the walk's own frame (x forward, y left, z up). */
    private static double[] local(String label, double t) {
        double toe = label.endsWith("TOE") ? 0.2 : 0;
        return switch (label) {
            case "LHEE", "LTOE" -> new double[]{foot(t, 0.1, 0.7, 0) + toe, 0.10, toe > 0 ? 0.03 : 0.06};
            case "RHEE", "RTOE" -> new double[]{foot(t, 0.62, 1.2, RIGHT_OFFSET_M) + toe, -0.05, toe > 0 ? 0.03 : 0.06};
            case "LASI" -> new double[]{1.2 * t, 0.12, 0.9};
            case "RASI" -> new double[]{1.2 * t, -0.12, 0.9};
            default -> throw new IllegalArgumentException(label);
        };
    }

    /** Planted at offset + 1.2 k from strike (k) to foot off (k), swinging linearly to the next plant. */
    private static double foot(double t, double strike, double footOff, double offsetM) {
        double k = Math.floor(t - strike);
        double phase = t - strike - k; // 0..1 s after the last strike
        double planted = offsetM + STRIDE_M * k;
        double stance = footOff - strike;
        if (phase <= stance) {
            return planted;
        }
        return planted + STRIDE_M * (phase - stance) / (1.0 - stance);
    }
}
