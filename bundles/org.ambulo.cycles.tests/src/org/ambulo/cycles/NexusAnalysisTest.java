package org.ambulo.cycles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.model.GaitEvent;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Our parameters from the events stored in a file against the Nexus values in its ANALYSIS group, per side. Nexus
 * computes them on the first cycle of each side that has all events (Vicon FAQ "How does Nexus (Plug-in Gait) and
 * Polygon calculate Gait Cycle Parameters"), so that cycle is compared. Every shared file with an ANALYSIS group is
 * either compared or listed below with the reason it cannot be, and the reason is checked.
 */
class NexusAnalysisTest {

    private static final String OPENMA = "OpenMA__openma-data/input/c3d/";
    private static final String SAMPLES = "biomechanics-foundation__c3dio/tests/c3d_org_samples/";

    /** Files whose ANALYSIS values our values must reproduce. */
    static final List<String> COMPARED = List.of(OPENMA + "plugingait/PiG_Motion-FlatFoot-Full.c3d",
            OPENMA + "plugingait/PiG_Motion-FlatFoot-Hole.c3d",
            SAMPLES + "sample_03/gait-pig-nz.c3d", SAMPLES + "sample_11/2198928.c3d");

    /** The goals of the issue, and for the other parameters one frame (times) or the same bounds. */
    static double tolerance(SpatiotemporalParameter parameter, double frameSeconds) {
        return switch (parameter) {
            case CADENCE -> 1.0; // steps/min
            case WALKING_SPEED -> 0.02; // m/s
            case STRIDE_LENGTH, STEP_LENGTH -> 0.010; // m
            case FOOT_OFF_PCT, OPPOSITE_FOOT_OFF_PCT, OPPOSITE_FOOT_CONTACT_PCT, SINGLE_SUPPORT_PCT, DOUBLE_SUPPORT_PCT -> 1.0; // %
            default -> frameSeconds; // s: events are frame-based
        };
    }

    @TestFactory
    Stream<DynamicTest> ourFirstCompleteCycleMatchesNexus() {
        return COMPARED.stream().map(relative -> dynamicTest(relative, () -> {
            C3dFile file = C3dReader.read(SharedData.resolve(relative));
            SpatiotemporalTable table = Spatiotemporal.compute(file, C3dTrials.gaitEvents(file), OptionalDouble.empty());
            List<NexusAnalysis> nexus = NexusAnalysis.of(file);
            assertTrue(nexus.size() >= 20, "ANALYSIS values in " + relative);
            List<String> failures = new ArrayList<>();
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%n%s%n  %-6s %-26s %10s %10s %9s %7s%n", relative, "side",
                    "parameter", "nexus", "ours", "diff", "tol"));
            for (NexusAnalysis expected : nexus) {
                List<CycleSpatiotemporal> cycles = table.cycles(expected.side());
                assertFalse(cycles.isEmpty(), relative + ": no complete " + expected.side() + " cycle; " + table.issues());
                double ours = cycles.get(0).value(expected.parameter()).orElse(Double.NaN);
                double tol = tolerance(expected.parameter(), 1 / file.pointRateHz());
                double diff = ours - expected.value();
                report.append(
                        String.format(Locale.ROOT, "  %-6s %-26s %10.4f %10.4f %9.4f %7.4f%s%n", expected.side(), expected.parameter().id(),
                                expected.value(), ours, diff, tol, Math.abs(diff) <= tol ? "" : "  FAIL"));
                if (!(Math.abs(diff) <= tol)) {
                    failures.add(expected.side() + " " + expected.nexusName() + ": nexus " + expected.value() + ", ours " + ours);
                }
            }
            System.out.print(report);
            assertTrue(failures.isEmpty(), relative + ": " + failures);
        }));
    }

    private static final List<SpatiotemporalParameter> TIMING = List.of(SpatiotemporalParameter.STRIDE_TIME,
            SpatiotemporalParameter.FOOT_OFF_PCT,
            SpatiotemporalParameter.OPPOSITE_FOOT_OFF_PCT, SpatiotemporalParameter.OPPOSITE_FOOT_CONTACT_PCT);

    /** Files with an ANALYSIS group whose values cannot be reproduced from the stored events, with the reason. */
    static final Map<String, String> NOT_COMPARABLE = Map.of(
            SAMPLES + "sample_23/Vicon_analysis.c3d",
            "ANALYSIS was computed from other events than those stored: no stored cycle has Nexus' stride time, foot off and opposite events together"
                    + " (e.g. left stride 1.0217 s, foot off 58.7 %; the first stored left cycle lasts 1.0456 s, foot off 59.8 %)",
            SAMPLES + "sample_04/sub_labels.c3d",
            "ANALYSIS was computed from other events than those stored (right stride time 2.7667 s, foot off 32.3 %; stored: 1.317 s, 64.6 %)",
            SAMPLES + "sample_03/gait-pig.c3d",
            "older Vicon ANALYSIS from other events: the stored left cycle lacks the opposite foot off, and Nexus' left values"
                    + " (stride 0.95 s, opposite foot off 109.6 %, double support 121.8 %) fit no stored cycle",
            OPENMA + "plugingait/PiG_Calibration2-NoOption.c3d",
            "a static calibration trial (no stored events, the pelvis moves about 1 cm) carrying the ANALYSIS values of a walking trial");

    @TestFactory
    Stream<DynamicTest> filesThatCannotBeComparedFailForTheStatedReason() {
        return NOT_COMPARABLE.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> dynamicTest(entry.getKey(), () -> {
            C3dFile file = C3dReader.read(SharedData.resolve(entry.getKey()));
            List<GaitEvent> events = C3dTrials.gaitEvents(file);
            System.out.println("not compared: " + entry.getKey() + ": " + entry.getValue());
            if (events.isEmpty()) {
                assertTrue(entry.getValue().contains("no stored events"));
                assertFalse(NexusAnalysis.of(file).isEmpty());
                return;
            }
            // The reason holds: for some side, no stored complete cycle has the Nexus stride time, foot off, opposite foot
            // off and opposite foot contact together (within one frame and 1 %): Nexus used other events.
            List<NexusAnalysis> nexus = NexusAnalysis.of(file);
            SpatiotemporalTable table = Spatiotemporal.compute(file, events, OptionalDouble.empty());
            double frame = 1 / file.pointRateHz();
            boolean someSideUnmatched = nexus.stream().map(NexusAnalysis::side).distinct().anyMatch(side -> table.cycles(side).stream()
                    .noneMatch(cycle -> nexus.stream().filter(n -> n.side() == side && TIMING.contains(n.parameter()))
                            .allMatch(n -> Math.abs(cycle.value(n.parameter()).orElse(Double.NaN) - n.value()) <= tolerance(n.parameter(),
                                    frame))));
            assertTrue(someSideUnmatched, entry.getKey() + " now matches: compare it instead");
        }));
    }

    /** Every shared C3D file with Nexus ANALYSIS values is either compared or listed with its reason. */
    @Test
    void noFileWithNexusValuesIsForgotten() throws IOException {
        Path root = SharedData.root();
        List<String> withNexusValues = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".c3d")).sorted().toList()) {
                C3dFile file;
                try {
                    file = C3dReader.read(path);
                } catch (C3dFormatException e) {
                    continue; // the reader's own tests cover broken files
                }
                if (!NexusAnalysis.of(file).isEmpty()) {
                    withNexusValues.add(root.relativize(path).toString().replace('\\', '/'));
                }
            }
        }
        List<String> listed = new ArrayList<>(COMPARED);
        listed.addAll(NOT_COMPARABLE.keySet());
        assertEquals(listed.stream().sorted().toList(), withNexusValues, "files with Nexus ANALYSIS values");
    }
}
