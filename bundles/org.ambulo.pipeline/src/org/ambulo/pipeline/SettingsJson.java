package org.ambulo.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Settings records to JSON and back, by reflection over the record components. Supported component types: String,
 * int/long/short/byte, double/float (NaN and infinities as the strings {@code "NaN"}, {@code "Infinity"},
 * {@code "-Infinity"}), boolean, enums (by constant name), {@code Optional<T>}, {@code OptionalDouble/Int/Long}
 * (empty = {@code null}), {@code List<T>}, {@code Map<String, T>} (written with sorted keys) and nested records;
 * boxed types like their primitives.
 * <p>
 * Reading is strict: unknown fields are refused (a typo would otherwise silently fall back to a default); a missing
 * field takes the value of the given defaults (for nested records, the nested default).
 */
public final class SettingsJson {

    private SettingsJson() {
    }

    /** All components of {@code settings} as a JSON object, in declaration order. */
    public static Json.JsonObject toJson(Record settings) {
        return (Json.JsonObject) write(settings, settings.getClass(), settings.getClass().getSimpleName());
    }

    /**
     * Only the top-level components whose JSON differs from {@code defaults}: what a method file needs to say.
     */
    public static Json.JsonObject difference(Record settings, Record defaults) {
        Json.JsonObject full = toJson(settings);
        Json.JsonObject base = toJson(defaults);
        Map<String, Json> changed = new LinkedHashMap<>();
        full.members().forEach((name, value) -> {
            if (!value.equals(base.members().get(name))) {
                changed.put(name, value);
            }
        });
        return new Json.JsonObject(changed);
    }

    /**
     * Reads settings of {@code type}; fields absent from {@code json} take their value from {@code defaults}.
     *
     * @throws SettingsException
     *             naming the field, the bad value and what was expected
     */
    public static <S extends Record> S fromJson(Json.JsonObject json, Class<S> type, S defaults) throws SettingsException {
        try {
            return type.cast(readRecord(json, type, defaults, ""));
        } catch (IllegalArgumentException e) {
            // A settings record with a component type this format cannot hold: a programming error, reported plainly.
            throw new SettingsException("", e.getMessage(), e);
        }
    }

    // ---- writing

