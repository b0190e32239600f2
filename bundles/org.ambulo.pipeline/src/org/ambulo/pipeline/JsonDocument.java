package org.ambulo.pipeline;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Objects;

/**
 * A parsed JSON document that remembers where each value starts, so that a value which parses but is wrong (an
 * unknown name, a missing member, a number out of range) can be reported with its line and column. Positions are
 * looked up by identity: pass the very instance taken from {@link #root()}, not an equal copy.
 */
public final class JsonDocument {

    private final Json root;
    private final IdentityHashMap<Json, Integer> starts;
    /** Offsets where lines 2, 3, ... begin, for a binary search from offset to line. */
    private final int[] lineStarts;

    private JsonDocument(Json root, IdentityHashMap<Json, Integer> starts, int[] lineStarts) {
        this.root = root;
        this.starts = starts;
        this.lineStarts = lineStarts;
    }

    /** Parses one JSON document (same rules and messages as {@link Json#parse(String)}) and keeps every value's position. */
    public static JsonDocument parse(String text) throws JsonException {
        Objects.requireNonNull(text, "text");
        IdentityHashMap<Json, Integer> starts = new IdentityHashMap<>();
        Json root = new JsonReader(text, starts).document();
        return new JsonDocument(root, starts, lineStarts(text));
    }

    public Json root() {
        return root;
    }

    /** 1-based line where {@code value} starts; 0 when the value is not part of this document. */
    public int line(Json value) {
        Integer start = starts.get(value);
        return start == null ? 0 : lineIndex(start) + 1;
    }

    /** 1-based column where {@code value} starts; 0 when the value is not part of this document. */
    public int column(Json value) {
        Integer start = starts.get(value);
        if (start == null) {
            return 0;
        }
        int line = lineIndex(start);
        return start - (line == 0 ? 0 : lineStarts[line - 1]) + 1;
    }

    /** 0-based index of the line holding {@code offset}. */
    private int lineIndex(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private static int[] lineStarts(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        for (int i = 0, n = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }
}
