package org.ambulo.norms.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ambulo.pipeline.Json;
import org.ambulo.pipeline.JsonException;

/**
 * Norm files as plain Java values, read and written with the pipeline's {@link Json}: objects become
 * insertion-ordered maps, arrays lists, numbers doubles, JSON null Java null. The norm format code and the supplier
 * converters check these values and name the dataset, bin and member in their messages.
 */
public final class PlainJson {

    private PlainJson() {
    }

    /** Parses one strict JSON value. @throws IllegalArgumentException naming the line, column and what is wrong */
    public static Object parse(String text) {
        try {
            return plain(Json.parse(text));
        } catch (JsonException e) {
            throw new IllegalArgumentException("JSON: " + e.getMessage(), e);
        }
    }

    private static Object plain(Json value) {
        return switch (value) {
            case Json.JsonObject o -> {
                Map<String, Object> map = new LinkedHashMap<>();
                o.members().forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case Json.JsonArray a -> {
                List<Object> list = new ArrayList<>(a.elements().size());
                for (Json e : a.elements()) {
                    list.add(plain(e));
                }
                yield list;
            }
            case Json.JsonString s -> s.value();
            case Json.JsonNumber n -> n.asDouble();
            case Json.JsonBoolean b -> b.value();
            case Json.JsonNull n -> null;
        };
    }

    /**
     * Writes maps, lists, strings, numbers, booleans, double[] and null with two-space indentation; whole numbers
     * below 1e15 without a fraction ("82", not "82.0"), others in the shortest text that reads back to the same
     * double; finite numbers only.
     */
    public static String write(Object value) {
        return Json.write(tree(value));
    }

    private static Json tree(Object value) {
        if (value == null) {
            return new Json.JsonNull();
        } else if (value instanceof String s) {
            return new Json.JsonString(s);
        } else if (value instanceof Boolean b) {
            return new Json.JsonBoolean(b);
        } else if (value instanceof Number n) {
            return number(n.doubleValue());
        } else if (value instanceof double[] a) {
            List<Json> numbers = new ArrayList<>(a.length);
            for (double v : a) {
                numbers.add(number(v));
            }
            return new Json.JsonArray(numbers);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Json> members = new LinkedHashMap<>();
            map.forEach((k, v) -> members.put(String.valueOf(k), tree(v)));
            return new Json.JsonObject(members);
        } else if (value instanceof List<?> list) {
            List<Json> elements = new ArrayList<>(list.size());
            for (Object e : list) {
                elements.add(tree(e));
            }
            return new Json.JsonArray(elements);
        }
        throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
    }

    private static Json.JsonNumber number(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("JSON has no " + v + "; norm files hold finite numbers only");
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Json.JsonNumber.of((long) v);
        }
        // shortest representation that reads back to the same double
        return new Json.JsonNumber(Double.toString(v).toLowerCase(Locale.ROOT));
    }
}
