package org.ambulo.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.events.internal.EventMatching;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.GaitEventType;
import org.ambulo.model.Side;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Detected events against the events Vicon Nexus (or the lab) stored in the shared trials. Goals from the issue:
 * plate-detected strikes within 1 frame of the stored ones, kinematic events within 2 frames at 100 Hz (0.02 s) on
 * average. Per file the mean and max difference in frames is printed; files that cannot meet a goal are listed below
 * with the reason.
 */
class RealDataValidationTest {

    /** Plate strikes: mean over the file within 1 frame (the goal); the worst single strike within 1.5 frames. */
    static final double PLATE_MEAN_FRAMES = 1.0;
    static final double PLATE_MAX_FRAMES = 1.5;
    /** Kinematic (offset-corrected Zeni) events of the combined strategy: mean within 2 frames at 100 Hz. */
    static final double KINEMATIC_MEAN_SECONDS = 0.02;
    /** Stored and detected events further apart than this are different events. */
    static final double MATCH_WINDOW_SECONDS = 0.2;

    private static final String OPENMA = "OpenMA__openma-data/input/c3d/plugingait/";
    private static final String C3D_ORG = "biomechanics-foundation__c3dio/tests/c3d_org_samples/";

    /**
     * A validation trial; a reason in place of a goal means the file cannot meet that goal and why.
     */
    record Trial(String path, Optional<String> platesUnreachable, Optional<String> kinematicUnreachable) {
        static Trial ok(String path) {
            return new Trial(path, Optional.empty(), Optional.empty());
        }

        @Override
        public String toString() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    static List<Trial> trials() {
        return List.of(new Trial(OPENMA + "PiG_Motion-FlatFoot-One.c3d", Optional.empty(),
                Optional.of("one plate event per side and type to learn the offset from, and the Zeni bias of this trial varies by "
                        + "about 3 frames between strides (7.8 and 4.2 frames on the two plate strikes): kinematic events 3.0 frames on average")),
                Trial.ok(OPENMA + "PiG_Motion-FlatFoot-Hole.c3d"),
                Trial.ok(OPENMA + "PiG_Motion-FlatFoot-Full.c3d"), Trial.ok(OPENMA + "PiG_Motion3_FF.c3d"),
                Trial.ok(OPENMA + "PiG_Motion3_FF_N18.c3d"), Trial.ok(OPENMA + "PiG_Motion3_noFF.c3d"),
                Trial.ok("OpenMA__openma-data/input/c3d/other/FunctionalWalk.c3d"), Trial.ok(C3D_ORG + "sample_03/gait-pig.c3d"),
                // Plate events come from the force-plate bundle's reactions and contacts, which time this re-generated
                // copy's plate 2 strike within a frame and reject its plate 3 contact (no foot near the centre of
                // pressure); the private vertical-force stand-in used before made 1.0 to 1.6 s contacts of its plates.
                Trial.ok(C3D_ORG + "sample_03/gait-pig-nz.c3d"),
                Trial.ok(C3D_ORG + "sample_23/Vicon_analysis.c3d"),
                new Trial(C3D_ORG + "sample_32/vicon_zerowire.c3d",
                        Optional.of("its only plate strike is stored 1.5 frames before the load reaches 5, 10, 20 or 30 N (all tried): the "
                                + "stored event is not the plate's threshold crossing"),
                        Optional.of("one plate strike only, so the learned offset rests on one event and the offs are not corrected by an "
                                + "off; kinematic events stay within 2.6 frames on average")),
                // The plates are the two belts of an instrumented treadmill. Its stored offs lie up to 11 frames from
                // the belt unloading (the trailing toe drags), but its stored strikes agree with the belts' contacts.
                Trial.ok("DART-Lab-LLUI__python-gaitalytics/tests/treadmill_events.c3d"));
    }

    // Trials whose listing says "unreachable" are still run and printed; only their goal assertion is skipped.
    private static final List<String> TABLE = new ArrayList<>();

