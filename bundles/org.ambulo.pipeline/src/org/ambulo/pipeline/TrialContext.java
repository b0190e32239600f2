package org.ambulo.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.ambulo.c3d.C3dFile;

/**
 * What is known about one trial while a method runs: the file it came from and the results the processors have
 * added, each with the processor that made it. Immutable: a processor returns a new context.
 */
public final class TrialContext {

    private final C3dFile source;
    private final Map<ResultKey<?>, Object> results;
    private final Map<ResultKey<?>, String> producers;

    private TrialContext(C3dFile source, Map<ResultKey<?>, Object> results, Map<ResultKey<?>, String> producers) {
        this.source = source;
        this.results = results;
        this.producers = producers;
    }

    public static TrialContext of(C3dFile source) {
        return new TrialContext(Objects.requireNonNull(source, "source"), Map.of(), Map.of());
    }

    /** The trial as read from its file. */
    public C3dFile source() {
        return source;
    }

    public <T> Optional<T> get(ResultKey<T> key) {
        return Optional.ofNullable(results.get(key)).map(key.type()::cast);
    }

    /** The result, or a {@link ProcessingException} naming the trial and the missing step. */
    public <T> T require(ResultKey<T> key, String neededBy) throws ProcessingException {
        return get(key).orElseThrow(() -> new ProcessingException(source.sourceName(), neededBy,
                "needs '" + key.name() + "', which no earlier step of the method produced"));
    }

    /** Which processor produced a result, for provenance. */
    public Optional<String> producerOf(ResultKey<?> key) {
        return Optional.ofNullable(producers.get(key));
    }

    public List<ResultKey<?>> keys() {
        return List.copyOf(results.keySet());
    }

    /** A new context with {@code value} under {@code key}, produced by {@code processorId}; replaces an earlier value. */
    public <T> TrialContext with(ResultKey<T> key, T value, String processorId) {
        Map<ResultKey<?>, Object> newResults = new LinkedHashMap<>(results);
        newResults.put(key, key.type().cast(Objects.requireNonNull(value, "value")));
        Map<ResultKey<?>, String> newProducers = new LinkedHashMap<>(producers);
        newProducers.put(key, processorId);
        return new TrialContext(source, Collections.unmodifiableMap(newResults), Collections.unmodifiableMap(newProducers));
    }
}
