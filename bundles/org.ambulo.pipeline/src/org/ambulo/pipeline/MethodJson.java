package org.ambulo.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes methods. The format (UTF-8 JSON):
 *
 * <pre>
 * {
 *   "format": "ambulo-method",          // required, exactly this
 *   "formatVersion": 1,                 // required; newer versions are refused with a clear message
 *   "id": "org.ambulo.method.full",     // required
 *   "version": "1",                     // required, a string
 *   "description": "...",               // optional, default ""
 *   "static": {                         // optional: steps run once on the static trial
 *     "steps": [ { "processor": "org.ambulo.cgm.calibration" } ],
 *     "carry": [ "org.ambulo.cgm.calibration" ]   // result names handed to every dynamic trial
 *   },
 *   "steps": [                          // required: run on each dynamic trial, in order
 *     { "processor": "org.ambulo.signal.markers.lowpass", "settings": { "cutoffHz": 8.0 } }
 *   ]
 * }
 * </pre>
 *
 * A step's {@code settings} object is optional and holds only fields that differ from the processor's defaults (see
 * {@link SettingsJson} for the value forms). Unknown members anywhere are refused. Reading checks the structure only;
 * {@link MethodValidation} checks processor ids and settings against the installed processors.
 */
public final class MethodJson {

    public static final String FORMAT = "ambulo-method";
    public static final int FORMAT_VERSION = 1;

    private MethodJson() {
    }

    public static Method read(Path file) throws IOException, MethodException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /** @param sourceName file name or other label, for messages */
    public static Method read(String text, String sourceName) throws MethodException {
        Json document;
        try {
            document = Json.parse(text);
        } catch (JsonException e) {
            throw new MethodException(sourceName, "not valid JSON: " + e.getMessage(), e);
        }
        try {
            return method(document);
        } catch (JsonException e) {
            throw new MethodException(sourceName, e.getMessage(), e);
        }
    }

    public static String write(Method method) {
        Map<String, Json> members = new LinkedHashMap<>();
        members.put("format", new Json.JsonString(FORMAT));
        members.put("formatVersion", Json.JsonNumber.of(FORMAT_VERSION));
        members.put("id", new Json.JsonString(method.id()));
        members.put("version", new Json.JsonString(method.version()));
        members.put("description", new Json.JsonString(method.description()));
        if (!method.staticSteps().isEmpty() || !method.carriedResults().isEmpty()) {
            Map<String, Json> staticSection = new LinkedHashMap<>();
            staticSection.put("steps", steps(method.staticSteps()));
            staticSection.put("carry", new Json.JsonArray(method.carriedResults().stream().<Json>map(Json.JsonString::new).toList()));
            members.put("static", new Json.JsonObject(staticSection));
        }
        members.put("steps", steps(method.steps()));
        return Json.write(new Json.JsonObject(members));
    }

    private static Json.JsonArray steps(List<Method.Step> steps) {
        List<Json> elements = new ArrayList<>();
        for (Method.Step step : steps) {
            Map<String, Json> members = new LinkedHashMap<>();
            members.put("processor", new Json.JsonString(step.processorId()));
            if (!step.settings().members().isEmpty()) {
                members.put("settings", step.settings());
            }
            elements.add(new Json.JsonObject(members));
        }
        return new Json.JsonArray(elements);
    }

    private static Method method(Json document) throws JsonException {
        Json.JsonObject root = object(document, "the document");
        only(root, "the document", Set.of("format", "formatVersion", "id", "version", "description", "static", "steps"));
        String format = string(root, "format", "the document");
        if (!format.equals(FORMAT)) {
            throw new JsonException("\"format\" is \"" + format + "\", expected \"" + FORMAT + "\"");
        }
        Json version = required(root, "formatVersion", "the document");
        if (!(version instanceof Json.JsonNumber number) || !number.text().matches("[0-9]+")) {
            throw new JsonException("\"formatVersion\" must be a whole number, found " + Json.describe(version));
        }
        if (!number.text().equals(Integer.toString(FORMAT_VERSION))) {
            throw new JsonException("formatVersion " + number.text() + " is not supported; this Ambulo reads formatVersion "
                    + FORMAT_VERSION + " (a newer Ambulo wrote the file?)");
        }
        String id = string(root, "id", "the document");
        String methodVersion = string(root, "version", "the document");
        String description = root.get("description").isPresent() ? string(root, "description", "the document") : "";
        List<Method.Step> staticSteps = List.of();
        List<String> carry = List.of();
        if (root.get("static").isPresent()) {
            Json.JsonObject staticSection = object(root.get("static").get(), "\"static\"");
            only(staticSection, "\"static\"", Set.of("steps", "carry"));
            staticSteps = steps(required(staticSection, "steps", "\"static\""), "\"static\".\"steps\"");
            carry = new ArrayList<>();
            Json carried = staticSection.get("carry").orElse(new Json.JsonArray(List.of()));
            if (!(carried instanceof Json.JsonArray array)) {
                throw new JsonException("\"static\".\"carry\" must be an array of result names");
            }
            for (Json element : array.elements()) {
                if (!(element instanceof Json.JsonString name) || name.value().isBlank()) {
                    throw new JsonException("\"static\".\"carry\" must hold result names, found " + Json.describe(element));
                }
                carry.add(name.value());
            }
        }
        List<Method.Step> steps = steps(required(root, "steps", "the document"), "\"steps\"");
        return new Method(id, methodVersion, description, staticSteps, carry, steps);
    }

    private static List<Method.Step> steps(Json json, String where) throws JsonException {
        if (!(json instanceof Json.JsonArray array)) {
            throw new JsonException(where + " must be an array of steps, found " + Json.describe(json));
        }
        List<Method.Step> steps = new ArrayList<>();
        for (int i = 0; i < array.elements().size(); i++) {
            String stepWhere = where + " entry " + (i + 1);
            Json.JsonObject step = object(array.elements().get(i), stepWhere);
            only(step, stepWhere, Set.of("processor", "settings"));
            String processorId = string(step, "processor", stepWhere);
            Json settings = step.get("settings").orElse(Json.JsonObject.empty());
            if (!(settings instanceof Json.JsonObject settingsObject)) {
                throw new JsonException(stepWhere + " (" + processorId + "): \"settings\" must be an object, found "
                        + Json.describe(settings));
            }
            steps.add(new Method.Step(processorId, settingsObject));
        }
        return steps;
    }

    private static Json.JsonObject object(Json json, String where) throws JsonException {
        if (json instanceof Json.JsonObject object) {
            return object;
        }
        throw new JsonException(where + " must be an object, found " + Json.describe(json));
    }

    private static void only(Json.JsonObject object, String where, Set<String> allowed) throws JsonException {
        for (String name : object.members().keySet()) {
            if (!allowed.contains(name)) {
                throw new JsonException(where + " has unknown member \"" + name + "\"; allowed: " + allowed.stream().sorted().toList());
            }
        }
    }

    private static Json required(Json.JsonObject object, String name, String where) throws JsonException {
        return object.get(name).orElseThrow(() -> new JsonException(where + " lacks \"" + name + "\""));
    }

    private static String string(Json.JsonObject object, String name, String where) throws JsonException {
        Json value = required(object, name, where);
        if (value instanceof Json.JsonString string) {
            return string.value();
        }
        throw new JsonException(where + ": \"" + name + "\" must be a string, found " + Json.describe(value));
    }
}
