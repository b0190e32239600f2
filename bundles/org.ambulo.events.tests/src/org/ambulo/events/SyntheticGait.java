package org.ambulo.events;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.c3d.AnalogChannel;
import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dPoint;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;

/**
 * A simulated walk with known events: the subject walks along +X at constant speed; each foot stands still from strike
 * to off and moves at constant speed (faster than the pelvis) and on a half-sine arc during swing. So the heel is
 * furthest ahead of the pelvis exactly at strike, the toe furthest behind exactly at off (Zeni), and the foot centre
 * rises fastest right after off and sinks fastest right before strike (O'Connor). Optional force plates under the
 * third step of each foot carry a trapezoid load that rises linearly over 50 ms from strike and falls over 50 ms
 * before off, so the threshold crossing times are known exactly.
 */
final class SyntheticGait {

    static final double RATE_HZ = 100;
    static final int SAMPLES_PER_FRAME = 10;
    static final int FIRST_FRAME = 11;
    static final int FRAMES = 600;
    static final double STRIDE_SECONDS = 1.1;
    static final double STANCE_SHARE = 0.62;
    static final double SPEED_MM_PER_S = 1200;
    static final double FIRST_LEFT_STRIKE_SECONDS = 0.3437;
    static final double HEEL_AHEAD_MM = 250;
    static final double FOOT_LENGTH_MM = 220;
    static final double SWING_HEIGHT_MM = 80;
    static final double PEAK_LOAD_N = 700;
    static final double RAMP_SECONDS = 0.05;

    private SyntheticGait() {
    }

    static double strike(Side side, int k) {
        return FIRST_LEFT_STRIKE_SECONDS + (side == Side.RIGHT ? STRIDE_SECONDS / 2 : 0) + k * STRIDE_SECONDS;
    }

    static double off(Side side, int k) {
        return strike(side, k) + STANCE_SHARE * STRIDE_SECONDS;
    }

    static double startSeconds() {
        return (FIRST_FRAME - 1) / RATE_HZ;
    }

    static double endSeconds() {
        return (FIRST_FRAME - 1 + FRAMES - 1) / RATE_HZ;
    }

    /** The true events inside the data. */
    static List<GaitEvent> trueEvents() {
        List<GaitEvent> events = new ArrayList<>();
        for (Side side : Side.values()) {
            for (int k = -1; k < 10; k++) {
                add(events, side, GaitEventType.FOOT_STRIKE, strike(side, k));
                add(events, side, GaitEventType.FOOT_OFF, off(side, k));
            }
        }
        return events.stream().sorted().toList();
    }

    private static void add(List<GaitEvent> events, Side side, GaitEventType type, double t) {
        if (t > startSeconds() && t < endSeconds()) {
            events.add(new GaitEvent(side, type, t, "truth"));
        }
    }

    /** Force plate threshold crossings of the load ramps, for the contact {@code k} = 2 of each foot. */
    static double plateStrike(Side side, double thresholdN) {
        return strike(side, 2) + RAMP_SECONDS * thresholdN / PEAK_LOAD_N;
    }

    static double plateOff(Side side, double thresholdN) {
        return off(side, 2) - RAMP_SECONDS * thresholdN / PEAK_LOAD_N;
    }

    /** Heel x (mm) of one foot at time t: footprints at speed * strike time + HEEL_AHEAD_MM. */
    static double heelX(Side side, double t) {
        int k = (int) Math.floor((t - strike(side, 0)) / STRIDE_SECONDS);
        double print = SPEED_MM_PER_S * strike(side, k) + HEEL_AHEAD_MM;
        if (t <= off(side, k)) {
            return print;
        }
        double next = SPEED_MM_PER_S * strike(side, k + 1) + HEEL_AHEAD_MM;
        double s = (t - off(side, k)) / (strike(side, k + 1) - off(side, k));
        return print + s * (next - print);
    }

    /** Lift (mm) of one foot above its stance height at time t. */
    static double lift(Side side, double t) {
        int k = (int) Math.floor((t - strike(side, 0)) / STRIDE_SECONDS);
        if (t <= off(side, k)) {
            return 0;
        }
        double s = (t - off(side, k)) / (strike(side, k + 1) - off(side, k));
        return SWING_HEIGHT_MM * Math.sin(Math.PI * s);
    }

    static C3dFile file(boolean withPlates, boolean withHeels) {
        return file(withPlates, withHeels, false);
    }

