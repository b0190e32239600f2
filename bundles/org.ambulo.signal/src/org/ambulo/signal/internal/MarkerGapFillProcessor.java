package org.ambulo.signal.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ambulo.model.MarkerTrajectory;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;
import org.ambulo.signal.FilledTrajectory;
import org.ambulo.signal.GapFillResult;
import org.ambulo.signal.GapFillSettings;
import org.ambulo.signal.GapFilling;
import org.ambulo.signal.RigidSegment;
import org.ambulo.signal.SignalKeys;
import org.osgi.service.component.annotations.Component;

/**
 * Fills marker gaps: spline for gaps up to the maximum, then rigid body for markers of the listed segments, donors
 * tried in segment order (each triple of the other markers, as spline-filled, until nothing more can be filled).
 * Results: the filled markers under {@link SignalKeys#MARKERS}, flags and open gaps under {@link SignalKeys#GAP_FILL}.
 */
@Component(service = Processor.class)
public final class MarkerGapFillProcessor implements Processor<GapFillSettings> {

    public static final String ID = "org.ambulo.signal.markers.gapfill";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Fill marker gaps (cubic spline up to a maximum gap, then rigid body); every fill flagged";
    }

    @Override
    public Class<GapFillSettings> settingsType() {
        return GapFillSettings.class;
    }

    @Override
    public GapFillSettings defaultSettings() {
        return GapFillSettings.DEFAULTS;
    }

    @Override
    public TrialContext process(TrialContext context, GapFillSettings settings) throws ProcessingException {
        if (settings.maxGapFrames() < 0) {
            throw new ProcessingException(context.source().sourceName(), ID, "maximum gap must not be negative, got "
                    + settings.maxGapFrames() + " frames");
        }
        Map<String, MarkerTrajectory> markers = TrialMarkers.current(context, ID);
        Map<String, FilledTrajectory> splined = new LinkedHashMap<>();
        for (MarkerTrajectory m : markers.values()) {
            splined.put(m.label(), GapFilling.splineFill(m, settings.maxGapFrames()));
        }
        List<String> notes = new ArrayList<>();
        Map<String, FilledTrajectory> result = new LinkedHashMap<>(splined);
        for (RigidSegment segment : settings.rigidSegments()) {
            List<String> present = new ArrayList<>();
            for (String label : segment.markers()) {
                if (markers.containsKey(label)) {
                    present.add(label);
                } else {
                    notes.add("segment " + segment.name() + ": marker " + label + " is not in the trial; rigid-body fill uses the others");
                }
            }
            if (present.size() < 4) {
                notes.add(
                        "segment " + segment.name() + ": only " + present.size() + " of its markers are in the trial; no rigid-body fill");
                continue;
            }
            for (String label : present) {
                result.put(label, fillFromSegment(result.get(label), present, splined));
            }
        }
        Map<String, MarkerTrajectory> filledMarkers = new LinkedHashMap<>();
        result.forEach((label, filled) -> filledMarkers.put(label, filled.trajectory()));
        return context.with(SignalKeys.MARKERS, Collections.unmodifiableMap(filledMarkers), ID)
                .with(SignalKeys.GAP_FILL, new GapFillResult(result, notes), ID);
    }

    private static FilledTrajectory fillFromSegment(FilledTrajectory target, List<String> segment, Map<String, FilledTrajectory> donors) {
        List<MarkerTrajectory> others = segment.stream().filter(l -> !l.equals(target.label())).map(l -> donors.get(l).trajectory())
                .toList();
        FilledTrajectory current = target;
        for (int i = 0; i < others.size() && !current.gapsLeftOpen().isEmpty(); i++) {
            for (int j = i + 1; j < others.size() && !current.gapsLeftOpen().isEmpty(); j++) {
                for (int k = j + 1; k < others.size() && !current.gapsLeftOpen().isEmpty(); k++) {
                    FilledTrajectory next = GapFilling.rigidBodyFill(current, others.get(i), others.get(j), others.get(k));
                    // keep the open-gap reasons of the spline pass unless this triple filled something
                    current = next.filledCount() > current.filledCount() ? next : current;
                }
            }
        }
        return current;
    }
}
