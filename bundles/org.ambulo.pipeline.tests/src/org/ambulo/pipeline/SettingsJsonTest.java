package org.ambulo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** Settings records to JSON and back: every supported component type, defaults for missing fields, clear errors. */
class SettingsJsonTest {

    enum Filter {
        NONE,
        BUTTERWORTH
    }

    record Segment(String name, List<String> markers) {
    }

    record Quality(double maxRatio, int runSamples) {
        Quality {
            if (!(maxRatio > 0)) {
                throw new IllegalArgumentException("maxRatio must be positive, was " + maxRatio);
            }
        }
    }

    record Everything(String label, int frames, long samples, short order, byte flags, double cutoffHz, float gain, boolean enabled,
            Integer boxedInt, Double boxedDouble, Boolean boxedBoolean, Filter filter, Optional<String> optionalName,
            Optional<Filter> optionalFilter, OptionalDouble optionalHz, OptionalInt optionalFrames, OptionalLong optionalSamples,
            List<Double> values, List<Segment> segments, Map<String, Double> peaks, Quality quality) {
    }

    static Everything sample() {
        return new Everything("L \"heel\" \\ é\n", -3, 1L << 40, (short) 4, (byte) -2, 0.1 + 0.2, 1.5f, true, 7, Double.NaN, false,
                Filter.BUTTERWORTH, Optional.of("x"), Optional.empty(), OptionalDouble.of(Double.POSITIVE_INFINITY), OptionalInt.empty(),
                OptionalLong.of(-5), List.of(Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300),
                List.of(new Segment("pelvis", List.of("LASI", "RASI")), new Segment("empty", List.of())),
                Map.of("RTA", 2.5, "LTA", Double.NaN), new Quality(0.3, 10));
    }

    static Everything defaults() {
        return new Everything("", 0, 0, (short) 0, (byte) 0, 6, 1f, false, 0, 0.0, true, Filter.NONE, Optional.empty(),
                Optional.of(Filter.NONE),
                OptionalDouble.empty(), OptionalInt.of(3), OptionalLong.empty(), List.of(), List.of(), Map.of(), new Quality(0.5, 20));
    }

    /** Bitwise comparison of every double, so that NaN and -0.0 count. */
    static void assertSameSettings(Everything expected, Everything actual) {
        assertEquals(SettingsJson.toJson(expected), SettingsJson.toJson(actual));
        assertEquals(Double.doubleToRawLongBits(expected.cutoffHz()), Double.doubleToRawLongBits(actual.cutoffHz()));
        for (int i = 0; i < expected.values().size(); i++) {
            assertEquals(Double.doubleToRawLongBits(expected.values().get(i)), Double.doubleToRawLongBits(actual.values().get(i)),
                    "values[" + i + "]");
        }
    }

    @Test
    void everySupportedTypeSurvivesARoundTripThroughJsonText() throws Exception {
        Everything original = sample();
        String text = Json.write(SettingsJson.toJson(original));
        Everything read = SettingsJson.fromJson((Json.JsonObject) Json.parse(text), Everything.class, defaults());
        assertSameSettings(original, read);
        // Records compare doubles with Double.compare, so NaN == NaN here; the record equality covers everything else.
        assertEquals(original, read);
        assertTrue(text.contains("\"boxedDouble\": \"NaN\""), text);
        assertTrue(text.contains("\"optionalHz\": \"Infinity\""), text);
        assertTrue(text.contains("\"optionalFilter\": null"), text);
        assertTrue(text.indexOf("\"LTA\"") < text.indexOf("\"RTA\""), "map keys are written sorted: " + text);
    }

    @Test
    void theSameSettingsGiveTheSameBytes() {
        assertEquals(Json.write(SettingsJson.toJson(sample())), Json.write(SettingsJson.toJson(sample())));
    }

