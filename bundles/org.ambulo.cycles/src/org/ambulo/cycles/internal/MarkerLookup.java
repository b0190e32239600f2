package org.ambulo.cycles.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ambulo.model.MarkerTrajectory;

/** Finds a marker by its Plug-in Gait name, tolerating case and subject prefixes such as {@code Matt:LTOE}. */
final class MarkerLookup {

    private MarkerLookup() {
    }

    static Optional<MarkerTrajectory> find(Map<String, MarkerTrajectory> markers, String label) {
        MarkerTrajectory exact = markers.get(label);
        if (exact != null) {
            return Optional.of(exact);
        }
        String wanted = label.toUpperCase(Locale.ROOT);
        for (Map.Entry<String, MarkerTrajectory> entry : markers.entrySet()) {
            String key = entry.getKey().toUpperCase(Locale.ROOT).trim();
            if (key.equals(wanted) || key.endsWith(":" + wanted)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
