package org.ambulo.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;

/** Plausibility checks of a list of gait events, detected or stored. */
public final class EventChecks {

    private EventChecks() {
    }

    /**
     * Flags events out of time order, duplicated events, a foot that strikes (or comes off) twice without the other
     * event between, strides shorter than {@code minStrideSeconds} or longer than {@code maxStrideSeconds}, and two
     * strikes of one foot without a strike of the other between.
     */
    public static List<EventIssue> check(List<GaitEvent> events, EventSettings settings) {
        List<EventIssue> issues = new ArrayList<>();
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).timeSeconds() < events.get(i - 1).timeSeconds()) {
                issues.add(new EventIssue(EventIssue.Severity.WARNING, "events are not in time order: " + describe(events.get(i - 1))
                        + " is listed before " + describe(events.get(i))));
                break;
            }
        }
        List<GaitEvent> sorted = events.stream().sorted().toList();
        for (Side side : Side.values()) {
            List<GaitEvent> foot = sorted.stream().filter(e -> e.side() == side).toList();
            for (int i = 1; i < foot.size(); i++) {
                GaitEvent a = foot.get(i - 1);
                GaitEvent b = foot.get(i);
                if (a.type() == b.type()) {
                    boolean duplicate = b.timeSeconds() - a.timeSeconds() < settings.minStrideSeconds();
                    issues.add(new EventIssue(duplicate ? EventIssue.Severity.ERROR : EventIssue.Severity.WARNING,
                            duplicate
                                    ? "duplicated event: " + describe(a) + " and " + describe(b)
                                    : "missing " + other(a.type()) + " between " + describe(a) + " and " + describe(b)));
                }
            }
            List<GaitEvent> strikes = foot.stream().filter(e -> e.type() == GaitEventType.FOOT_STRIKE).toList();
            for (int i = 1; i < strikes.size(); i++) {
                double stride = strikes.get(i).timeSeconds() - strikes.get(i - 1).timeSeconds();
                if (stride > settings.maxStrideSeconds() || (stride < settings.minStrideSeconds() && stride > 0)) {
                    issues.add(new EventIssue(EventIssue.Severity.WARNING, String.format(Locale.ROOT,
                            "implausible %s stride of %.2f s between %s and %s (plausible: %.2f to %.2f s)", name(side), stride,
                            describe(strikes.get(i - 1)), describe(strikes.get(i)), settings.minStrideSeconds(),
                            settings.maxStrideSeconds())));
                }
            }
        }
        checkAlternation(sorted, issues);
        return List.copyOf(issues);
    }

    /** Between two strikes of one foot the other foot must strike once, where the other foot's strikes are known. */
    private static void checkAlternation(List<GaitEvent> sorted, List<EventIssue> issues) {
        List<GaitEvent> strikes = sorted.stream().filter(e -> e.type() == GaitEventType.FOOT_STRIKE).toList();
        for (int i = 1; i < strikes.size(); i++) {
            GaitEvent a = strikes.get(i - 1);
            GaitEvent b = strikes.get(i);
            if (a.side() != b.side() || b.timeSeconds() - a.timeSeconds() <= 0) {
                continue;
            }
            Side otherSide = a.side().opposite();
            boolean otherBefore = strikes.stream().anyMatch(e -> e.side() == otherSide && e.timeSeconds() < a.timeSeconds());
            boolean otherAfter = strikes.stream().anyMatch(e -> e.side() == otherSide && e.timeSeconds() > b.timeSeconds());
            if (otherBefore && otherAfter) {
                issues.add(new EventIssue(EventIssue.Severity.WARNING, "left/right do not alternate: " + describe(a) + " and " + describe(b)
                        + " without a " + name(otherSide) + " foot strike between"));
            }
        }
    }

    private static String describe(GaitEvent e) {
        return String.format(Locale.ROOT, "%s %s at %.3f s", name(e.side()), e.type().viconLabel().toLowerCase(Locale.ROOT),
                e.timeSeconds());
    }

    private static String other(GaitEventType type) {
        return type == GaitEventType.FOOT_STRIKE ? "foot off" : "foot strike";
    }

    private static String name(Side side) {
        return side == Side.LEFT ? "left" : "right";
    }
}
