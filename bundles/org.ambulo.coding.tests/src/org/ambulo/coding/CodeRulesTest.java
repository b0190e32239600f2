package org.ambulo.coding;

import static org.ambulo.coding.Sessions.codes;
import static org.ambulo.coding.Sessions.fullStudy;
import static org.ambulo.coding.Sessions.propose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each code of the US rule set, triggered by the right facts and not without them (rules/us-cpt-2026.json). */
class CodeRulesTest {

    private static boolean hasWarning(CodingRecord r, String id) {
        return r.warnings().stream().anyMatch(w -> w.id().equals(id));
    }

    @Test
    void fullStudyWithSurfaceEmgProposes96000And96002And96004() {
        CodingRecord r = propose(fullStudy());
        assertEquals(List.of("96000", "96002", "96004"), codes(r));
        r.codes().forEach(c -> assertEquals(1, c.units(), c.code()));
        r.codes().forEach(c -> assertEquals(List.of(), c.modifiers(), c.code()));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void code96000NeedsBothVideoAnd3dKinematics() {
        assertTrue(codes(propose(fullStudy())).contains("96000"));
        CodingRecord noVideo = propose(fullStudy().hasVideo(false));
        assertFalse(codes(noVideo).contains("96000"));
        assertTrue(notProposedReason(noVideo, "96000").contains("video recording"), notProposedReason(noVideo, "96000"));
        CodingRecord noKinematics = propose(fullStudy().has3dKinematics(false));
        assertFalse(codes(noKinematics).contains("96000"));
        assertTrue(notProposedReason(noKinematics, "96000").contains("3D kinematics"));
        assertTrue(propose(fullStudy()).code("96000").orElseThrow().reason().contains("video recording, 3D kinematics"));
    }

    @Test
    void kineticsAreNotRequiredFor96000() {
        assertTrue(codes(propose(fullStudy().hasKinetics(false))).contains("96000"));
    }

    @Test
    void plantarPressureProposes96001InsteadOf96000() {
        CodingRecord r = propose(fullStudy().hasPlantarPressure(true));
        assertEquals(List.of("96001", "96002", "96004"), codes(r));
        assertTrue(r.code("96001").orElseThrow().reason().contains("dynamic plantar pressure"));
        assertTrue(notProposedReason(r, "96000").contains("reported as 96001 instead"), notProposedReason(r, "96000"));
        assertFalse(codes(propose(fullStudy())).contains("96001"));
    }

    @Test
    void plantarPressureWithoutMotionAnalysisProposesNeither96000Nor96001() {
        CodingRecord r = propose(fullStudy().hasPlantarPressure(true).hasVideo(false));
        assertFalse(codes(r).contains("96000"));
        assertFalse(codes(r).contains("96001"));
    }

    @Test
    void surfaceEmgProposes96002OnceAndNamesTheMuscles() {
        ProposedCode c = propose(fullStudy()).code("96002").orElseThrow();
        assertEquals(1, c.units());
        assertTrue(c.reason().contains("(8, per muscle and side)"), c.reason());
        assertTrue(c.reason().contains("left rectus femoris, right rectus femoris"), c.reason());
        assertFalse(codes(propose(fullStudy().surfaceEmgMuscles(List.of()))).contains("96002"));
    }

    @Test
    void twelveSurfaceMusclesAreWithinTheDescriptor() {
        CodingRecord r = propose(fullStudy().surfaceEmgMuscles(Sessions.leftMuscles(12)));
        assertEquals(1, r.code("96002").orElseThrow().units());
        assertFalse(hasWarning(r, "muscles-over-max:96002"), r.warnings().toString());
    }

    @Test
    void moreThanTwelveSurfaceMusclesWarnsAndStillProposesOneUnit() {
        CodingRecord r = propose(fullStudy().surfaceEmgMuscles(Sessions.leftMuscles(13)));
        assertEquals(1, r.code("96002").orElseThrow().units());
        assertTrue(hasWarning(r, "muscles-over-max:96002"), r.warnings().toString());
        String message = r.warnings().stream().filter(w -> w.id().equals("muscles-over-max:96002")).findFirst().orElseThrow().message();
        assertTrue(message.contains("up to 12") && message.contains("13"), message);
    }

    @Test
    void surfaceMusclesAreCountedPerMuscleAndSideAndRepeatsOnce() {
        // 7 left + 7 right = 14 distinct: over 12 although only 7 muscle names
        CodingRecord bilateral = propose(fullStudy().surfaceEmgMuscles(Sessions.bilateral("a", "b", "c", "d", "e", "f", "g")));
        assertTrue(hasWarning(bilateral, "muscles-over-max:96002"));
        // 12 distinct plus a repeat of one of them (different case/spacing): still 12, with a duplicate warning
        List<EmgMuscle> withRepeat = new java.util.ArrayList<>(Sessions.leftMuscles(12));
        withRepeat.add(new EmgMuscle("  MUSCLE   1 ", Side.LEFT));
        CodingRecord r = propose(fullStudy().surfaceEmgMuscles(withRepeat));
        assertFalse(hasWarning(r, "muscles-over-max:96002"), r.warnings().toString());
        assertTrue(hasWarning(r, "duplicate-muscle:surface"), r.warnings().toString());
    }

    @Test
    void fineWireEmgProposes96003OneUnitPerMuscleAndSide() {
        List<EmgMuscle> wires = List.of(new EmgMuscle("tibialis posterior", Side.LEFT),
                new EmgMuscle("tibialis posterior", Side.RIGHT), new EmgMuscle("iliopsoas", Side.LEFT));
        CodingRecord r = propose(fullStudy().fineWireEmgMuscles(wires));
        ProposedCode c = r.code("96003").orElseThrow();
        assertEquals(3, c.units());
        assertTrue(c.reason().contains("left tibialis posterior, right tibialis posterior, left iliopsoas"), c.reason());
        assertTrue(hasWarning(r, "both-sides:96003"), r.warnings().toString());
        assertEquals("96003 x3", c.billingLine());
    }

    @Test
    void aFineWireMuscleListedTwiceIsOneUnit() {
        List<EmgMuscle> wires = List.of(new EmgMuscle("iliopsoas", Side.LEFT), new EmgMuscle("Iliopsoas", Side.LEFT));
        CodingRecord r = propose(fullStudy().fineWireEmgMuscles(wires));
        assertEquals(1, r.code("96003").orElseThrow().units());
        assertTrue(hasWarning(r, "duplicate-muscle:fineWire"));
        assertFalse(hasWarning(r, "both-sides:96003"));
    }

    @Test
    void noFineWireNo96003() {
        assertFalse(codes(propose(fullStudy())).contains("96003"));
    }

    @Test
    void code96004NeedsTheWrittenInterpretationButNotTheSignature() {
        assertTrue(codes(propose(fullStudy().reportSigned(false))).contains("96004"));
        CodingRecord r = propose(fullStudy().physicianInterpretationWritten(false));
        assertFalse(codes(r).contains("96004"));
        assertTrue(notProposedReason(r, "96004").contains("physician's written interpretation"));
    }

    @Test
    void modifier52ForAReducedSession() {
        assertModifierOnEveryCode(SessionStatus.reduced("only 3 of 6 walks, fatigue"), "52");
    }

    @Test
    void modifier53ForADiscontinuedSession() {
        assertModifierOnEveryCode(SessionStatus.discontinued("patient distressed after calibration"), "53");
    }

    @Test
    void modifier76ForARepeatBySamePhysician() {
        assertModifierOnEveryCode(SessionStatus.repeatedSamePhysician("post-op follow-up same day, orthosis changed"), "76");
    }

    @Test
    void modifier77ForARepeatByAnotherPhysician() {
        assertModifierOnEveryCode(SessionStatus.repeatedOtherPhysician("second opinion"), "77");
    }

    private static void assertModifierOnEveryCode(SessionStatus status, String modifier) {
        CodingRecord r = propose(fullStudy().sessionStatus(status));
        assertEquals(List.of("96000", "96002", "96004"), codes(r));
        for (ProposedCode c : r.codes()) {
            assertEquals(List.of(modifier), c.modifiers(), c.code());
            assertTrue(c.reason().contains("modifier " + modifier) && c.reason().contains(status.reason().orElseThrow()), c.reason());
            assertTrue(c.billingLine().startsWith(c.code() + "-" + modifier + " "), c.billingLine());
        }
    }

    @Test
    void aNonCompleteStatusNeedsItsReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionStatus.discontinued("  "));
        assertTrue(e.getMessage().contains("discontinued") && e.getMessage().contains("reason"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"95860", "95866", "95875"})
    void needleEmgOnTheSameDateWarns(String needleCode) {
        CodingRecord r = propose(fullStudy().otherCodesSameDate(List.of("97116", needleCode)));
        assertTrue(hasWarning(r, "conflict:needle-emg"), r.warnings().toString());
        String message = r.warnings().get(0).message();
        assertTrue(message.contains("95860-95875") && message.contains(needleCode) && message.contains("96000"), message);
        assertTrue(r.readyToFinalise(), "a warning does not block finalisation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"95859", "95876", "97116", "9586"})
    void otherCodesOutsideTheRangeDoNotWarn(String otherCode) {
        assertFalse(hasWarning(propose(fullStudy().otherCodesSameDate(List.of(otherCode))), "conflict:needle-emg"));
    }

    @Test
    void needleEmgWithoutMotionAnalysisCodesDoesNotWarn() {
        SessionContents.Builder nothing = SessionContents.builder().otherCodesSameDate(List.of("95860"));
        CodingRecord r = propose(nothing);
        assertTrue(r.codes().isEmpty());
        assertFalse(hasWarning(r, "conflict:needle-emg"));
        assertTrue(hasWarning(r, "no-code"));
    }

    @Test
    void musclesWithoutSideOrNameAreRejected() {
        assertThrows(NullPointerException.class, () -> new EmgMuscle("soleus", null));
        assertThrows(IllegalArgumentException.class, () -> new EmgMuscle(" ", Side.LEFT));
    }

    private static String notProposedReason(CodingRecord r, String code) {
        return r.notProposed().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow().reason();
    }
}
