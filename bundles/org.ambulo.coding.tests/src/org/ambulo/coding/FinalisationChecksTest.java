package org.ambulo.coding;

import static org.ambulo.coding.Sessions.fullStudy;
import static org.ambulo.coding.Sessions.propose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks before a report can be finalised, and the text rendering of the record. */
class FinalisationChecksTest {

    private static final List<String> CHECK_IDS = List.of("medical-necessity", "norm-comparison", "lab-equipment",
            "interpretation-written", "report-signed");

    @Test
    void aFullyDocumentedSessionPassesEveryCheck() {
        CodingRecord r = propose(fullStudy());
        assertEquals(CHECK_IDS, r.checks().stream().map(FinalisationCheck::id).toList());
        r.checks().forEach(c -> assertTrue(c.passed(), c.message()));
        assertTrue(r.readyToFinalise());
        assertTrue(r.check("norm-comparison").orElseThrow().message().contains("norm dataset schwartz2008"));
    }

    static Stream<Arguments> eachCheckAlone() {
        return Stream.of(
                Arguments.of("medical-necessity", (UnaryOperator<SessionContents.Builder>) b -> b.medicalNecessityDocumented(false),
                        "medical necessity"),
                Arguments.of("norm-comparison", (UnaryOperator<SessionContents.Builder>) b -> b.noNormComparison(), "age-specific norm"),
                Arguments.of("norm-comparison", (UnaryOperator<SessionContents.Builder>) b -> b.normDatasetId("   "), "age-specific norm"),
                Arguments.of("lab-equipment", (UnaryOperator<SessionContents.Builder>) b -> b.labEquipmentDescribed(false),
                        "capabilities and equipment"),
                Arguments.of("interpretation-written",
                        (UnaryOperator<SessionContents.Builder>) b -> b.physicianInterpretationWritten(false), "written interpretation"),
                Arguments.of("report-signed", (UnaryOperator<SessionContents.Builder>) b -> b.reportSigned(false), "not signed"));
    }

    @ParameterizedTest(name = "{0} fails alone")
    @MethodSource("eachCheckAlone")
    void eachCheckFailsAloneWithAMessageNamingWhatIsMissing(String checkId, UnaryOperator<SessionContents.Builder> remove,
            String namedInMessage) {
        CodingRecord r = propose(remove.apply(fullStudy()));
        assertEquals(List.of(checkId), r.failedChecks().stream().map(FinalisationCheck::id).toList());
        FinalisationCheck failed = r.failedChecks().get(0);
        assertTrue(failed.message().contains(namedInMessage), failed.message());
        assertTrue(failed.message().contains("missing:"), failed.message());
        assertFalse(r.readyToFinalise());
        assertTrue(r.toText().contains("[FAIL] " + failed.message()), r.toText());
    }

    @Test
    void anEmptySessionFailsEveryCheck() {
        CodingRecord r = propose(SessionContents.builder());
        assertEquals(CHECK_IDS, r.failedChecks().stream().map(FinalisationCheck::id).toList());
    }

    @Test
    void textHasOneLinePerCodeWithItsReason() {
        CodingRecord r = propose(fullStudy().hasPlantarPressure(true)
                .fineWireEmgMuscles(List.of(new EmgMuscle("tibialis posterior", Side.RIGHT)))
                .sessionStatus(SessionStatus.reduced("no barefoot trials")));
        String text = r.toText();
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).contains("us-cpt-2026") && lines.get(0).contains("2026"), lines.get(0));
        for (ProposedCode c : r.codes()) {
            List<String> codeLines = lines.stream().filter(l -> l.startsWith(c.code() + "-")).toList();
            assertEquals(1, codeLines.size(), c.code() + " in\n" + text);
            assertTrue(codeLines.get(0).contains(c.reason()), codeLines.get(0));
        }
        assertTrue(text.contains("96003-52 x1"), text);
        assertTrue(text.contains("not proposed 96000 -- reported as 96001 instead"), text);
        assertTrue(text.endsWith("Ready to finalise.\n"), text);
    }
}
