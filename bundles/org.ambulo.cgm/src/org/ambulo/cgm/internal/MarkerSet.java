package org.ambulo.cgm.internal;

import java.util.Map;
import java.util.Optional;

import org.ambulo.cgm.CgmException;
import org.ambulo.model.MarkerTrajectory;

/**
 * Marker trajectories by label as interleaved x, y, z arrays (mm), tolerating a Vicon subject prefix
 * ({@code A22:LASI}). A sample missing in the file is NaN.
 */
final class MarkerSet {

    private final String trial;
    private final Map<String, MarkerTrajectory> markers;
    private final int frames;
    private final Map<String, double[]> replaced = new java.util.HashMap<>();

    MarkerSet(String trial, Map<String, MarkerTrajectory> markers) {
        this.trial = trial;
        this.markers = markers;
        this.frames = markers.values().stream().findFirst().map(MarkerTrajectory::frameCount).orElse(0);
    }

    String trial() {
        return trial;
    }

    int frameCount() {
        return frames;
    }

    /** Uses {@code xyz} (interleaved, mm) for {@code label} from now on, e.g. a virtual marker built from a device. */
    void replace(String label, double[] xyz) {
        replaced.put(label, xyz);
    }

    Optional<double[]> find(String label) {
        double[] own = replaced.get(label);
        if (own != null) {
            return Optional.of(own);
        }
        MarkerTrajectory t = markers.get(label);
        if (t == null) {
            for (Map.Entry<String, MarkerTrajectory> e : markers.entrySet()) {
                String key = e.getKey();
                int colon = key.lastIndexOf(':');
                if (colon >= 0 && key.substring(colon + 1).equalsIgnoreCase(label)) {
                    t = e.getValue();
                    break;
                }
            }
        }
        if (t == null) {
            return Optional.empty();
        }
        double[] out = new double[frames * 3];
        for (int f = 0; f < frames; f++) {
            out[3 * f] = t.xMm()[f];
            out[3 * f + 1] = t.yMm()[f];
            out[3 * f + 2] = t.zMm()[f];
        }
        return Optional.of(out);
    }

    double[] require(String label, String neededFor) throws CgmException {
        return find(label).orElseThrow(() -> new CgmException(trial, "marker " + label + " is missing (needed for " + neededFor + ")"));
    }

    /** Whether the marker has at least one sample. */
    boolean present(String label) {
        Optional<double[]> m = find(label);
        if (m.isEmpty()) {
            return false;
        }
        double[] a = m.get();
        for (int i = 0; i < a.length; i += 3) {
            if (!Double.isNaN(a[i])) {
                return true;
            }
        }
        return false;
    }
}
