package org.ambulo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each detector on a simulated walk whose events are known exactly (see {@link SyntheticGait}). */
class SyntheticDetectionTest {

    private static final double FRAME = 1 / SyntheticGait.RATE_HZ;

    /** Unfiltered markers: the extremes are exact, only sampling limits the accuracy. */
    private static EventSettings unfiltered(EventSettings.Detector detector) {
        EventSettings d = EventSettings.defaults();
        return new EventSettings(detector, d.plateThresholdN(), d.plateMinPeakN(), 0, d.markerFilterOrder(), d.heelMarker(),
                d.heelFallbackMarker(), d.toeMarker(), d.sacrumMarker(), d.psisMarker(), d.progressionAxis(), d.minStrideSeconds(),
                d.maxStrideSeconds(), d.agreementSeconds(), d.matchWindowSeconds(), d.learnKinematicOffset());
    }

    /** Every true event found once within {@code toleranceFrames}, nothing else found. */
    private static void assertMatchesTruth(List<GaitEvent> detected, double toleranceFrames, String what) {
        List<GaitEvent> truth = SyntheticGait.trueEvents();
        for (EventDifference row : EventComparison.compare(detected, truth, SyntheticGait.RATE_HZ, 0.2)) {
            String where = what + " " + row;
            assertEquals(0, row.unmatchedDetected(), "no spurious events: " + where);
            assertTrue(row.matched() >= 4, "most events of a 6 s walk found: " + where);
            assertTrue(row.maxAbsFrames() <= toleranceFrames, "within " + toleranceFrames + " frame(s): " + where);
            // Events whose extreme lies at the first or last sample cannot be seen; nothing else may be missed.
            assertTrue(row.unmatchedStored() <= 1, "at most the event at a trial edge missed: " + where);
        }
    }

    /**
     * Zeni within 1 frame. O'Connor within 2 frames: the simulated foot stops abruptly, and a central-difference
     * velocity spreads the stop over the two neighbouring frames, so the sampled velocity trough lies up to 2 frames
     * before the strike (the real foot decelerates smoothly; see the real-data validation).
     */
    @ParameterizedTest
    @EnumSource(value = EventSettings.Detector.class, names = {"ZENI", "OCONNOR"})
    void kinematicDetectorsFindTheSimulatedEvents(EventSettings.Detector detector) throws C3dFormatException {
        EventDetection detection = GaitEventDetection.detect(SyntheticGait.file(false, true), unfiltered(detector));
        assertEquals(GaitEventDetection.idOf(detector), detection.strategy());
        assertTrue(detection.events().stream().allMatch(e -> e.source().equals(GaitEventDetection.idOf(detector))));
        assertMatchesTruth(detection.events(), detector == EventSettings.Detector.ZENI ? 1.0 : 2.0, detector.name());
        assertFalse(detection.hasIssues(EventIssue.Severity.WARNING), "a regular walk passes all checks: " + detection.issues());
    }

    @Test
    void zeniWithTheDefaultMarkerFilterStaysWithinTwoFrames() throws C3dFormatException {
        // The 6 Hz low-pass rounds the heel's turning point; the extremes move by less than 2 frames (stated tolerance).
        EventDetection detection = GaitEventDetection.detect(SyntheticGait.file(false, true),
                EventSettings.defaults().withDetector(EventSettings.Detector.ZENI));
        assertMatchesTruth(detection.events(), 2.0, "filtered Zeni");
    }

    @Test
    void plateEventsAreTheThresholdCrossingsOfTheLoad() throws C3dFormatException {
        EventSettings settings = EventSettings.defaults().withDetector(EventSettings.Detector.FORCE_PLATE);
        EventDetection detection = GaitEventDetection.detect(SyntheticGait.file(true, true), settings);
        assertEquals(4, detection.events().size(), "one strike and one off per plate: " + detection.events());
        for (Side side : Side.values()) {
            // Linear load ramps: the crossing is exact up to float rounding of the analog samples (1e-5 s tolerance).
            assertEquals(SyntheticGait.plateStrike(side, settings.plateThresholdN()), only(detection, side, GaitEventType.FOOT_STRIKE),
                    1e-5);
            assertEquals(SyntheticGait.plateOff(side, settings.plateThresholdN()), only(detection, side, GaitEventType.FOOT_OFF), 1e-5);
        }
    }

