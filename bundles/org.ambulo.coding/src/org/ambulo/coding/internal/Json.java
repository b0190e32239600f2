package org.ambulo.coding.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ambulo.coding.CodingRulesException;

/**
 * A small strict JSON reader (RFC 8259, no comments, no trailing commas) that remembers the line of every value, so
 * rule-file errors can name it. Only what rule files need; not a general-purpose library.
 */
public final class Json {

    /** A parsed value and the 1-based line where it starts. */
    public sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        int line();

        default String typeName() {
            return switch (this) {
                case Obj o -> "object";
                case Arr a -> "array";
                case Str s -> "string";
                case Num n -> "number";
                case Bool b -> "boolean";
                case Null n -> "null";
            };
        }
    }

    public record Obj(Map<String, Node> fields, int line) implements Node {
    }

    public record Arr(List<Node> items, int line) implements Node {
    }

    public record Str(String value, int line) implements Node {
    }

    /** Number kept as its text, so integers are checked exactly. */
    public record Num(String text, int line) implements Node {
    }

    public record Bool(boolean value, int line) implements Node {
    }

    public record Null(int line) implements Node {
    }

    private final String text;
    private final String origin;
    private int pos;
    private int line = 1;

    private Json(String text, String origin) {
        this.text = text;
        this.origin = origin;
    }

    public static Node parse(String text, String origin) {
        Json p = new Json(text, origin);
        p.skipBlanks();
        Node root = p.value();
        p.skipBlanks();
        if (p.pos < text.length()) {
            throw p.error("unexpected text after the end of the document");
        }
        return root;
    }

    private Node value() {
        if (pos >= text.length()) {
            throw error("unexpected end of file, expected a value");
        }
        char c = text.charAt(pos);
        int at = line;
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> new Str(string(), at);
            case 't' -> literal("true", new Bool(true, at));
            case 'f' -> literal("false", new Bool(false, at));
            case 'n' -> literal("null", new Null(at));
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected character '" + c + "', expected a value");
            }
        };
    }

    private Obj object() {
        int at = line;
        pos++;
        Map<String, Node> fields = new LinkedHashMap<>();
        skipBlanks();
        if (peek('}')) {
            pos++;
            return new Obj(fields, at);
        }
        while (true) {
            skipBlanks();
            if (!peek('"')) {
                throw error("expected a field name in double quotes");
            }
            int keyLine = line;
            String key = string();
            if (fields.containsKey(key)) {
                throw new CodingRulesException(origin, keyLine, key, "field appears twice in the same object");
            }
            skipBlanks();
            expect(':');
            skipBlanks();
            fields.put(key, value());
            skipBlanks();
            if (peek(',')) {
                pos++;
                continue;
            }
            expect('}');
            return new Obj(fields, at);
        }
    }

    private Arr array() {
        int at = line;
        pos++;
        List<Node> items = new ArrayList<>();
        skipBlanks();
        if (peek(']')) {
            pos++;
            return new Arr(items, at);
        }
        while (true) {
            skipBlanks();
            items.add(value());
            skipBlanks();
            if (peek(',')) {
                pos++;
                continue;
            }
            expect(']');
            return new Arr(items, at);
        }
    }

    private String string() {
        pos++;
        StringBuilder s = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return s.toString();
            }
            if (c == '\n' || c < 0x20) {
                throw error("control character or line break inside a string (missing closing quote?)");
            }
            if (c != '\\') {
                s.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("unterminated escape");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> s.append(e);
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("incomplete \\u escape");
                    }
                    try {
                        s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape");
                    }
                    pos += 4;
                }
                default -> throw error("unknown escape \\" + e);
            }
        }
    }

    private Num number() {
        int at = line;
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String t = text.substring(start, pos);
        if (!t.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw new CodingRulesException(origin, at, "", "malformed number '" + t + "'");
        }
        return new Num(t, at);
    }

    private Node literal(String word, Node node) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected word, expected " + word);
        }
        pos += word.length();
        return node;
    }

    private void skipBlanks() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\uFEFF') {
                return;
            }
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error(pos >= text.length()
                    ? "unexpected end of file, expected '" + c + "'"
                    : "expected '" + c + "' but found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private CodingRulesException error(String problem) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
        int column = Math.max(1, pos - lineStart + 1);
        return new CodingRulesException(origin, line, "", "JSON syntax, column " + column + ": " + problem);
    }
}
