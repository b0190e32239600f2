package org.ambulo.bench;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.c3d.AnalogChannel;
import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dPoint;
import org.ambulo.c3d.ParameterValues;

/**
 * A synthetic overground walk of a given length at 100 Hz with 4 AMTI (type 2) plates at 1000 Hz: 1.0 s strides of
 * 1.2 m, left strikes at 0.1 + k s, right at 0.6 + k s, stance 60 %; heel, toe, ankle and pelvis markers; each plate
 * loaded with a 700 N half-sine while a foot stands on it.
 */
final class SyntheticTrial {

    static final double RATE_HZ = 100;
    static final int ANALOG_PER_FRAME = 10;
    private static final double STRIDE_M = 1.2;
    private static final double[] PLATE_CENTRES_X_M = {1.5, 2.1, 2.7, 3.3};

    private SyntheticTrial() {
    }

    static C3dFile build(double seconds) {
        int frames = (int) Math.round(seconds * RATE_HZ);
        List<String> labels = List.of("LHEE", "LTOE", "LANK", "RHEE", "RTOE", "RANK", "LASI", "RASI", "LPSI", "RPSI");
        float[] points = new float[frames * labels.size() * 4];
        for (int f = 0; f < frames; f++) {
            double t = f / RATE_HZ;
            for (int p = 0; p < labels.size(); p++) {
                double[] xyz = position(labels.get(p), t);
                int base = (f * labels.size() + p) * 4;
                points[base] = (float) (1000 * xyz[0]);
                points[base + 1] = (float) (1000 * xyz[1]);
                points[base + 2] = (float) (1000 * xyz[2]);
            }
        }
        int channels = 6 * PLATE_CENTRES_X_M.length;
        int samples = frames * ANALOG_PER_FRAME;
        float[] analog = new float[samples * channels];
        List<AnalogChannel> analogs = new ArrayList<>();
        for (int plate = 0; plate < PLATE_CENTRES_X_M.length; plate++) {
            for (String c : List.of("Fx", "Fy", "Fz", "Mx", "My", "Mz")) {
                analogs.add(AnalogChannel.physical(c + (plate + 1), c.startsWith("F") ? "N" : "Nmm"));
            }
            for (int s = 0; s < samples; s++) {
                double t = s / (RATE_HZ * ANALOG_PER_FRAME);
                analog[s * channels + plate * 6 + 2] = (float) -plateLoadN(PLATE_CENTRES_X_M[plate], t);
            }
        }
        return C3dFile.builder("synthetic-" + (int) seconds + "s-100Hz-4plates").frames(1, frames, RATE_HZ)
                .points(labels.stream().map(l -> C3dPoint.marker(l, "mm")).toList(), points, 1f)
                .analogs(analogs, ANALOG_PER_FRAME, analog, 1f).group(forcePlatforms()).build();
    }

    private static double[] position(String label, double t) {
        boolean left = label.startsWith("L");
        double x = label.endsWith("SI") ? STRIDE_M * t : foot(t, left ? 0.1 : 0.6, left ? 0 : 0.6);
        double y = left ? 0.1 : -0.1;
        return switch (label.substring(1)) {
            case "TOE" -> new double[]{x + 0.2, y, 0.03 + lift(t, left)};
            case "ANK" -> new double[]{x + 0.05, y, 0.08 + lift(t, left)};
            case "HEE" -> new double[]{x, y, 0.05 + lift(t, left)};
            case "ASI" -> new double[]{x + 0.1, left ? 0.12 : -0.12, 0.95};
            default -> new double[]{x - 0.1, left ? 0.05 : -0.05, 0.98}; // PSI
        };
    }

    /** Planted from strike to foot off (60 % of the stride), then swinging forward to the next plant. */
    private static double foot(double t, double strike, double offsetM) {
        double k = Math.floor(t - strike);
        double phase = t - strike - k;
        double planted = offsetM + STRIDE_M * k;
        return phase <= 0.6 ? planted : planted + STRIDE_M * (phase - 0.6) / 0.4;
    }

    private static double lift(double t, boolean left) {
        double phase = t - (left ? 0.1 : 0.6) - Math.floor(t - (left ? 0.1 : 0.6));
        return phase <= 0.6 ? 0 : 0.1 * Math.sin(Math.PI * (phase - 0.6) / 0.4);
    }

    /** 700 N half-sine over the stance of the foot planted on the plate, 0 otherwise. */
    private static double plateLoadN(double centreXM, double t) {
        for (int side = 0; side < 2; side++) {
            double strike = side == 0 ? 0.1 : 0.6;
            double k = Math.floor(t - strike);
            double phase = t - strike - k;
            double planted = (side == 0 ? 0 : 0.6) + STRIDE_M * k + 0.1; // mid-foot
            if (phase <= 0.6 && Math.abs(planted - centreXM) < 0.25) {
                return 700 * Math.sin(Math.PI * phase / 0.6);
            }
        }
        return 0;
    }

    private static C3dGroup forcePlatforms() {
        int n = PLATE_CENTRES_X_M.length;
        float[] corners = new float[12 * n];
        float[] origins = new float[3 * n];
        short[] channel = new short[6 * n];
        int[] types = new int[n];
        for (int p = 0; p < n; p++) {
            float cx = (float) (1000 * PLATE_CENTRES_X_M[p]);
            float[] c = {cx + 300, 200, 0, cx - 300, 200, 0, cx - 300, -200, 0, cx + 300, -200, 0};
            System.arraycopy(c, 0, corners, 12 * p, 12);
            origins[3 * p + 2] = -40;
            for (int k = 0; k < 6; k++) {
                channel[6 * p + k] = (short) (6 * p + k + 1);
            }
            types[p] = 2;
        }
        return new C3dGroup("FORCE_PLATFORM", "", false,
                List.of(C3dParameter.ofInts("USED", "", n), C3dParameter.ofInts("TYPE", "", types),
                        new C3dParameter("CHANNEL", "", false, new int[]{6, n}, new ParameterValues.Ints(channel)),
                        C3dParameter.ofFloats("CORNERS", "", new int[]{3, 4, n}, corners),
                        C3dParameter.ofFloats("ORIGIN", "", new int[]{3, n}, origins)));
    }
}
