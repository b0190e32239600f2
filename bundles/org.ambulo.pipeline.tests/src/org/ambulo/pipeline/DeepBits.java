package org.ambulo.pipeline;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Test helper: "bit-identical" for result trees of records, arrays, collections, maps and numbers. */
final class DeepBits {

    private DeepBits() {
    }

    /** Empty when identical; otherwise the path of the first difference. */
    static Optional<String> firstDifference(Object a, Object b, String path) {
        if (a == b) {
            return Optional.empty();
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return Optional.of(path + ": " + a + " vs " + b);
        }
        if (a instanceof Double x) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits((Double) b)
                    ? Optional.empty()
                    : Optional.of(path + ": " + a + " vs " + b);
        }
        if (a instanceof Float x) {
            return Float.floatToRawIntBits(x) == Float.floatToRawIntBits((Float) b)
                    ? Optional.empty()
                    : Optional.of(path + ": " + a + " vs " + b);
        }
        if (a.getClass().isArray()) {
            int length = java.lang.reflect.Array.getLength(a);
            if (length != java.lang.reflect.Array.getLength(b)) {
                return Optional.of(path + ": length " + length + " vs " + java.lang.reflect.Array.getLength(b));
            }
            for (int i = 0; i < length; i++) {
                Optional<String> d = firstDifference(java.lang.reflect.Array.get(a, i), java.lang.reflect.Array.get(b, i),
                        path + "[" + i + "]");
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (a instanceof Record) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    Optional<String> d = firstDifference(component.getAccessor().invoke(a), component.getAccessor().invoke(b),
                            path + "." + component.getName());
                    if (d.isPresent()) {
                        return d;
                    }
                } catch (ReflectiveOperationException e) {
                    return Optional.of(path + "." + component.getName() + ": cannot read: " + e);
                }
            }
            return Optional.empty();
        }
        if (a instanceof Map<?, ?> x) {
            Map<?, ?> y = (Map<?, ?>) b;
            if (!x.keySet().equals(y.keySet())) {
                return Optional.of(path + ": keys " + x.keySet() + " vs " + y.keySet());
            }
            for (Object key : x.keySet()) {
                Optional<String> d = firstDifference(x.get(key), y.get(key), path + "{" + key + "}");
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (a instanceof Collection<?> x) {
            Collection<?> y = (Collection<?>) b;
            if (x.size() != y.size()) {
                return Optional.of(path + ": size " + x.size() + " vs " + y.size());
            }
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            for (int n = 0; i.hasNext(); n++) {
                Optional<String> d = firstDifference(i.next(), j.next(), path + "[" + n + "]");
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (a instanceof Optional<?> x) {
            return firstDifference(x.orElse(null), ((Optional<?>) b).orElse(null), path);
        }
        return a.equals(b) ? Optional.empty() : Optional.of(path + ": " + a + " vs " + b);
    }
}
