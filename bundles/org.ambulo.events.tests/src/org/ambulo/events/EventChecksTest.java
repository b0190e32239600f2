package org.ambulo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;

/** The event checks on event lists with known defects. */
class EventChecksTest {

    private static final EventSettings SETTINGS = EventSettings.defaults();

    private static List<EventIssue> check(List<GaitEvent> events) {
        return EventChecks.check(events, SETTINGS);
    }

    private static boolean mentions(List<EventIssue> issues, EventIssue.Severity severity, String text) {
        return issues.stream().anyMatch(i -> i.severity() == severity && i.message().contains(text));
    }

    @Test
    void theSimulatedWalkPasses() {
        assertEquals(List.of(), check(SyntheticGait.trueEvents()));
    }

    @Test
    void shuffledEventsAreFlagged() {
        List<GaitEvent> shuffled = new ArrayList<>(SyntheticGait.trueEvents());
        Collections.shuffle(shuffled, new Random(7));
        List<EventIssue> issues = check(shuffled);
        assertTrue(mentions(issues, EventIssue.Severity.WARNING, "not in time order"), issues.toString());
        assertEquals(1, issues.size(), "only the order is wrong, the events themselves are fine: " + issues);
    }

    @Test
    void duplicatedEventsAreFlagged() {
        List<GaitEvent> events = new ArrayList<>(SyntheticGait.trueEvents());
        GaitEvent strike = events.stream().filter(e -> e.side() == Side.RIGHT && e.type() == GaitEventType.FOOT_STRIKE).findFirst()
                .orElseThrow();
        events.add(new GaitEvent(Side.RIGHT, GaitEventType.FOOT_STRIKE, strike.timeSeconds() + 0.02, "copy"));
        Collections.sort(events);
        List<EventIssue> issues = check(events);
        assertTrue(mentions(issues, EventIssue.Severity.ERROR, "duplicated event: right foot strike"), issues.toString());
    }

    @Test
    void aFiveSecondCycleIsImplausible() {
        List<GaitEvent> events = List.of(new GaitEvent(Side.LEFT, GaitEventType.FOOT_STRIKE, 1.0, "t"),
                new GaitEvent(Side.LEFT, GaitEventType.FOOT_OFF, 4.0, "t"), new GaitEvent(Side.LEFT, GaitEventType.FOOT_STRIKE, 6.0, "t"));
        List<EventIssue> issues = check(events);
        assertTrue(mentions(issues, EventIssue.Severity.WARNING, "implausible left stride of 5.00 s"), issues.toString());
        assertEquals(1, issues.size(), issues.toString());
    }

    @Test
    void missingAlternationIsFlagged() {
        // Left strike, right strike, left strike, LEFT strike (right one missing), right strike.
        List<GaitEvent> events = new ArrayList<>();
        double[] times = {0.5, 1.05, 1.6, 2.7, 3.25};
        Side[] sides = {Side.LEFT, Side.RIGHT, Side.LEFT, Side.LEFT, Side.RIGHT};
        for (int i = 0; i < times.length; i++) {
            events.add(new GaitEvent(sides[i], GaitEventType.FOOT_STRIKE, times[i], "t"));
            events.add(new GaitEvent(sides[i], GaitEventType.FOOT_OFF, times[i] + 0.3, "t"));
        }
        Collections.sort(events);
        List<EventIssue> issues = check(events);
        assertTrue(mentions(issues, EventIssue.Severity.WARNING, "left/right do not alternate: left foot strike at 1.600 s"),
                issues.toString());
    }

    @Test
    void twoStrikesWithoutAnOffBetweenAreFlagged() {
        List<GaitEvent> events = List.of(new GaitEvent(Side.LEFT, GaitEventType.FOOT_STRIKE, 1.0, "t"),
                new GaitEvent(Side.LEFT, GaitEventType.FOOT_STRIKE, 2.1, "t"));
        List<EventIssue> issues = check(events);
        assertTrue(mentions(issues, EventIssue.Severity.WARNING, "missing foot off between left foot strike at 1.000 s"),
                issues.toString());
    }
}
