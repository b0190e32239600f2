package org.ambulo.signal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ambulo.model.MarkerTrajectory;

/**
 * What the gap-fill step did to a trial.
 *
 * @param trajectories
 *            per marker label (file order): flags, fills and open gaps
 * @param notes
 *            problems with the settings for this trial, e.g. a rigid-segment marker the trial does not have
 */
public record GapFillResult(Map<String, FilledTrajectory> trajectories, List<String> notes) {

    public GapFillResult {
        trajectories = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(trajectories, "trajectories")));
        notes = List.copyOf(notes);
    }

    /** The filled trajectories by label, in file order. */
    public Map<String, MarkerTrajectory> markers() {
        Map<String, MarkerTrajectory> markers = new LinkedHashMap<>();
        trajectories.forEach((label, filled) -> markers.put(label, filled.trajectory()));
        return Collections.unmodifiableMap(markers);
    }

    /** All gaps left open, marker by marker. */
    public List<OpenGap> openGaps() {
        return trajectories.values().stream().flatMap(t -> t.gapsLeftOpen().stream()).toList();
    }

    /** All fills made, marker by marker. */
    public List<Fill> fills() {
        return trajectories.values().stream().flatMap(t -> t.fills().stream()).toList();
    }
}