    @Test
    void missingFieldsTakeTheDefaultsAlsoInsideNestedRecords() throws Exception {
        Json.JsonObject partial = (Json.JsonObject) Json.parse("{\"frames\": 12, \"quality\": {\"runSamples\": 5}}");
        Everything read = SettingsJson.fromJson(partial, Everything.class, defaults());
        assertEquals(12, read.frames());
        assertEquals(new Quality(0.5, 5), read.quality(), "maxRatio from the default Quality");
        assertEquals(defaults().cutoffHz(), read.cutoffHz());
        assertEquals(Optional.of(Filter.NONE), read.optionalFilter());
        Everything none = SettingsJson.fromJson(Json.JsonObject.empty(), Everything.class, defaults());
        assertEquals(defaults(), none);
    }

    @Test
    void differenceKeepsOnlyChangedFields() throws Exception {
        Everything changed = new Everything("", 0, 0, (short) 0, (byte) 0, 8, 1f, false, 0, 0.0, true, Filter.NONE, Optional.empty(),
                Optional.of(Filter.NONE), OptionalDouble.empty(), OptionalInt.of(3), OptionalLong.empty(), List.of(), List.of(), Map.of(),
                new Quality(0.5, 20));
        Json.JsonObject difference = SettingsJson.difference(changed, defaults());
        assertEquals("{\"cutoffHz\":8.0}", Json.writeCompact(difference));
        assertEquals(changed, SettingsJson.fromJson(difference, Everything.class, defaults()));
    }

    private static String error(String json) {
        SettingsException e = assertThrows(SettingsException.class,
                () -> SettingsJson.fromJson((Json.JsonObject) Json.parse(json), Everything.class, defaults()));
        return e.getMessage();
    }

    @Test
    void badValuesAreNamedWithFieldAndValue() {
        assertEquals("field 'cutoffHz': expected a number (or \"NaN\", \"Infinity\", \"-Infinity\"), found \"six\"",
                error("{\"cutoffHz\": \"six\"}"));
        assertEquals("field 'frames': expected a whole number, found 2.5", error("{\"frames\": 2.5}"));
        assertEquals("field 'order': 40000 is out of range -32768..32767", error("{\"order\": 40000}"));
        assertEquals("field 'filter': expected one of [NONE, BUTTERWORTH], found \"butterworth\"", error("{\"filter\": \"butterworth\"}"));
        assertEquals("field 'enabled': expected true or false, found \"yes\"", error("{\"enabled\": \"yes\"}"));
        assertEquals("field 'label': null is not allowed here, expected a string", error("{\"label\": null}"));
        assertEquals("field 'segments[1].markers[0]': expected a string, found 3",
                error("{\"segments\": [{\"name\": \"a\", \"markers\": []}, {\"name\": \"b\", \"markers\": [3]}]}"));
        assertEquals("field 'segments[0].markers': missing, and Segment has no default here", error("{\"segments\": [{\"name\": \"a\"}]}"));
        assertEquals("field 'peaks.RTA': expected a number (or \"NaN\", \"Infinity\", \"-Infinity\"), found true",
                error("{\"peaks\": {\"RTA\": true}}"));
        assertEquals("field 'quality': refused by Quality: maxRatio must be positive, was -1.0",
                error("{\"quality\": {\"maxRatio\": -1}}"));
        assertEquals("field 'values': expected an array, found 1.0", error("{\"values\": 1.0}"));
    }

    @Test
    void unknownFieldsAreRefusedWithTheKnownOnes() {
        String message = error("{\"cutofHz\": 6}");
        assertTrue(message.startsWith("field 'cutofHz': unknown field of Everything; known fields: label, frames,"), message);
        assertTrue(error("{\"quality\": {\"max\": 1}}")
                .startsWith("field 'quality.max': unknown field of Quality; known fields: maxRatio, runSamples"));
    }

    record Unsupported(Object anything) {
    }

    @Test
    void aRecordThatCannotBeSavedIsReportedNotGuessed() {
        assertThrows(IllegalArgumentException.class, () -> SettingsJson.toJson(new Unsupported("x")));
        SettingsException e = assertThrows(SettingsException.class,
                () -> SettingsJson.fromJson((Json.JsonObject) Json.parse("{\"anything\": 1}"), Unsupported.class, new Unsupported("x")));
        assertTrue(e.getMessage().contains("anything") && e.getMessage().contains("not supported"), e.getMessage());
    }
}
