package org.ambulo.c3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.model.Side;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

class C3dTrialsTest {

    private static C3dFile read(String relative) throws Exception {
        return C3dReader.read(SharedData.resolve(relative));
    }

    @Test
    void markersExcludeModelOutputsAndKeepMissingSamplesAsNaN() throws Exception {
        C3dFile file = read("OpenMA__openma-data/input/c3d/plugingait/PiGKad_Motion.c3d");
        Map<String, MarkerTrajectory> markers = C3dTrials.markers(file);
        assertEquals(file.markers().size(), markers.size());
        assertTrue(markers.containsKey("LKNE") && markers.containsKey("RHEE"), markers.keySet().toString());
        assertFalse(markers.containsKey("LHipAngles"), "model outputs are not markers");
        int p = file.pointIndex("LKNE").orElseThrow();
        MarkerTrajectory knee = markers.get("LKNE");
        for (int f = 0; f < file.frameCount(); f++) {
            if (file.pointData().isValid(f, p)) {
                assertEquals(file.pointData().x(f, p), knee.xMm()[f], 0.0);
            } else {
                assertFalse(knee.isValid(f));
            }
        }
    }

    @Test
    void metreFilesAreConvertedToMillimetres() throws Exception {
        C3dFile file = read("biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_00/NexGen Ergonomics/test1.c3d");
        MarkerTrajectory first = C3dTrials.markers(file).values().iterator().next();
        int p = file.pointIndex(first.label()).orElseThrow();
        int f = 0;
        while (!file.pointData().isValid(f, p)) {
            f++;
        }
        assertEquals(file.pointData().z(f, p) * 1000.0, first.zMm()[f], 1e-3, "POINT:UNITS m -> mm");
    }

    @Test
    void viconEventsCarryTheirSidesFromTheContexts() throws Exception {
        C3dFile file = read("OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d");
        List<GaitEvent> events = C3dTrials.gaitEvents(file);
        long stored = file.events().stream().filter(e -> GaitEventType.fromLabel(e.label()).isPresent()).count();
        assertEquals(12, stored, "the trial's 12 stored gait events");
        assertEquals(stored, events.size(), "every foot strike and foot off is kept");
        assertTrue(events.stream().anyMatch(e -> e.side() == Side.LEFT) && events.stream().anyMatch(e -> e.side() == Side.RIGHT));
        for (GaitEvent event : events) {
            C3dEvent original = file.events().stream().filter(e -> e.timeSeconds() == event.timeSeconds()).findFirst().orElseThrow();
            assertEquals(original.context(), event.side() == Side.LEFT ? "Left" : "Right");
            assertEquals(GaitEvent.STORED, event.source());
        }
        assertEquals(events.stream().sorted().toList(), events, "sorted by time");
    }

    @Test
    void qualisysEventsWithoutContextsTakeTheSideFromTheLabel() throws Exception {
        C3dFile file = read("pyomeca__ezc3d-testFiles/Qualisys.c3d");
        List<GaitEvent> events = C3dTrials.gaitEvents(file);
        assertEquals(file.events().size(), events.size(), "LHS/RHS/LTO/RTO all understood");
        for (GaitEvent event : events) {
            C3dEvent original = file.events().stream().filter(e -> e.timeSeconds() == event.timeSeconds()).findFirst().orElseThrow();
            assertEquals(original.label().charAt(0) == 'L' ? Side.LEFT : Side.RIGHT, event.side(), original.label());
            assertEquals(original.label().endsWith("HS") ? GaitEventType.FOOT_STRIKE : GaitEventType.FOOT_OFF, event.type());
        }
    }

    @Test
    void detectedEventsAreWrittenInTheViconConventionAndReadBack() throws Exception {
        C3dFile file = read("pyomeca__ezc3d-testFiles/Qualisys.c3d");
        List<GaitEvent> detected = List.of(new GaitEvent(Side.RIGHT, GaitEventType.FOOT_STRIKE, 3.61, "org.ambulo.test"),
                new GaitEvent(Side.LEFT, GaitEventType.FOOT_OFF, 3.72, "org.ambulo.test"));
        C3dFile back = C3dReader.read(C3dWriter.toBytes(C3dTrials.withGaitEvents(file, detected)), "back.c3d");
        assertEquals(List.of("Right", "Left"), back.events().stream().map(C3dEvent::context).toList());
        assertEquals(List.of("Foot Strike", "Foot Off"), back.events().stream().map(C3dEvent::label).toList());
        List<GaitEvent> reread = C3dTrials.gaitEvents(back);
        assertEquals(2, reread.size(), "the stored events were replaced, not added to");
        for (int i = 0; i < 2; i++) {
            assertEquals(detected.get(i).side(), reread.get(i).side());
            assertEquals(detected.get(i).type(), reread.get(i).type());
            assertEquals(detected.get(i).timeSeconds(), reread.get(i).timeSeconds(), 1e-5, "EVENT:TIMES are floats");
        }
    }
}
