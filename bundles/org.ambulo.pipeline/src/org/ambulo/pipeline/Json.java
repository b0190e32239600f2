package org.ambulo.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small JSON tree for methods, settings and provenance. Objects keep their key order so that written files are
 * stable and diffable; numbers keep their text so that a double survives a round trip bit for bit.
 */
public sealed interface Json {

    record JsonObject(Map<String, Json> members) implements Json {
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(members, "members")));
        }

        public static JsonObject empty() {
            return new JsonObject(Map.of());
        }

        public Optional<Json> get(String name) {
            return Optional.ofNullable(members.get(name));
        }
    }

    record JsonArray(List<Json> elements) implements Json {
        public JsonArray {
            elements = List.copyOf(elements);
        }
    }

    record JsonString(String value) implements Json {
        public JsonString {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number as written; {@link #of(double)} writes the shortest text that reads back to the same double. */
    record JsonNumber(String text) implements Json {
        public JsonNumber {
            Objects.requireNonNull(text, "text");
        }

        public static JsonNumber of(double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("JSON has no number for " + value + "; write it as a string");
            }
            return new JsonNumber(Double.toString(value));
        }

        public static JsonNumber of(long value) {
            return new JsonNumber(Long.toString(value));
        }

        public double asDouble() {
            return Double.parseDouble(text);
        }
    }

    record JsonBoolean(boolean value) implements Json {
    }

    record JsonNull() implements Json {
    }

    /** Parses one JSON document; the message of the exception gives line and column. */
    public static Json parse(String text) throws JsonException {
        return new JsonReader(text).document();
    }

    /** Parses like {@link #parse(String)} and remembers where each value starts, for messages about valid JSON that is wrong. */
    public static JsonDocument parseWithPositions(String text) throws JsonException {
        return JsonDocument.parse(text);
    }

    /** Writes with two-space indentation, keys in their order, a newline at the end. */
    public static String write(Json value) {
        StringBuilder out = new StringBuilder();
        JsonWriter.write(value, out, 0);
        return out.append('\n').toString();
    }

    /** One-line form, e.g. for settings inside provenance. */
    static String writeCompact(Json value) {
        StringBuilder out = new StringBuilder();
        JsonWriter.write(value, out, -1);
        return out.toString();
    }

    /** Text for messages: the value as compact JSON, shortened. */
    static String describe(Json value) {
        String text = writeCompact(value);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
