package org.ambulo.c3d.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dParameters;
import org.ambulo.c3d.ForcePlatform;

/** Decodes the FORCE_PLATFORM group per plate without interpreting it; never throws on odd shapes. */
public final class ForcePlatforms {

    private ForcePlatforms() {
    }

    public static List<ForcePlatform> decode(C3dParameters p) {
        Optional<C3dGroup> group = p.group("FORCE_PLATFORM");
        if (group.isEmpty()) {
            return List.of();
        }
        C3dGroup g = group.get();
        double[] types = g.parameter("TYPE").map(C3dParameter::numbers).orElse(new double[0]);
        long used = g.parameter("USED").map(C3dParameter::firstCount).filter(c -> c.isPresent()).map(c -> c.getAsLong())
                .orElse((long) types.length);
        int n = (int) Math.min(used, 1000);
        Optional<C3dParameter> channel = g.parameter("CHANNEL");
        int channelRows = channel.map(c -> c.dimensions().length > 0 ? c.dimensions()[0] : 1).orElse(0);
        double[] channels = channel.map(C3dParameter::numbers).orElse(new double[0]);
        double[] corners = g.parameter("CORNERS").map(C3dParameter::numbers).orElse(new double[0]);
        double[] origins = g.parameter("ORIGIN").map(C3dParameter::numbers).orElse(new double[0]);
        Optional<C3dParameter> cal = g.parameter("CAL_MATRIX");
        List<ForcePlatform> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int[] ch = new int[channelRows];
            for (int k = 0; k < channelRows; k++) {
                int at = i * channelRows + k;
                ch[k] = at < channels.length ? (int) channels[at] : 0;
            }
            float[] c = slice(corners, i * 12, 12);
            float[] o = slice(origins, i * 3, 3);
            Optional<float[]> matrix = Optional.empty();
            if (cal.isPresent() && cal.get().dimensions().length >= 2) {
                int[] d = cal.get().dimensions();
                int size = d[0] * d[1];
                double[] all = cal.get().numbers();
                if ((i + 1) * size <= all.length && size > 0) {
                    matrix = Optional.of(slice(all, i * size, size));
                }
            }
            out.add(new ForcePlatform(i, i < types.length ? (int) types[i] : 0, ch, c, o, matrix));
        }
        return out;
    }

    private static float[] slice(double[] all, int from, int count) {
        float[] out = new float[count];
        for (int k = 0; k < count; k++) {
            out[k] = from + k < all.length ? (float) all[from + k] : Float.NaN;
        }
        return out;
    }
}