    /** With plates whose second (right) plate names analog channels the file does not have. */
    static C3dFile fileWithBrokenRightPlate() {
        return file(true, true, true);
    }

    private static C3dFile file(boolean withPlates, boolean withHeels, boolean brokenRightPlate) {
        List<String> labels = new ArrayList<>(List.of("LPSI", "RPSI", "LTOE", "RTOE"));
        if (withHeels) {
            labels.addAll(List.of("LHEE", "RHEE"));
        }
        int points = labels.size();
        float[] samples = new float[FRAMES * points * 4];
        for (int f = 0; f < FRAMES; f++) {
            double t = (FIRST_FRAME - 1 + f) / RATE_HZ;
            for (int p = 0; p < points; p++) {
                String label = labels.get(p);
                Side side = label.charAt(0) == 'L' ? Side.LEFT : Side.RIGHT;
                double y = side == Side.LEFT ? 100 : -100;
                double x;
                double z;
                switch (label.substring(1)) {
                    case "PSI" -> {
                        x = SPEED_MM_PER_S * t - 100;
                        y /= 2;
                        z = 950;
                    }
                    case "TOE" -> {
                        x = heelX(side, t) + FOOT_LENGTH_MM;
                        z = 30 + lift(side, t);
                    }
                    default -> {
                        x = heelX(side, t);
                        z = 40 + lift(side, t);
                    }
                }
                int i = (f * points + p) * 4;
                samples[i] = (float) x;
                samples[i + 1] = (float) y;
                samples[i + 2] = (float) z;
            }
        }
        C3dFile.Builder builder = C3dFile.builder("synthetic-walk.c3d").frames(FIRST_FRAME, FRAMES, RATE_HZ)
                .points(labels.stream().map(l -> C3dPoint.marker(l, "mm")).toList(), samples, 1f);
        if (withPlates) {
            addPlates(builder, brokenRightPlate);
        }
        return builder.build();
    }

    private static void addPlates(C3dFile.Builder builder, boolean brokenRightPlate) {
        List<AnalogChannel> channels = new ArrayList<>();
        for (int plate = 1; plate <= 2; plate++) {
            for (String c : List.of("Fx", "Fy", "Fz", "Mx", "My", "Mz")) {
                channels.add(AnalogChannel.physical(c + plate, c.startsWith("F") ? "N" : "Nmm"));
            }
        }
        int samples = FRAMES * SAMPLES_PER_FRAME;
        float[] raw = new float[samples * channels.size()];
        float[] corners = new float[24];
        Side[] sides = {Side.LEFT, Side.RIGHT};
        for (int plate = 0; plate < 2; plate++) {
            Side side = sides[plate];
            double cx = SPEED_MM_PER_S * strike(side, 2) + HEEL_AHEAD_MM + FOOT_LENGTH_MM / 2;
            double cy = side == Side.LEFT ? 100 : -100;
            double[][] c = {{cx + 200, cy + 250}, {cx - 200, cy + 250}, {cx - 200, cy - 250}, {cx + 200, cy - 250}};
            for (int k = 0; k < 4; k++) {
                corners[plate * 12 + k * 3] = (float) c[k][0];
                corners[plate * 12 + k * 3 + 1] = (float) c[k][1];
            }
            for (int s = 0; s < samples; s++) {
                double t = startSeconds() + s / (RATE_HZ * SAMPLES_PER_FRAME);
                double load = Math.min(PEAK_LOAD_N, PEAK_LOAD_N * Math.min(t - strike(side, 2), off(side, 2) - t) / RAMP_SECONDS);
                // Vicon plates report the force on the plate: downwards, negative.
                raw[s * channels.size() + plate * 6 + 2] = (float) -Math.max(0, load);
            }
        }
        builder.analogs(channels, SAMPLES_PER_FRAME, raw, 1f);
        builder.group(new C3dGroup("FORCE_PLATFORM", "", false, List.of(C3dParameter.ofInts("USED", "", 2),
                C3dParameter.ofInts("TYPE", "", 2, 2),
                C3dParameter.ofFloats("CHANNEL", "", new int[]{6, 2}, brokenRightPlate
                        ? new float[]{1, 2, 3, 4, 5, 6, 7, 8, 99, 10, 11, 12}
                        : new float[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}),
                C3dParameter.ofFloats("CORNERS", "", new int[]{3, 4, 2}, corners),
                C3dParameter.ofFloats("ORIGIN", "", new int[]{3, 2}, new float[]{0, 0, -40, 0, 0, -40}))));
    }
}