    /** Plate settings that differ from the defaults in the threshold and the minimum peak only. */
    private static EventSettings plateSettings(double thresholdN, double minPeakN) {
        EventSettings d = EventSettings.defaults();
        return new EventSettings(EventSettings.Detector.FORCE_PLATE, thresholdN, minPeakN, d.markerLowPassHz(), d.markerFilterOrder(),
                d.heelMarker(), d.heelFallbackMarker(), d.toeMarker(), d.sacrumMarker(), d.psisMarker(), d.progressionAxis(),
                d.minStrideSeconds(), d.maxStrideSeconds(), d.agreementSeconds(), d.matchWindowSeconds(), d.learnKinematicOffset());
    }

    /**
     * The saved plate threshold still means what it says now that the force-plate bundle finds the contacts: strikes and
     * offs move to the crossings of that threshold (1e-5 s, float rounding of the analog samples). Linear interpolation
     * between analog samples is exact only when both lie on the load ramp: the ramp rises 14 N per 1 ms sample, so the
     * thresholds tried start above 14 N.
     */
    @ParameterizedTest
    @ValueSource(doubles = {15, 20, 50, 200})
    void thePlateThresholdSettingPlacesTheEventsAtItsCrossings(double thresholdN) throws C3dFormatException {
        EventDetection detection = GaitEventDetection.detect(SyntheticGait.file(true, true), plateSettings(thresholdN, 50));
        assertEquals(4, detection.events().size(), detection.events() + " " + detection.issues());
        for (Side side : Side.values()) {
            assertEquals(SyntheticGait.plateStrike(side, thresholdN), only(detection, side, GaitEventType.FOOT_STRIKE), 1e-5);
            assertEquals(SyntheticGait.plateOff(side, thresholdN), only(detection, side, GaitEventType.FOOT_OFF), 1e-5);
        }
    }

    @Test
    void aContactThatNeverReachesTheMinimumPeakGivesNoEvents() throws C3dFormatException {
        // The simulated loads peak at 700 N.
        EventDetection detection = GaitEventDetection.detect(SyntheticGait.file(true, true), plateSettings(20, 701));
        assertTrue(detection.events().isEmpty(), detection.events().toString());
        assertEquals(4, GaitEventDetection.detect(SyntheticGait.file(true, true), plateSettings(20, 699)).events().size());
    }

    @Test
    void aBrokenPlateIsReportedAndTheOtherPlateStillGivesEvents() throws C3dFormatException {
        EventDetection detection = GaitEventDetection.detect(SyntheticGait.fileWithBrokenRightPlate(), plateSettings(20, 50));
        assertTrue(detection.issues().stream().anyMatch(i -> i.severity() == EventIssue.Severity.WARNING
                && i.message().contains("synthetic-walk.c3d") && i.message().contains("plate 2")), detection.issues().toString());
        assertEquals(2, detection.events().size(), detection.events().toString());
        assertEquals(SyntheticGait.plateStrike(Side.LEFT, 20), only(detection, Side.LEFT, GaitEventType.FOOT_STRIKE), 1e-5);
    }

    private static double only(EventDetection detection, Side side, GaitEventType type) {
        List<GaitEvent> events = detection.events().stream().filter(e -> e.side() == side && e.type() == type).toList();
        assertEquals(1, events.size(), side + " " + type + ": " + events);
        assertEquals(GaitEventDetection.FORCE_PLATE_ID, events.get(0).source());
        return events.get(0).timeSeconds();
    }

    @Test
    void combinedUsesPlateEventsWhereValidAndShiftedKinematicEventsElsewhere() throws C3dFormatException {
        EventSettings settings = unfiltered(EventSettings.Detector.COMBINED);
        EventDetection detection = GaitEventDetection.detect(SyntheticGait.file(true, true), settings);
        assertEquals(GaitEventDetection.COMBINED_ID, detection.strategy());
        long fromPlates = detection.events().stream().filter(e -> e.source().equals(GaitEventDetection.FORCE_PLATE_ID)).count();
        assertEquals(4, fromPlates, "the four plate events replace their kinematic twins");
        assertTrue(detection.events().stream().anyMatch(e -> e.source().equals(GaitEventDetection.ZENI_ID)));
        assertMatchesTruth(detection.events(), 1.0, "combined");
        // The kinematic events are shifted by the plate's threshold delay (strikes later, offs earlier): 20 N of a
        // 700 N ramp over 50 ms = 1.43 ms, and say so.
        assertTrue(detection.issues().stream().anyMatch(i -> i.message().contains("learned from 1 plate event")),
                detection.issues().toString());
    }

