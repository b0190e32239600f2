package org.ambulo.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * An analysis method: the ordered steps run on each (dynamic) trial, and optionally steps run once on the session's
 * static trial whose named results are handed to every dynamic trial (the CGM calibration is the case in point).
 * Saved as JSON by {@link MethodJson}; a step's settings hold only what differs from the processor's defaults.
 *
 * @param id
 *            stable id, e.g. {@code org.ambulo.method.full}
 * @param version
 *            version of the method; a lab changing a setting makes a new version
 * @param description
 *            one line for people choosing a method
 * @param staticSteps
 *            run on the static trial, in order; empty when the method needs no static trial
 * @param carriedResults
 *            names of {@link ResultKey}s produced on the static trial that each dynamic trial starts with
 * @param steps
 *            run on each dynamic trial, in order
 */
public record Method(String id, String version, String description, List<Step> staticSteps, List<String> carriedResults,
        List<Step> steps) {

    public Method {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        staticSteps = List.copyOf(staticSteps);
        carriedResults = List.copyOf(carriedResults);
        steps = List.copyOf(steps);
    }

    /** A method without a static section. */
    public Method(String id, String version, String description, List<Step> steps) {
        this(id, version, description, List.of(), List.of(), steps);
    }

    /**
     * One step: a processor by id and the settings that differ from its defaults.
     *
     * @param processorId
     *            {@link Processor#id()}
     * @param settings
     *            JSON object of settings fields; absent fields take the processor's default
     */
    public record Step(String processorId, Json.JsonObject settings) {

        public Step {
            Objects.requireNonNull(processorId, "processorId");
            Objects.requireNonNull(settings, "settings");
        }

        /** A step with the processor's default settings. */
        public static Step of(String processorId) {
            return new Step(processorId, Json.JsonObject.empty());
        }

        /** A step with {@code settings}, saving only what differs from {@code processor}'s defaults. */
        public static <S extends Record> Step of(Processor<S> processor, S settings) {
            return new Step(processor.id(), SettingsJson.difference(settings, processor.defaultSettings()));
        }
    }

    /** Which list of a method a step belongs to; used in messages and provenance. */
    public enum Section {
        /** {@link Method#staticSteps()}. */
        STATIC,
        /** {@link Method#steps()}. */
        DYNAMIC;

        public String label() {
            return this == STATIC ? "static step" : "step";
        }
    }
}
