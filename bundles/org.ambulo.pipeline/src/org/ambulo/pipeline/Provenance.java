package org.ambulo.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a trial's results come from: the input files by content (SHA-256), the method, and per step the processor,
 * its version and the full settings it ran with (defaults included, so that a later change of a default does not
 * change what the record says). Stored in the trial's context under {@link #KEY}.
 *
 * @param ambuloVersion
 *            version of the application that ran the method, as given to the runner
 * @param methodId
 *            {@link Method#id()}
 * @param methodVersion
 *            {@link Method#version()}
 * @param inputs
 *            the dynamic trial, and the static trial when the method has static steps
 * @param steps
 *            the steps that ran, static ones first, in order
 */
public record Provenance(String ambuloVersion, String methodId, String methodVersion, List<InputFile> inputs, List<StepRecord> steps) {

    /** Producer id under which the runner stores the provenance. */
    public static final String PRODUCER = "org.ambulo.pipeline.runner";

    public static final ResultKey<Provenance> KEY = ResultKey.of("org.ambulo.pipeline.provenance", Provenance.class);

    public Provenance {
        Objects.requireNonNull(ambuloVersion, "ambuloVersion");
        Objects.requireNonNull(methodId, "methodId");
        Objects.requireNonNull(methodVersion, "methodVersion");
        inputs = List.copyOf(inputs);
        steps = List.copyOf(steps);
    }

    /** What role an input file played. */
    public enum InputRole {
        DYNAMIC,
        STATIC
    }

    /**
     * @param fileName
     *            name of the file (no directory: the same content from another folder is the same input)
     * @param sizeBytes
     *            file size
     * @param sha256Hex
     *            SHA-256 of the content, lower-case hex
     */
    public record InputFile(InputRole role, String fileName, long sizeBytes, String sha256Hex) {
    }

    /**
     * @param section
     *            static or dynamic step list
     * @param processorId
     *            {@link Processor#id()}
     * @param processorVersion
     *            {@link Processor#version()}
     * @param settings
     *            all settings fields the step ran with, as JSON
     */
    public record StepRecord(Method.Section section, String processorId, String processorVersion, Json.JsonObject settings) {
    }

    /** The record as JSON, e.g. for a report appendix or next to exported results. */
    public Json.JsonObject toJson() {
        Map<String, Json> members = new LinkedHashMap<>();
        members.put("ambuloVersion", new Json.JsonString(ambuloVersion));
        members.put("method",
                new Json.JsonObject(Map.of("id", new Json.JsonString(methodId), "version", new Json.JsonString(methodVersion))));
        List<Json> files = new ArrayList<>();
        for (InputFile input : inputs) {
            Map<String, Json> file = new LinkedHashMap<>();
            file.put("role", new Json.JsonString(input.role().name()));
            file.put("file", new Json.JsonString(input.fileName()));
            file.put("sizeBytes", Json.JsonNumber.of(input.sizeBytes()));
            file.put("sha256", new Json.JsonString(input.sha256Hex()));
            files.add(new Json.JsonObject(file));
        }
        members.put("inputs", new Json.JsonArray(files));
        List<Json> stepList = new ArrayList<>();
        for (StepRecord step : steps) {
            Map<String, Json> record = new LinkedHashMap<>();
            record.put("section", new Json.JsonString(step.section().name()));
            record.put("processor", new Json.JsonString(step.processorId()));
            record.put("version", new Json.JsonString(step.processorVersion()));
            record.put("settings", step.settings());
            stepList.add(new Json.JsonObject(record));
        }
        members.put("steps", new Json.JsonArray(stepList));
        return new Json.JsonObject(members);
    }
}
