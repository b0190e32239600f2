package org.ambulo.events;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.events.internal.EventMatching;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;

/** Compares detected events with reference events (usually those stored in the file), per side and type. */
public final class EventComparison {

    private EventComparison() {
    }

    /**
     * Pairs each detected event with the closest stored event of the same side and type (one to one, closest pairs
     * first, only within {@code matchWindowSeconds}) and summarises the differences in frames of {@code pointRateHz}.
     * Always four rows, in the order left strike, left off, right strike, right off.
     */
    public static List<EventDifference> compare(List<GaitEvent> detected, List<GaitEvent> stored, double pointRateHz,
            double matchWindowSeconds) {
        if (!(pointRateHz > 0) || !(matchWindowSeconds > 0)) {
            throw new IllegalArgumentException("point rate (" + pointRateHz + " Hz) and match window (" + matchWindowSeconds
                    + " s) must be positive");
        }
        List<EventDifference> rows = new ArrayList<>(4);
        for (Side side : Side.values()) {
            for (GaitEventType type : GaitEventType.values()) {
                List<GaitEvent> d = EventMatching.of(detected, side, type);
                List<GaitEvent> s = EventMatching.of(stored, side, type);
                List<EventMatching.Pair> pairs = EventMatching.pairs(d, s, matchWindowSeconds);
                double sum = 0;
                double max = pairs.isEmpty() ? Double.NaN : 0;
                for (EventMatching.Pair pair : pairs) {
                    double frames = Math.abs(pair.differenceSeconds()) * pointRateHz;
                    sum += frames;
                    max = Math.max(max, frames);
                }
                double mean = pairs.isEmpty() ? Double.NaN : sum / pairs.size();
                rows.add(new EventDifference(side, type, pairs.size(), mean, max, d.size() - pairs.size(), s.size() - pairs.size()));
            }
        }
        return List.copyOf(rows);
    }
}
