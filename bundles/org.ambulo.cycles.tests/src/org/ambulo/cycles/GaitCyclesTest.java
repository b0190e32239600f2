package org.ambulo.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;

/** Segmentation of constructed event sequences whose cycles are known. */
class GaitCyclesTest {

    private static final double EXACT = 1e-12;

    @Test
    void cutsTheSyntheticWalkIntoThreeLeftAndTwoRightCycles() {
        CycleSegmentation segmentation = GaitCycles.analyse(SyntheticWalk.events());
        List<GaitCycle> left = segmentation.cycles(Side.LEFT);
        List<GaitCycle> right = segmentation.cycles(Side.RIGHT);
        assertEquals(3, left.size());
        assertEquals(2, right.size());
        GaitCycle first = left.get(0);
        assertEquals(0.1, first.startSeconds(), EXACT);
        assertEquals(0.7, first.footOffSeconds(), EXACT);
        assertEquals(1.1, first.endSeconds(), EXACT);
        assertEquals(0.2, first.oppositeFootOffSeconds().getAsDouble(), EXACT);
        assertEquals(0.62, first.oppositeFootStrikeSeconds().getAsDouble(), EXACT);
        assertEquals(0.62, right.get(0).startSeconds(), EXACT);
        assertEquals(1.2, right.get(0).footOffSeconds(), EXACT);
        assertEquals(0.7, right.get(0).oppositeFootOffSeconds().getAsDouble(), EXACT);
        assertEquals(1.1, right.get(0).oppositeFootStrikeSeconds().getAsDouble(), EXACT);
        assertEquals(List.of(0.1, 0.62, 1.1, 1.62, 2.1), segmentation.cycles().stream().map(GaitCycle::startSeconds).toList(),
                "sorted by start");
    }

    @Test
    void reportsThePartialCyclesAtBothEnds() {
        CycleSegmentation segmentation = GaitCycles.analyse(SyntheticWalk.events());
        assertEquals(2, segmentation.issues().size(), segmentation.issues().toString());
        assertTrue(segmentation.issues().get(0).problem().contains("before the first foot strike"));
        assertEquals(Side.RIGHT, segmentation.issues().get(0).side());
        assertTrue(segmentation.issues().get(1).problem().contains("no foot strike closes it"));
    }

    @Test
    void aMissingStrikeLeavesTheLongStrideOutAndSaysSo() {
        List<GaitEvent> events = new ArrayList<>(SyntheticWalk.events());
        events.removeIf(e -> e.side() == Side.LEFT && e.type() == GaitEventType.FOOT_STRIKE && Math.abs(e.timeSeconds() - 1.1) < 1e-9);
        CycleSegmentation segmentation = GaitCycles.analyse(events);
        assertEquals(List.of(2.1), segmentation.cycles(Side.LEFT).stream().map(GaitCycle::startSeconds).toList());
        assertTrue(segmentation.issues().stream().anyMatch(i -> i.side() == Side.LEFT && i.problem().startsWith("2 foot offs")),
                segmentation.issues().toString());
    }

    @Test
    void aCycleWithoutOppositeEventsIsKeptButFlagged() {
        List<GaitEvent> events = List.of(new GaitEvent(Side.RIGHT, GaitEventType.FOOT_STRIKE, 1.0, "test"),
                new GaitEvent(Side.RIGHT, GaitEventType.FOOT_OFF, 1.6, "test"),
                new GaitEvent(Side.RIGHT, GaitEventType.FOOT_STRIKE, 2.0, "test"));
        CycleSegmentation segmentation = GaitCycles.analyse(events);
        assertEquals(1, segmentation.cycles().size());
        assertFalse(segmentation.cycles().get(0).hasOppositeEvents());
        assertTrue(segmentation.issues().get(0).problem().contains("0 opposite foot off(s) and 0 opposite foot strike(s)"));
        assertEquals(GaitCycles.segment(events), segmentation.cycles());
    }

    @Test
    void noEventsNoCyclesNoCrash() {
        assertTrue(GaitCycles.segment(List.of()).isEmpty());
        assertThrows(NullPointerException.class, () -> GaitCycles.segment(null));
    }

    @Test
    void aCycleMustBeOrdered() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GaitCycle(Side.LEFT, 1.0, 0.9, 2.0, OptionalDouble.empty(), OptionalDouble.empty()));
        assertTrue(e.getMessage().contains("LEFT cycle"), e.getMessage());
        GaitCycle cycle = new GaitCycle(Side.LEFT, 1.0, 1.6, 2.0, OptionalDouble.of(1.1), OptionalDouble.of(1.5));
        assertEquals(60.0, cycle.percentOf(1.6), EXACT);
        assertEquals(1.5, cycle.timeAt(50), EXACT);
    }
}