    private static Json write(Object value, Type type, String path) {
        Class<?> raw = rawClass(type);
        if (value == null) {
            throw new IllegalArgumentException(path + ": null is not a settings value (use Optional)");
        }
        if (raw == String.class) {
            return new Json.JsonString((String) value);
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return writeDouble(((Number) value).doubleValue());
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
                || raw == Short.class || raw == byte.class || raw == Byte.class) {
            return Json.JsonNumber.of(((Number) value).longValue());
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new Json.JsonBoolean((Boolean) value);
        }
        if (raw.isEnum()) {
            return new Json.JsonString(((Enum<?>) value).name());
        }
        if (raw == OptionalDouble.class) {
            OptionalDouble optional = (OptionalDouble) value;
            return optional.isPresent() ? writeDouble(optional.getAsDouble()) : new Json.JsonNull();
        }
        if (raw == OptionalInt.class) {
            OptionalInt optional = (OptionalInt) value;
            return optional.isPresent() ? Json.JsonNumber.of(optional.getAsInt()) : new Json.JsonNull();
        }
        if (raw == OptionalLong.class) {
            OptionalLong optional = (OptionalLong) value;
            return optional.isPresent() ? Json.JsonNumber.of(optional.getAsLong()) : new Json.JsonNull();
        }
        if (raw == Optional.class) {
            Optional<?> optional = (Optional<?>) value;
            return optional.isPresent() ? write(optional.get(), typeArgument(type, 0, path), path) : new Json.JsonNull();
        }
        if (raw == List.class) {
            List<Json> elements = new ArrayList<>();
            Type elementType = typeArgument(type, 0, path);
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                elements.add(write(list.get(i), elementType, path + "[" + i + "]"));
            }
            return new Json.JsonArray(elements);
        }
        if (raw == Map.class) {
            requireStringKeys(type, path);
            Type valueType = typeArgument(type, 1, path);
            Map<String, Json> members = new LinkedHashMap<>();
            // Sorted keys: Map.copyOf iterates in no fixed order, and the same settings must give the same bytes.
            new TreeMap<>((Map<?, ?>) value).forEach((key, element) -> members.put((String) key,
                    write(element, valueType, path + "." + key)));
            return new Json.JsonObject(members);
        }
        if (raw.isRecord()) {
            Map<String, Json> members = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                String componentPath = join(path, component.getName());
                members.put(component.getName(), write(accessor(component, value, componentPath), component.getGenericType(),
                        componentPath));
            }
            return new Json.JsonObject(members);
        }
        throw new IllegalArgumentException(path + ": type " + type.getTypeName() + " is not supported in settings");
    }

    private static Json writeDouble(double value) {
        if (Double.isNaN(value)) {
            return new Json.JsonString("NaN");
        }
        if (Double.isInfinite(value)) {
            return new Json.JsonString(value > 0 ? "Infinity" : "-Infinity");
        }
        return Json.JsonNumber.of(value);
    }

    private static Object accessor(RecordComponent component, Object record, String path) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException(path + ": cannot read the component: " + e, e);
        }
    }

    // ---- reading

    private static Object readRecord(Json json, Class<?> type, Object defaults, String path) throws SettingsException {
        if (!(json instanceof Json.JsonObject object)) {
            throw new SettingsException(path, "expected an object of " + type.getSimpleName() + ", found " + Json.describe(json));
        }
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        for (String name : object.members().keySet()) {
            if (!names.contains(name)) {
                throw new SettingsException(join(path, name), "unknown field of " + type.getSimpleName() + "; known fields: "
                        + String.join(", ", names));
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String componentPath = join(path, component.getName());
            parameterTypes[i] = component.getType();
            Optional<Json> given = object.get(component.getName());
            if (given.isPresent()) {
                Object nestedDefault = defaults == null ? null : accessor(component, defaults, componentPath);
                values[i] = read(given.get(), component.getGenericType(), nestedDefault, componentPath);
            } else if (defaults != null) {
                values[i] = accessor(component, defaults, componentPath);
            } else {
                values[i] = emptyValue(component.getType()).orElseThrow(() -> new SettingsException(componentPath,
                        "missing, and " + type.getSimpleName() + " has no default here"));
            }
        }
        try {
            var constructor = type.getDeclaredConstructor(parameterTypes);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            // The record's own checks (ranges, consistency) speak for themselves.
            Throwable cause = e.getCause();
            throw new SettingsException(path, "refused by " + type.getSimpleName() + ": " + cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new SettingsException(path, "cannot create " + type.getSimpleName() + ": " + e, e);
        }
    }

    private static Optional<Object> emptyValue(Class<?> type) {
        if (type == Optional.class) {
            return Optional.of(Optional.empty());
        }
        if (type == OptionalDouble.class) {
            return Optional.of(OptionalDouble.empty());
        }
        if (type == OptionalInt.class) {
            return Optional.of(OptionalInt.empty());
        }
        if (type == OptionalLong.class) {
            return Optional.of(OptionalLong.empty());
        }
        return Optional.empty();
    }

    private static Object read(Json json, Type type, Object defaultValue, String path) throws SettingsException {
        Class<?> raw = rawClass(type);
        if (json instanceof Json.JsonNull && emptyValue(raw).isPresent()) {
            return emptyValue(raw).get();
        }
        if (json instanceof Json.JsonNull) {
            throw new SettingsException(path, "null is not allowed here, expected " + expected(raw));
        }
        if (raw == String.class) {
            if (json instanceof Json.JsonString string) {
                return string.value();
            }
            throw mismatch(path, json, raw);
        }
        if (raw == double.class || raw == Double.class) {
            return readDouble(json, path);
        }
        if (raw == float.class || raw == Float.class) {
            return (float) readDouble(json, path);
        }
        if (raw == int.class || raw == Integer.class) {
            return (int) readInteger(json, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (raw == long.class || raw == Long.class) {
            return readInteger(json, path, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (raw == short.class || raw == Short.class) {
            return (short) readInteger(json, path, Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (raw == byte.class || raw == Byte.class) {
            return (byte) readInteger(json, path, Byte.MIN_VALUE, Byte.MAX_VALUE);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (json instanceof Json.JsonBoolean bool) {
                return bool.value();
            }
            throw mismatch(path, json, raw);
        }
        if (raw.isEnum()) {
            return readEnum(json, raw, path);
        }
        if (raw == OptionalDouble.class) {
            return OptionalDouble.of(readDouble(json, path));
        }
        if (raw == OptionalInt.class) {
            return OptionalInt.of((int) readInteger(json, path, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (raw == OptionalLong.class) {
            return OptionalLong.of(readInteger(json, path, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (raw == Optional.class) {
            Object inner = defaultValue instanceof Optional<?> optional ? optional.orElse(null) : null;
            return Optional.of(read(json, typeArgument(type, 0, path), inner, path));
        }
        if (raw == List.class) {
            if (!(json instanceof Json.JsonArray array)) {
                throw mismatch(path, json, raw);
            }
            Type elementType = typeArgument(type, 0, path);
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < array.elements().size(); i++) {
                elements.add(read(array.elements().get(i), elementType, null, path + "[" + i + "]"));
            }
            return List.copyOf(elements);
        }
        if (raw == Map.class) {
            if (!(json instanceof Json.JsonObject object)) {
                throw mismatch(path, json, raw);
            }
            requireStringKeys(type, path);
            Type valueType = typeArgument(type, 1, path);
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, Json> member : object.members().entrySet()) {
                map.put(member.getKey(), read(member.getValue(), valueType, null, path + "." + member.getKey()));
            }
            return Map.copyOf(map);
        }
        if (raw.isRecord()) {
            return readRecord(json, raw, defaultValue, path);
        }
        throw new SettingsException(path, "type " + type.getTypeName() + " is not supported in settings");
    }

    private static double readDouble(Json json, String path) throws SettingsException {
        if (json instanceof Json.JsonNumber number) {
            return number.asDouble();
        }
        if (json instanceof Json.JsonString string) {
            switch (string.value()) {
                case "NaN" :
                    return Double.NaN;
                case "Infinity" :
                    return Double.POSITIVE_INFINITY;
                case "-Infinity" :
                    return Double.NEGATIVE_INFINITY;
                default :
                    break;
            }
        }
        throw new SettingsException(path, "expected a number (or \"NaN\", \"Infinity\", \"-Infinity\"), found " + Json.describe(json));
    }

    private static long readInteger(Json json, String path, long min, long max) throws SettingsException {
        if (!(json instanceof Json.JsonNumber number)) {
            throw new SettingsException(path, "expected a whole number, found " + Json.describe(json));
        }
        BigDecimal value = new BigDecimal(number.text());
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new SettingsException(path, "expected a whole number, found " + number.text());
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new SettingsException(path, number.text() + " is out of range " + min + ".." + max);
        }
        return value.longValueExact();
    }

    private static Object readEnum(Json json, Class<?> type, String path) throws SettingsException {
        Object[] constants = type.getEnumConstants();
        if (json instanceof Json.JsonString string) {
            for (Object constant : constants) {
                if (((Enum<?>) constant).name().equals(string.value())) {
                    return constant;
                }
            }
        }
        throw new SettingsException(path, "expected one of " + Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList()
                + ", found " + Json.describe(json));
    }

    private static SettingsException mismatch(String path, Json json, Class<?> raw) {
        return new SettingsException(path, "expected " + expected(raw) + ", found " + Json.describe(json));
    }

    private static String expected(Class<?> raw) {
        if (raw == String.class || raw.isEnum()) {
            return "a string";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        if (raw == List.class) {
            return "an array";
        }
        if (raw == Map.class || raw.isRecord()) {
            return "an object";
        }
        return "a " + raw.getSimpleName();
    }

    // ---- types

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index, String path) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            Type argument = p.getActualTypeArguments()[index];
            if (argument instanceof Class<?> || argument instanceof ParameterizedType) {
                return argument;
            }
        }
        throw new IllegalArgumentException(path + ": type " + type.getTypeName() + " needs concrete type arguments in settings");
    }

    private static void requireStringKeys(Type type, String path) {
        if (!(type instanceof ParameterizedType p) || p.getActualTypeArguments()[0] != String.class) {
            throw new IllegalArgumentException(path + ": only maps with String keys are supported in settings, found "
                    + type.getTypeName());
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
