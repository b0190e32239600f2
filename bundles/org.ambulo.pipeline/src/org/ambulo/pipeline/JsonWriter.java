package org.ambulo.pipeline;

import java.util.Iterator;
import java.util.Map;

/** Deterministic JSON writer: same tree, same bytes. */
final class JsonWriter {

    private JsonWriter() {
    }

    /** {@code indent} < 0 writes on one line. */
    static void write(Json value, StringBuilder out, int indent) {
        switch (value) {
            case Json.JsonObject object -> writeObject(object, out, indent);
            case Json.JsonArray array -> writeArray(array, out, indent);
            case Json.JsonString string -> writeString(string.value(), out);
            case Json.JsonNumber number -> out.append(number.text());
            case Json.JsonBoolean bool -> out.append(bool.value());
            case Json.JsonNull n -> out.append("null");
        }
    }

    private static void writeObject(Json.JsonObject object, StringBuilder out, int indent) {
        if (object.members().isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<Map.Entry<String, Json>> members = object.members().entrySet().iterator();
        while (members.hasNext()) {
            Map.Entry<String, Json> member = members.next();
            newline(out, indent + 1, indent);
            writeString(member.getKey(), out);
            out.append(indent < 0 ? ":" : ": ");
            write(member.getValue(), out, indent < 0 ? -1 : indent + 1);
            if (members.hasNext()) {
                out.append(',');
            }
        }
        newline(out, indent, indent);
        out.append('}');
    }

    private static void writeArray(Json.JsonArray array, StringBuilder out, int indent) {
        if (array.elements().isEmpty()) {
            out.append("[]");
            return;
        }
        boolean flat = array.elements().stream().noneMatch(e -> e instanceof Json.JsonObject || e instanceof Json.JsonArray);
        int inner = indent < 0 || flat ? -1 : indent + 1;
        out.append('[');
        for (int i = 0; i < array.elements().size(); i++) {
            if (i > 0) {
                out.append(inner < 0 && indent >= 0 ? ", " : ",");
            }
            newline(out, inner, inner);
            write(array.elements().get(i), out, inner);
        }
        newline(out, inner < 0 ? -1 : indent, inner);
        out.append(']');
    }

    private static void newline(StringBuilder out, int level, int mode) {
        if (mode < 0 || level < 0) {
            return;
        }
        out.append('\n');
        out.append("  ".repeat(level));
    }

    private static void writeString(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
