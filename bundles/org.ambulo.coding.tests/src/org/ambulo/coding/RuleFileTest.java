package org.ambulo.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading rule files: the shipped US file, malformed files (errors name file, line, field), another jurisdiction. */
class RuleFileTest {

    private static final String NAME = "rules/us-cpt-2026.json";

    private static String usText() throws IOException {
        try (InputStream in = RuleFileTest.class.getClassLoader().getResourceAsStream(NAME)) {
            assertTrue(in != null, NAME + " on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** 1-based line of the first occurrence of {@code needle}. */
    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, "test setup: '" + needle + "' not in the text");
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String mutate(String text, String from, String to) {
        assertTrue(text.contains(from), "test setup: '" + from + "' not in the text");
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static CodingRulesException parseError(String text) {
        return assertThrows(CodingRulesException.class, () -> CodingRules.parse(text, "broken.json"));
    }

    @Test
    void theShippedUsRuleSetLoadsWithItsMetadataAndInterpretations() {
        CodingRuleSet set = BuiltInRuleSets.usCpt2026();
        assertEquals("us-cpt-2026", set.id());
        assertEquals("2026", set.version());
        assertTrue(set.jurisdiction().startsWith("US"));
        assertTrue(set.source().contains("domain.md"), set.source());
        assertEquals(NAME, set.rules().origin());
        assertEquals(List.of("96000", "96001", "96002", "96003", "96004"), set.rules().codes().stream().map(CodeRule::code).toList());
        set.rules().codes().forEach(c -> assertFalse(c.interpretation().isEmpty(), c.code() + " documents its interpretation"));
        assertEquals(List.of("52", "53", "76", "77"), set.rules().modifiers().stream().map(ModifierRule::modifier).toList());
        assertEquals(12, set.rules().code("96002").orElseThrow().maxMuscles().orElseThrow());
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws IOException {
        String broken = mutate(usText(), "\"units\": \"perMuscle\",", "\"units\": \"perMuscle\"");
        CodingRulesException e = parseError(broken);
        assertEquals("broken.json", e.file());
        assertEquals(lineOf(broken, "\"muscles\": \"fineWire\""), e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("broken.json line " + e.line()), e.getMessage());
        assertTrue(e.getMessage().contains("JSON syntax, column ") && e.getMessage().contains("expected ',' or '}'"), e.getMessage());
    }

    @Test
    void aDuplicateFieldAndAMalformedNumberNameTheirLine() throws IOException {
        String twice = mutate(usText(), "\"maxMuscles\": 12", "\"maxMuscles\": 12, \"maxMuscles\": 13");
        CodingRulesException e = parseError(twice);
        assertEquals(lineOf(twice, "\"maxMuscles\": 12"), e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("\"maxMuscles\" appears twice"), e.getMessage());
        String leadingZero = mutate(usText(), "\"maxMuscles\": 12", "\"maxMuscles\": 012");
        CodingRulesException n = parseError(leadingZero);
        assertEquals(lineOf(leadingZero, "012"), n.line(), n.getMessage());
        assertTrue(n.getMessage().contains("malformed number '012'"), n.getMessage());
    }

    @Test
    void anUnknownUnitBasisNamesLineAndField() throws IOException {
        String broken = mutate(usText(), "\"units\": \"perMuscle\"", "\"units\": \"perWire\"");
        CodingRulesException e = parseError(broken);
        assertEquals("codes[3].units", e.field());
        assertEquals(lineOf(broken, "perWire"), e.line());
        assertTrue(e.getMessage().contains("'perWire'") && e.getMessage().contains("once, perMuscle"), e.getMessage());
    }

    @Test
    void anUnknownFactNamesLineAndField() throws IOException {
        String broken = mutate(usText(), "\"hasPlantarPressure\"]", "\"hasPlantarPresure\"]");
        CodingRulesException e = parseError(broken);
        assertEquals("codes[1].requiresAll", e.field());
        assertEquals(lineOf(broken, "hasPlantarPresure"), e.line());
        assertTrue(e.getMessage().contains("unknown fact 'hasPlantarPresure'"), e.getMessage());
    }

    @Test
    void aMisspeltFieldIsAnErrorNotASilentlyDroppedRule() throws IOException {
        String broken = mutate(usText(), "\"maxMuscles\": 12", "\"maxMuscle\": 12");
        CodingRulesException e = parseError(broken);
        assertEquals("codes[2].maxMuscle", e.field());
        assertEquals(lineOf(broken, "maxMuscle"), e.line());
    }

    @Test
    void aMissingRequiredFieldNamesTheObjectsLine() throws IOException {
        String text = usText();
        String broken = mutate(text, "\"missingMessage\": \"the physician has not signed the report\"", "\"title2\": \"x\"")
                .replace(",\n      \"title2\": \"x\"", "");
        CodingRulesException e = parseError(broken);
        assertEquals("checks[4].missingMessage", e.field());
        assertEquals(lineOf(broken, "\"id\": \"report-signed\"") - 1, e.line(), "line of the opening brace: " + e.getMessage());
    }

    @Test
    void aNonNumericMaxMusclesIsRejected() throws IOException {
        CodingRulesException e = parseError(mutate(usText(), "\"maxMuscles\": 12", "\"maxMuscles\": \"12\""));
        assertEquals("codes[2].maxMuscles", e.field());
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void aMalformedCodeRangeIsRejected() throws IOException {
        CodingRulesException e = parseError(mutate(usText(), "\"95860-95875\"", "\"95860-958\""));
        assertEquals("conflicts[0].otherCodes", e.field());
    }

    @Test
    void aDuplicateCodeIsRejected() throws IOException {
        CodingRulesException e = parseError(mutate(usText(), "\"code\": \"96003\"", "\"code\": \"96002\""));
        assertEquals("codes[3].code", e.field());
        assertTrue(e.getMessage().contains("defined twice"), e.getMessage());
    }

    @Test
    void aReplacedCodeMustExistInTheFile() throws IOException {
        CodingRulesException e = parseError(mutate(usText(), "\"replaces\": [\"96000\"]", "\"replaces\": [\"96009\"]"));
        assertEquals("codes[1].replaces", e.field());
    }

    @Test
    void anotherFormatVersionIsRejected() throws IOException {
        CodingRulesException e = parseError(mutate(usText(), "ambulo-coding-rules/1", "ambulo-coding-rules/9"));
        assertEquals("format", e.field());
        assertEquals(2, e.line());
    }

    @Test
    void truncatedAndEmptyFilesAreSyntaxErrors() throws IOException {
        String text = usText();
        CodingRulesException truncated = parseError(text.substring(0, text.length() / 2));
        assertTrue(truncated.getMessage().contains("broken.json line "), truncated.getMessage());
        assertTrue(parseError("").getMessage().contains("unexpected end of the JSON text"));
        assertTrue(parseError("{\"format\": \"ambulo-coding-rules/1\"} x").getMessage().contains("after the end"));
    }

    @Test
    void aMissingFileNamesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.json");
        CodingRulesException e = assertThrows(CodingRulesException.class, () -> CodingRules.load(missing));
        assertTrue(e.getMessage().contains("nowhere.json") && e.getMessage().contains("cannot read"), e.getMessage());
        CodingRulesException r = assertThrows(CodingRulesException.class,
                () -> CodingRules.fromResource(RuleFileTest.class.getClassLoader(), "rules/none.json"));
        assertTrue(r.getMessage().contains("rules/none.json") && r.getMessage().contains("not found"), r.getMessage());
    }

    /** A fictional jurisdiction, only for this test: per-muscle surface EMG, 96001 on top of 96000, 96004 needs a signature. */
    private static final String OTHER_JURISDICTION = """
            {
              "format": "ambulo-coding-rules/1",
              "id": "xx-test-1",
              "jurisdiction": "XX (fictional, test only)",
              "version": "1",
              "source": "RuleFileTest",
              "codes": [
                {"code": "96000", "description": "motion analysis", "requiresAll": ["hasVideo", "has3dKinematics"], "units": "once"},
                {"code": "96001", "description": "plantar pressure add-on", "requiresAll": ["hasPlantarPressure"], "units": "once"},
                {"code": "96002", "description": "surface EMG per muscle", "requiresAll": ["surfaceEmg"], "units": "perMuscle", "muscles": "surface"},
                {"code": "96004", "description": "interpretation", "requiresAll": ["physicianInterpretationWritten", "reportSigned"], "units": "once"}
              ],
              "modifiers": [
                {"status": "discontinued", "modifier": "XD", "description": "stopped early", "appliesTo": ["96000"]}
              ],
              "checks": [
                {"id": "necessity", "title": "necessity", "requiresAll": ["medicalNecessityDocumented"], "missingMessage": "add it"}
              ],
              "conflicts": []
            }
            """;

    @Test
    void anotherJurisdictionsRuleFileChangesTheOutcome(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("xx-test-1.json");
        Files.writeString(file, OTHER_JURISDICTION, StandardCharsets.UTF_8);
        CodingRuleSet other = CodingRuleSet.of(CodingRules.load(file));
        assertEquals("xx-test-1", other.id());

        SessionContents session = Sessions.fullStudy().hasPlantarPressure(true).reportSigned(false)
                .fineWireEmgMuscles(List.of(new EmgMuscle("iliopsoas", Side.LEFT)))
                .sessionStatus(SessionStatus.discontinued("fell asleep")).build();
        CodingRecord us = Coding.propose(session, Sessions.US);
        CodingRecord xx = Coding.propose(session, other);

        assertEquals(List.of("96001", "96002", "96003", "96004"), Sessions.codes(us));
        assertEquals(List.of("96000", "96001", "96002"), Sessions.codes(xx));
        assertEquals(1, us.code("96002").orElseThrow().units());
        assertEquals(8, xx.code("96002").orElseThrow().units());
        assertEquals(List.of("53"), us.code("96002").orElseThrow().modifiers());
        assertEquals(List.of("XD"), xx.code("96000").orElseThrow().modifiers());
        assertEquals(List.of(), xx.code("96002").orElseThrow().modifiers());
        assertEquals(List.of("report-signed"), us.failedChecks().stream().map(FinalisationCheck::id).toList());
        assertTrue(xx.readyToFinalise());
        assertEquals("xx-test-1", xx.ruleSetId());
        assertTrue(xx.toText().contains("XX (fictional, test only)"));
    }

    @Test
    void aStatusTheRuleSetHasNoModifierForIsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("xx-test-1.json");
        Files.writeString(file, OTHER_JURISDICTION, StandardCharsets.UTF_8);
        CodingRecord r = Coding.propose(Sessions.fullStudy().sessionStatus(SessionStatus.repeatedOtherPhysician("second opinion")).build(),
                CodingRuleSet.of(CodingRules.load(file)));
        assertTrue(r.warnings().stream().anyMatch(w -> w.id().equals("no-modifier:repeatedOtherPhysician")), r.warnings().toString());
    }
}
