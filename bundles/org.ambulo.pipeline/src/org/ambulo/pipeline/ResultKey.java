package org.ambulo.pipeline;

import java.util.Objects;

/**
 * Names a result that processors put into a {@link TrialContext} and others read, with its type, so that a lookup
 * is type-safe. Each bundle declares the keys of what it produces.
 *
 * @param name
 *            stable, unique name, e.g. {@code org.ambulo.forceplate.reactions}
 * @param type
 *            the class of the value
 */
public record ResultKey<T>(String name, Class<T> type) {

    public ResultKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static <T> ResultKey<T> of(String name, Class<T> type) {
        return new ResultKey<>(name, type);
    }
}
