package org.ambulo.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Strict RFC 8259 reader: no comments, no trailing commas, duplicate keys refused (they would hide a setting). */
final class JsonReader {

    private static final int MAX_DEPTH = 64;

    private final String text;
    /** Where each value starts (offset into the text), by identity; null when nobody asked for positions. */
    private final IdentityHashMap<Json, Integer> starts;
    private int pos;

    JsonReader(String text) {
        this(text, null);
    }

    JsonReader(String text, IdentityHashMap<Json, Integer> starts) {
        this.text = text;
        this.starts = starts;
    }

    Json document() throws JsonException {
        skipWhitespace();
        if (pos < text.length() && text.charAt(pos) == '\uFEFF') {
            pos++;
            skipWhitespace();
        }
        Json value = value(0);
        skipWhitespace();
        if (pos < text.length()) {
            throw error("unexpected text after the end of the document");
        }
        return value;
    }

    private Json value(int depth) throws JsonException {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("unexpected end of the JSON text, expected a value");
        }
        int start = pos;
        Json value = bareValue(depth);
        if (starts != null) {
            starts.put(value, start);
        }
        return value;
    }

    private Json bareValue(int depth) throws JsonException {
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> new Json.JsonString(string());
            case 't' -> literal("true", new Json.JsonBoolean(true));
            case 'f' -> literal("false", new Json.JsonBoolean(false));
            case 'n' -> literal("null", new Json.JsonNull());
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected character '" + c + "', expected a value");
            }
        };
    }

    private Json.JsonObject object(int depth) throws JsonException {
        pos++;
        Map<String, Json> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return new Json.JsonObject(members);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a quoted member name");
            }
            int keyPos = pos;
            String key = string();
            skipWhitespace();
            expect(':');
            Json value = value(depth + 1);
            if (members.putIfAbsent(key, value) != null) {
                pos = keyPos;
                throw error("member \"" + key + "\" appears twice");
            }
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                return new Json.JsonObject(members);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private Json.JsonArray array(int depth) throws JsonException {
        pos++;
        List<Json> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return new Json.JsonArray(elements);
        }
        while (true) {
            elements.add(value(depth + 1));
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ']') {
                return new Json.JsonArray(elements);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() throws JsonException {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error(c == '\n'
                        ? "line break in a string (missing closing quote?)"
                        : "control character in a string (write it as an escape)");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated escape");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("incomplete \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape");
                    }
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("unknown escape \\" + e);
                }
            }
        }
    }

    private Json.JsonNumber number() throws JsonException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("expected a digit");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("expected a digit after '.'");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("expected a digit in the exponent");
            }
            digits();
        }
        if (isNumberChar(peek())) {
            // e.g. 01, 1.2.3 or 1-2: name the whole word rather than the character after a valid prefix
            while (isNumberChar(peek())) {
                pos++;
            }
            String word = text.substring(start, pos);
            pos = start;
            throw error("malformed number '" + word + "'");
        }
        return new Json.JsonNumber(text.substring(start, pos));
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isNumberChar(char c) {
        return isDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Json literal(String word, Json value) throws JsonException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected word, expected " + word);
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws JsonException {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsonException error(String problem) {
        if (pos >= text.length() && !problem.startsWith("unexpected end")) {
            // a truncated file: say so first, whatever was expected next
            problem = "unexpected end of the JSON text; " + problem;
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonException(line, column, problem);
    }
}
