package org.ambulo.cycles.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ambulo.cycles.ProgressionDirection;
import org.ambulo.model.MarkerTrajectory;

/**
 * The walking direction, from how far the pelvis markers travel between their first and last samples (the foot
 * markers when a file has no pelvis markers).
 *
 * @param direction
 *            the lab axis direction closest to the travel
 * @param travelMm
 *            distance travelled along it
 * @param fromMarkers
 *            which markers it was found from
 */
record Progression(ProgressionDirection direction, double travelMm, List<String> fromMarkers) {

    private static final List<String> PELVIS = List.of("LASI", "RASI", "LPSI", "RPSI", "SACR");

    static Optional<Progression> detect(Map<String, MarkerTrajectory> markers, List<String> footMarkers) {
        Optional<Progression> fromPelvis = detectFrom(markers, PELVIS);
        return fromPelvis.isPresent() ? fromPelvis : detectFrom(markers, footMarkers);
    }

    private static Optional<Progression> detectFrom(Map<String, MarkerTrajectory> markers, List<String> labels) {
        double dx = 0;
        double dy = 0;
        List<String> used = new ArrayList<>();
        for (String label : labels) {
            Optional<MarkerTrajectory> marker = MarkerLookup.find(markers, label);
            if (marker.isEmpty()) {
                continue;
            }
            MarkerTrajectory m = marker.get();
            int first = 0;
            while (first < m.frameCount() && !m.isValid(first)) {
                first++;
            }
            int last = m.frameCount() - 1;
            while (last > first && !m.isValid(last)) {
                last--;
            }
            if (last <= first) {
                continue;
            }
            dx += m.xMm()[last] - m.xMm()[first];
            dy += m.yMm()[last] - m.yMm()[first];
            used.add(m.label());
        }
        if (used.isEmpty()) {
            return Optional.empty();
        }
        dx /= used.size();
        dy /= used.size();
        ProgressionDirection direction = ProgressionDirection.of(dx, dy);
        return Optional.of(new Progression(direction, dx * direction.x() + dy * direction.y(), List.copyOf(used)));
    }
}