    @AfterAll
    static void printTable() {
        System.out.println("Event validation against stored events (frames at the trial's rate; mean / max |difference|, n matched)");
        System.out.println(String.format(Locale.ROOT, "%-30s %6s %-22s %-22s %-22s %-22s", "file", "Hz", "plate strikes",
                "combined kinematic", "Zeni (raw)", "O'Connor (raw)"));
        TABLE.forEach(System.out::println);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trials")
    void detectedEventsMatchTheStoredOnes(Trial trial) throws IOException {
        C3dFile file = C3dReader.read(SharedData.resolve(trial.path()));
        List<GaitEvent> stored = C3dTrials.gaitEvents(file);
        assertFalse(stored.isEmpty(), trial + " has stored events");
        double rate = file.pointRateHz();

        EventDetection plate = detect(file, EventSettings.Detector.FORCE_PLATE);
        List<Double> plateStrikes = absFrames(plate.events(), stored, rate, Optional.of(GaitEventType.FOOT_STRIKE), Optional.empty());
        EventDetection combined = detect(file, EventSettings.Detector.COMBINED);
        List<Double> kinematic = absFrames(combined.events(), stored, rate, Optional.empty(), Optional.of(GaitEventDetection.ZENI_ID));
        List<Double> zeni = absFrames(detect(file, EventSettings.Detector.ZENI).events(), stored, rate, Optional.empty(), Optional.empty());
        List<Double> oconnor = absFrames(detect(file, EventSettings.Detector.OCONNOR).events(), stored, rate, Optional.empty(),
                Optional.empty());
        synchronized (TABLE) {
            TABLE.add(String.format(Locale.ROOT, "%-30s %6.0f %-22s %-22s %-22s %-22s", trial, rate, summary(plateStrikes),
                    summary(kinematic),
                    summary(zeni), summary(oconnor)));
        }

        if (trial.platesUnreachable().isEmpty()) {
            assertFalse(plateStrikes.isEmpty(), trial + ": at least one plate strike matches a stored strike");
            assertTrue(mean(plateStrikes) <= PLATE_MEAN_FRAMES, trial + ": plate strikes " + summary(plateStrikes));
            assertTrue(max(plateStrikes) <= PLATE_MAX_FRAMES, trial + ": plate strikes " + summary(plateStrikes));
        }
        if (trial.kinematicUnreachable().isEmpty()) {
            assertFalse(kinematic.isEmpty(), trial + ": the combined strategy adds kinematic events");
            assertTrue(mean(kinematic) / rate <= KINEMATIC_MEAN_SECONDS,
                    trial + ": combined kinematic events " + summary(kinematic) + " at " + rate + " Hz");
        }
        // Whatever the goals, the default strategy finds the stored events, but for at most two per side and type at the
        // trial edges or in marker gaps (sample 23: two right strikes where the ankle marker, its heel substitute, is missing).
        for (EventDifference row : EventComparison.compare(combined.events(), stored, rate, MATCH_WINDOW_SECONDS)) {
            assertTrue(row.unmatchedStored() <= 2, trial + ": stored events without a detected partner: " + row);
        }
    }

    @Test
    void theTreadmillTrialWithoutStoredEventsGetsTheSameEventsAsTheOneWithEvents() throws IOException {
        C3dFile without = C3dReader.read(SharedData.resolve("DART-Lab-LLUI__python-gaitalytics/tests/treadmill_no_events.c3d"));
        C3dFile with = C3dReader.read(SharedData.resolve("DART-Lab-LLUI__python-gaitalytics/tests/treadmill_events.c3d"));
        assertTrue(C3dTrials.gaitEvents(without).isEmpty());
        EventDetection detected = GaitEventDetection.detect(without, EventSettings.defaults());
        List<GaitEvent> again = GaitEventDetection.detect(with, EventSettings.defaults()).events();
        // Nexus rewrote the markers of the copy with events at float precision: events agree within 1e-6 s.
        assertEquals(detected.events().size(), again.size(), "stored events do not influence detection");
        for (int i = 0; i < again.size(); i++) {
            assertEquals(detected.events().get(i).side(), again.get(i).side());
            assertEquals(detected.events().get(i).type(), again.get(i).type());
            assertEquals(detected.events().get(i).timeSeconds(), again.get(i).timeSeconds(), 1e-6);
        }
        // 12 s of treadmill walking at about 1.13 s per stride: 10 or 11 events of each side and type.
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (GaitEvent e : detected.events()) {
            counts.merge(e.side() + " " + e.type(), 1L, Long::sum);
        }
        assertEquals(4, counts.size(), counts.toString());
        counts.values().forEach(n -> assertTrue(n >= 10 && n <= 11, counts.toString()));
    }

    @Test
    void aTrialWithoutHeelMarkersUsesTheAnkleMarkersAndSaysSo() throws IOException {
        C3dFile file = C3dReader.read(SharedData.resolve(C3D_ORG + "sample_03/gait-pig.c3d"));
        EventDetection detection = GaitEventDetection.detect(file, EventSettings.defaults());
        assertTrue(detection.issues().stream()
                .anyMatch(i -> i.severity() == EventIssue.Severity.WARNING && i.message().contains("using A22:LANK")),
                detection.issues().toString());
    }

    private static EventDetection detect(C3dFile file, EventSettings.Detector detector) {
        try {
            return GaitEventDetection.detect(file, EventSettings.defaults().withDetector(detector));
        } catch (IOException e) {
            return fail(file.sourceName() + ": " + detector + ": " + e.getMessage(), e);
        }
    }

    /** |detected - stored| in frames for the matched pairs of the chosen type (or all) from the chosen source (or all). */
    private static List<Double> absFrames(List<GaitEvent> detected, List<GaitEvent> stored, double rate, Optional<GaitEventType> type,
            Optional<String> source) {
        List<Double> out = new ArrayList<>();
        for (Side side : Side.values()) {
            for (GaitEventType t : GaitEventType.values()) {
                if (type.isPresent() && type.get() != t) {
                    continue;
                }
                for (EventMatching.Pair pair : EventMatching.pairs(EventMatching.of(detected, side, t), EventMatching.of(stored, side, t),
                        MATCH_WINDOW_SECONDS)) {
                    if (source.isEmpty() || source.get().equals(pair.a().source())) {
                        out.add(Math.abs(pair.differenceSeconds()) * rate);
                    }
                }
            }
        }
        return out;
    }

    private static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static String summary(List<Double> v) {
        return v.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f / %.2f (n=%d)", mean(v), max(v), v.size());
    }
}
