package org.ambulo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writtenTextReadsBackToTheSameTree() throws Exception {
        Json tree = new Json.JsonObject(Map.of("a",
                new Json.JsonArray(List.of(Json.JsonNumber.of(0.1), new Json.JsonString("\u0001\t\"x\""),
                        new Json.JsonBoolean(false), new Json.JsonNull(), new Json.JsonObject(Map.of("b", Json.JsonNumber.of(-12L))))),
                "empty", new Json.JsonObject(Map.of()), "none", new Json.JsonArray(List.of())));
        assertEquals(tree, Json.parse(Json.write(tree)));
        assertEquals(tree, Json.parse(Json.writeCompact(tree)));
    }

    @Test
    void numbersKeepTheirExactDouble() throws Exception {
        for (double value : new double[]{0.1 + 0.2, Math.PI, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e23}) {
            Json.JsonNumber read = (Json.JsonNumber) Json.parse(Json.writeCompact(Json.JsonNumber.of(value)));
            assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(read.asDouble()), Double.toString(value));
        }
        assertThrows(IllegalArgumentException.class, () -> Json.JsonNumber.of(Double.NaN));
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        assertEquals("line 2, column 9: expected ',' or '}'",
                assertThrows(JsonException.class, () -> Json.parse("{\"a\": 1,\n \"b\": 2 \"c\": 3}")).getMessage());
        assertEquals("line 1, column 10: unexpected character '}', expected a value",
                assertThrows(JsonException.class, () -> Json.parse("{\"a\": [1,}")).getMessage());
        assertEquals("line 1, column 10: member \"a\" appears twice",
                assertThrows(JsonException.class, () -> Json.parse("{\"a\": 1, \"a\": 2}")).getMessage());
        assertEquals("line 1, column 4: unexpected text after the end of the document",
                assertThrows(JsonException.class, () -> Json.parse("{} x")).getMessage());
        assertEquals("line 1, column 2: expected a digit", assertThrows(JsonException.class, () -> Json.parse("-x")).getMessage());
        assertEquals("line 1, column 5: unexpected end of the JSON text; unterminated string",
                assertThrows(JsonException.class, () -> Json.parse("\"abc")).getMessage());
        assertEquals("line 2, column 4: unexpected end of the JSON text; expected ',' or ']'",
                assertThrows(JsonException.class, () -> Json.parse("[1,\n 23")).getMessage());
        assertEquals("line 1, column 6: unexpected end of the JSON text, expected a value",
                assertThrows(JsonException.class, () -> Json.parse("{\"a\":")).getMessage());
    }

    @Test
    void malformedNumbersAndLineBreaksInStringsAreNamed() {
        assertEquals("line 2, column 7: malformed number '012'",
                assertThrows(JsonException.class, () -> Json.parse("{\"a\": 1,\n \"b\": 012}")).getMessage());
        assertEquals("line 1, column 2: malformed number '1.2.3'",
                assertThrows(JsonException.class, () -> Json.parse("[1.2.3]")).getMessage());
        assertEquals("line 1, column 2: malformed number '1-2'", assertThrows(JsonException.class, () -> Json.parse("[1-2]")).getMessage());
        assertEquals("line 1, column 9: line break in a string (missing closing quote?)",
                assertThrows(JsonException.class, () -> Json.parse("{\"a\": \"x\n}")).getMessage());
    }

    @Test
    void aSyntaxErrorCarriesItsPositionSeparately() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("{\n  \"a\": 1,\n  \"a\": 2\n}"));
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertEquals("member \"a\" appears twice", e.problem());
        JsonException semantic = new JsonException("\"format\" is \"x\"");
        assertEquals(0, semantic.line());
        assertEquals(semantic.getMessage(), semantic.problem());
    }

    @Test
    void aDocumentKnowsWhereEachValueStarts() throws Exception {
        String text = "{\n  \"a\": [1, {\"b\": null}],\n\n    \"c\": \"x\"\n}";
        JsonDocument document = Json.parseWithPositions(text);
        Json.JsonObject root = (Json.JsonObject) document.root();
        assertEquals(Json.parse(text), root, "same tree as Json.parse");
        Json.JsonArray a = (Json.JsonArray) root.get("a").orElseThrow();
        Json b = ((Json.JsonObject) a.elements().get(1)).get("b").orElseThrow();
        Json c = root.get("c").orElseThrow();
        assertEquals(1, document.line(root));
        assertEquals(1, document.column(root));
        assertEquals(2, document.line(a));
        assertEquals(8, document.column(a));
        assertEquals(9, document.column(a.elements().get(0)));
        assertEquals(2, document.line(b));
        assertEquals(18, document.column(b));
        assertEquals(4, document.line(c));
        assertEquals(10, document.column(c));
        assertEquals(0, document.line(new Json.JsonString("x")), "an equal value from elsewhere has no position");
        assertSame(c, root.members().get("c"));
    }

    @Test
    void aDocumentRejectsWhatParseRejects() {
        assertEquals("line 1, column 10: member \"a\" appears twice",
                assertThrows(JsonException.class, () -> Json.parseWithPositions("{\"a\": 1, \"a\": 2}")).getMessage());
    }
}
