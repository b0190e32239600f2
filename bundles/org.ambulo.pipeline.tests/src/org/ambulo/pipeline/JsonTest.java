package org.ambulo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals("line 1, column 5: unterminated string", assertThrows(JsonException.class, () -> Json.parse("\"abc")).getMessage());
    }
}