    @Test
    void worksWithoutForcePlatesAndWithoutStoredEvents() throws C3dFormatException {
        C3dFile file = SyntheticGait.file(false, true);
        assertTrue(file.events().isEmpty() && file.forcePlatforms().isEmpty());
        EventDetection detection = GaitEventDetection.detect(file, EventSettings.defaults());
        assertEquals(GaitEventDetection.COMBINED_ID, detection.strategy());
        assertTrue(detection.events().stream().allMatch(e -> e.source().equals(GaitEventDetection.ZENI_ID)));
        assertMatchesTruth(detection.events(), 2.0, "combined without plates");
    }

    @Test
    void missingMarkersAreNamed() {
        // Without heel (and without the ankle fallback) markers no kinematic detector can run.
        C3dFormatException e = assertThrows(C3dFormatException.class,
                () -> GaitEventDetection.detect(SyntheticGait.file(true, false), EventSettings.defaults()));
        assertTrue(e.getMessage().contains("synthetic-walk.c3d"), e.getMessage());
        assertTrue(e.getMessage().contains("LHEE") && e.getMessage().contains("RHEE"), e.getMessage());
        assertFalse(e.getMessage().contains("LTOE"), "present markers are not listed: " + e.getMessage());
    }

    @Test
    void aCutoffAboveHalfTheFrameRateIsRejectedNamingTheFile() {
        EventSettings d = EventSettings.defaults();
        EventSettings tooHigh = new EventSettings(d.detector(), d.plateThresholdN(), d.plateMinPeakN(), 60, d.markerFilterOrder(),
                d.heelMarker(),
                d.heelFallbackMarker(), d.toeMarker(), d.sacrumMarker(), d.psisMarker(), d.progressionAxis(), d.minStrideSeconds(),
                d.maxStrideSeconds(), d.agreementSeconds(), d.matchWindowSeconds(), d.learnKinematicOffset());
        C3dFormatException e = assertThrows(C3dFormatException.class,
                () -> GaitEventDetection.detect(SyntheticGait.file(false, true), tooHigh));
        assertTrue(e.getMessage().contains("synthetic-walk.c3d") && e.getMessage().contains("60.0 Hz"), e.getMessage());
    }

    @Test
    void settingsRejectNonsense() {
        EventSettings d = EventSettings.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EventSettings(d.detector(), -5, d.plateMinPeakN(), d.markerLowPassHz(), d.markerFilterOrder(), d.heelMarker(),
                        d.heelFallbackMarker(), d.toeMarker(), d.sacrumMarker(), d.psisMarker(), d.progressionAxis(), d.minStrideSeconds(),
                        d.maxStrideSeconds(), d.agreementSeconds(), d.matchWindowSeconds(), d.learnKinematicOffset()));
        assertTrue(e.getMessage().contains("plateThresholdN"), e.getMessage());
    }

    @Test
    void frameIsTheUnitOfTheComparison() {
        GaitEvent a = new GaitEvent(Side.LEFT, GaitEventType.FOOT_STRIKE, 1.00, "a");
        GaitEvent b = new GaitEvent(Side.LEFT, GaitEventType.FOOT_STRIKE, 1.03, "b");
        GaitEvent c = new GaitEvent(Side.LEFT, GaitEventType.FOOT_STRIKE, 2.00, "a");
        GaitEvent d = new GaitEvent(Side.LEFT, GaitEventType.FOOT_STRIKE, 2.01, "b");
        EventDifference row = EventComparison.compare(List.of(a, c), List.of(b, d), 100, 0.2).get(0);
        assertEquals(Side.LEFT, row.side());
        assertEquals(GaitEventType.FOOT_STRIKE, row.type());
        assertEquals(2, row.matched());
        assertEquals(2.0, row.meanAbsFrames(), 1e-9, "(3 + 1) / 2 frames at 100 Hz");
        assertEquals(3.0, row.maxAbsFrames(), 1e-9);
        assertEquals(1.5, EventComparison.compare(List.of(a), List.of(b), 50, 0.2).get(0).maxAbsFrames(), 1e-9, "30 ms at 50 Hz");
        EventDifference none = EventComparison.compare(List.of(a), List.of(c), 100, 0.2).get(0);
        assertEquals(0, none.matched());
        assertEquals(1, none.unmatchedDetected());
        assertEquals(1, none.unmatchedStored());
        assertTrue(Double.isNaN(none.meanAbsFrames()));
        assertEquals(FRAME, 0.01, 1e-12);
    }
}
