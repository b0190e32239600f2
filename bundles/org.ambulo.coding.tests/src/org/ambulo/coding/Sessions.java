package org.ambulo.coding;

import java.util.List;

import org.ambulo.model.Side;

/** Session descriptions for the tests: a complete documented study, and helpers to take one fact away. */
final class Sessions {

    static final CodingRuleSet US = BuiltInRuleSets.usCpt2026();

    private Sessions() {
    }

    /** Video, 3D kinematics and kinetics, 8 surface EMG muscles, interpretation signed, everything documented. */
    static SessionContents.Builder fullStudy() {
        return SessionContents.builder()
                .hasVideo(true).has3dKinematics(true).hasKinetics(true)
                .surfaceEmgMuscles(bilateral("rectus femoris", "medial hamstrings", "tibialis anterior", "gastrocnemius"))
                .physicianInterpretationWritten(true).reportSigned(true)
                .medicalNecessityDocumented(true).normDatasetId("schwartz2008").labEquipmentDescribed(true);
    }

    /** Left and right of each muscle, in that order. */
    static List<EmgMuscle> bilateral(String... muscles) {
        return java.util.Arrays.stream(muscles)
                .flatMap(m -> java.util.stream.Stream.of(new EmgMuscle(m, Side.LEFT), new EmgMuscle(m, Side.RIGHT))).toList();
    }

    /** {@code count} distinct muscles on the left side. */
    static List<EmgMuscle> leftMuscles(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> new EmgMuscle("muscle " + i, Side.LEFT)).toList();
    }

    static CodingRecord propose(SessionContents.Builder session) {
        return Coding.propose(session.build(), US);
    }

    static List<String> codes(CodingRecord record) {
        return record.codes().stream().map(ProposedCode::code).toList();
    }
}
