package org.ambulo.events.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;

/** One-to-one pairing of two event lists of the same side and type: closest pairs first, within a window. */
public final class EventMatching {

    /** A pair: {@code a} from the first list, {@code b} from the second. */
    public record Pair(GaitEvent a, GaitEvent b) {
        /** a minus b, in seconds. */
        public double differenceSeconds() {
            return a.timeSeconds() - b.timeSeconds();
        }
    }

    private EventMatching() {
    }

    /** Events of one side and type, sorted. */
    public static List<GaitEvent> of(List<GaitEvent> events, Side side, GaitEventType type) {
        return events.stream().filter(e -> e.side() == side && e.type() == type).sorted().toList();
    }

    /** Pairs of {@code first} and {@code second} (already one side and type) closer than {@code windowSeconds}. */
    public static List<Pair> pairs(List<GaitEvent> first, List<GaitEvent> second, double windowSeconds) {
        int n = first.size();
        int m = second.size();
        List<long[]> candidates = new ArrayList<>();
        double[] gaps = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double gap = Math.abs(first.get(i).timeSeconds() - second.get(j).timeSeconds());
                gaps[i * m + j] = gap;
                if (gap <= windowSeconds) {
                    candidates.add(new long[]{i, j});
                }
            }
        }
        candidates.sort((p, q) -> Double.compare(gaps[(int) p[0] * m + (int) p[1]], gaps[(int) q[0] * m + (int) q[1]]));
        boolean[] usedFirst = new boolean[n];
        boolean[] usedSecond = new boolean[m];
        List<Pair> pairs = new ArrayList<>();
        for (long[] c : candidates) {
            int i = (int) c[0];
            int j = (int) c[1];
            if (!usedFirst[i] && !usedSecond[j]) {
                usedFirst[i] = true;
                usedSecond[j] = true;
                pairs.add(new Pair(first.get(i), second.get(j)));
            }
        }
        pairs.sort((p, q) -> p.a().compareTo(q.a()));
        return pairs;
    }

    /** Median of the differences a - b, in seconds; NaN for no pairs. */
    public static double medianDifferenceSeconds(List<Pair> pairs) {
        if (pairs.isEmpty()) {
            return Double.NaN;
        }
        double[] d = pairs.stream().mapToDouble(Pair::differenceSeconds).toArray();
        Arrays.sort(d);
        int mid = d.length / 2;
        return d.length % 2 == 1 ? d[mid] : 0.5 * (d[mid - 1] + d[mid]);
    }
}
