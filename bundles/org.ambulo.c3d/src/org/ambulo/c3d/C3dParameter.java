package org.ambulo.c3d;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One parameter of a group. Getters are type-flexible because vendors store the same parameter as
 * BYTE, INT or FLOAT (e.g. FORCE_PLATFORM:USED as BYTE, POINT:FRAMES as FLOAT).
 *
 * @param name parameter name as stored (C3D names are 7-bit; lookups ignore case)
 * @param description free text
 * @param locked the name length was stored negative ("locked" flag)
 * @param dimensions stored dimensions, each 0..255; empty for a scalar
 * @param values stored elements
 */
public record C3dParameter(String name, String description, boolean locked, int[] dimensions, ParameterValues values) {

    public C3dParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(values, "values");
        dimensions = dimensions.clone();
        long product = 1;
        for (int d : dimensions) {
            if (d < 0 || d > 255) {
                throw new IllegalArgumentException(name + ": dimension " + d + " outside 0..255");
            }
            product *= d;
        }
        if (product != values.count()) {
            throw new IllegalArgumentException(
                    name + ": " + values.count() + " elements do not match dimensions " + Arrays.toString(dimensions));
        }
        if (dimensions.length > 7) {
            throw new IllegalArgumentException(name + ": more than 7 dimensions");
        }
    }

    @Override
    public int[] dimensions() {
        return dimensions.clone();
    }

    public ParameterType type() {
        return values.type();
    }

    // ---------------------------------------------------------------- factories

    /** A CHAR parameter holding one string (1-D). */
    public static C3dParameter ofString(String name, String description, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return new C3dParameter(name, description, false, new int[]{bytes.length}, new ParameterValues.Chars(bytes));
    }

    /**
     * A CHAR parameter holding strings padded with blanks to the longest (2-D: length x count).
     * The width is at least {@code minWidth}.
     */
    public static C3dParameter ofStrings(String name, String description, List<String> strings, int minWidth) {
        List<byte[]> encoded = new ArrayList<>(strings.size());
        int width = Math.max(0, minWidth);
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            encoded.add(b);
            width = Math.max(width, b.length);
        }
        if (width > 255) {
            throw new IllegalArgumentException(name + ": string longer than 255 bytes");
        }
        byte[] all = new byte[width * strings.size()];
        Arrays.fill(all, (byte) ' ');
        for (int i = 0; i < encoded.size(); i++) {
            System.arraycopy(encoded.get(i), 0, all, i * width, encoded.get(i).length);
        }
        return new C3dParameter(name, description, false, new int[]{width, strings.size()}, new ParameterValues.Chars(all));
    }

    public static C3dParameter ofInts(String name, String description, int... values) {
        short[] s = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < Short.MIN_VALUE || values[i] > 0xFFFF) {
                throw new IllegalArgumentException(name + ": " + values[i] + " does not fit 16 bits");
            }
            s[i] = (short) values[i];
        }
        return new C3dParameter(name, description, false, values.length == 1 ? new int[0] : new int[]{values.length},
                new ParameterValues.Ints(s));
    }

    public static C3dParameter ofFloats(String name, String description, float... values) {
        return new C3dParameter(name, description, false, values.length == 1 ? new int[0] : new int[]{values.length},
                new ParameterValues.Floats(values));
    }

    /** A FLOAT parameter with explicit dimensions (e.g. 2 x n for EVENT:TIMES). */
    public static C3dParameter ofFloats(String name, String description, int[] dimensions, float[] values) {
        return new C3dParameter(name, description, false, dimensions, new ParameterValues.Floats(values));
    }

    /** The same parameter with a different name (used to split LABELS into LABELS2...). */
    public C3dParameter renamed(String newName) {
        return new C3dParameter(newName, description, locked, dimensions, values);
    }

    public C3dParameter withDescription(String newDescription, boolean newLocked) {
        return new C3dParameter(name, newDescription, newLocked, dimensions, values);
    }

    // ---------------------------------------------------------------- type-flexible getters

    /**
     * All elements as numbers: BYTE unsigned, INT signed, FLOAT as is; empty for CHAR.
     */
    public double[] numbers() {
        return switch (values) {
            case ParameterValues.Bytes b -> {
                byte[] v = b.values();
                double[] out = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    out[i] = v[i] & 0xFF;
                }
                yield out;
            }
            case ParameterValues.Ints n -> {
                short[] v = n.values();
                double[] out = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    out[i] = v[i];
                }
                yield out;
            }
            case ParameterValues.Floats f -> {
                float[] v = f.values();
                double[] out = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    out[i] = v[i];
                }
                yield out;
            }
            case ParameterValues.Chars c -> new double[0];
        };
    }

    /**
     * All elements as non-negative counts: INT read as unsigned 16-bit, BYTE unsigned, FLOAT rounded
     * (NaN or negative floats become -1).
     */
    public long[] counts() {
        return switch (values) {
            case ParameterValues.Ints n -> {
                short[] v = n.values();
                long[] out = new long[v.length];
                for (int i = 0; i < v.length; i++) {
                    out[i] = v[i] & 0xFFFF;
                }
                yield out;
            }
            case ParameterValues.Chars c -> new long[0];
            default -> {
                double[] d = numbers();
                long[] out = new long[d.length];
                for (int i = 0; i < d.length; i++) {
                    out[i] = Double.isFinite(d[i]) && d[i] >= 0 && d[i] < 9.0e15 ? Math.round(d[i]) : -1;
                }
                yield out;
            }
        };
    }

    public OptionalDouble firstNumber() {
        double[] n = numbers();
        return n.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(n[0]);
    }

    /** First element as a count (see {@link #counts()}); empty if absent or not a valid count. */
    public OptionalLong firstCount() {
        long[] c = counts();
        return c.length == 0 || c[0] < 0 ? OptionalLong.empty() : OptionalLong.of(c[0]);
    }

    /**
     * CHAR data as strings: the first dimension is the string length, the others multiply to the
     * number of strings. Trailing blanks and NULs are removed; UTF-8 when valid, else ISO-8859-1.
     */
    public List<String> strings() {
        if (!(values instanceof ParameterValues.Chars chars)) {
            return List.of();
        }
        byte[] bytes = chars.bytes();
        if (dimensions.length == 0) {
            return bytes.length == 0 ? List.of() : List.of(decode(bytes, 0, bytes.length));
        }
        int width = dimensions[0];
        if (width == 0) {
            return List.of();
        }
        int count = bytes.length / width;
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(decode(bytes, i * width, width));
        }
        return List.copyOf(out);
    }

    public Optional<String> firstString() {
        List<String> s = strings();
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    static String decode(byte[] bytes, int offset, int length) {
        int end = offset + length;
        while (end > offset && (bytes[end - 1] == ' ' || bytes[end - 1] == 0)) {
            end--;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, offset, end - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
        }
    }

    /** Short human-readable value, e.g. for inspection output. */
    public String valueSummary(int maxElements) {
        if (values instanceof ParameterValues.Chars) {
            List<String> s = strings();
            List<String> shown = s.subList(0, Math.min(maxElements, s.size()));
            return shown.size() == 1 && s.size() == 1
                    ? shown.get(0)
                    : shown + (s.size() > shown.size() ? " (+" + (s.size() - shown.size()) + ")" : "");
        }
        double[] n = numbers();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(maxElements, n.length); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            double v = n[i];
            sb.append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString((float) v));
        }
        if (n.length > maxElements) {
            sb.append(", ... (").append(n.length).append(" values)");
        }
        return n.length == 1 ? sb.toString() : "[" + sb + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof C3dParameter p && name.equals(p.name) && description.equals(p.description) && locked == p.locked
                && Arrays.equals(dimensions, p.dimensions) && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, locked, Arrays.hashCode(dimensions), values);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(dimensions) + " " + type() + " = " + valueSummary(8);
    }
}
