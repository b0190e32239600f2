package org.ambulo.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.events.EventDetection;
import org.ambulo.events.EventKeys;
import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetection;
import org.ambulo.events.GaitEvents;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.TrialContext;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** The detectors as pipeline processors (plain objects here; {@code EventServiceTest} checks the DS registration). */
class EventProcessorsTest {

    private static final List<EventProcessor> PROCESSORS = List.of(new ForcePlateEventsProcessor(), new ZeniEventsProcessor(),
            new OConnorEventsProcessor(), new CombinedEventsProcessor());

    @Test
    void idsAreStableAndDefaultsSelectTheirOwnMethod() {
        assertEquals(
                List.of("org.ambulo.events.forceplate", "org.ambulo.events.zeni", "org.ambulo.events.oconnor",
                        "org.ambulo.events.combined"),
                PROCESSORS.stream().map(EventProcessor::id).toList());
        for (EventProcessor p : PROCESSORS) {
            assertEquals(p.detector(), p.defaultSettings().detector(), p.id());
            assertEquals(EventSettings.class, p.settingsType());
            assertFalse(p.description().isBlank());
        }
    }

    @Test
    void processingPutsEventsAndDetectionIntoTheContext() throws IOException, ProcessingException {
        C3dFile file = C3dReader.read(SharedData.resolve("OpenMA__openma-data/input/c3d/plugingait/PiG_Motion3_FF.c3d"));
        for (EventProcessor p : PROCESSORS) {
            // Settings naming another detector: the processor still runs its own method.
            TrialContext result = p.process(TrialContext.of(file), EventSettings.defaults().withDetector(EventSettings.Detector.ZENI));
            GaitEvents events = result.get(EventKeys.EVENTS).orElseThrow();
            EventDetection detection = result.get(EventKeys.DETECTION).orElseThrow();
            assertEquals(p.id(), detection.strategy());
            assertEquals(detection.events(), events.events());
            assertFalse(events.events().isEmpty(), p.id());
            assertEquals(p.id(), result.producerOf(EventKeys.EVENTS).orElseThrow());
            assertEquals(GaitEventDetection.detect(file, p.defaultSettings()).events(), events.events(), p.id());
        }
    }

    @Test
    void aTrialWithoutFootMarkersIsAProcessingProblemNamingTrialStepAndMarkers() throws IOException {
        // The Kistler sample holds force plates only, no markers.
        C3dFile file = C3dReader.read(SharedData.resolve("pyomeca__ezc3d-testFiles/Kistler.c3d"));
        ProcessingException e = assertThrows(ProcessingException.class,
                () -> new CombinedEventsProcessor().process(TrialContext.of(file), EventSettings.defaults()));
        assertEquals("org.ambulo.events.combined", e.processorId());
        assertTrue(e.getMessage().contains("Kistler.c3d") && e.getMessage().contains("LHEE") && e.getMessage().contains("SACR"),
                e.getMessage());
    }
}
