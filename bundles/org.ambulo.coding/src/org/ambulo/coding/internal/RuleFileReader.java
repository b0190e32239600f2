package org.ambulo.coding.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import org.ambulo.coding.CheckRule;
import org.ambulo.coding.CodeRange;
import org.ambulo.coding.CodeRule;
import org.ambulo.coding.CodingRules;
import org.ambulo.coding.CodingRulesException;
import org.ambulo.coding.ConflictRule;
import org.ambulo.coding.EmgKind;
import org.ambulo.coding.ModifierRule;
import org.ambulo.coding.SessionFact;
import org.ambulo.coding.SessionStatus;
import org.ambulo.coding.UnitBasis;
import org.ambulo.pipeline.Json;
import org.ambulo.pipeline.JsonDocument;
import org.ambulo.pipeline.JsonException;

/**
 * Reads a coding rule file. Format ({@code "format": "ambulo-coding-rules/1"}), a JSON object with:
 * <ul>
 * <li>{@code id, jurisdiction, version, source} (strings, required); {@code notes} (array of strings, optional)</li>
 * <li>{@code codes}: array of {@code {code, description, requiresAll: [fact...], units: "once"|"perMuscle",
 * muscles?: "surface"|"fineWire", maxMuscles?: int >= 1, replaces?: [code...], interpretation?}}</li>
 * <li>{@code modifiers}: array of {@code {status: "reduced"|"discontinued"|"repeatedSamePhysician"|
 * "repeatedOtherPhysician", modifier, description, appliesTo: ["96000-96004", ...], interpretation?}}</li>
 * <li>{@code checks}: array of {@code {id, title, requiresAll: [fact...], missingMessage}}</li>
 * <li>{@code conflicts}: array of {@code {id, otherCodes: [range...], proposedCodes: [range...], message}}</li>
 * </ul>
 * Facts are the {@link SessionFact} rule names. Unknown fields are errors (a misspelt field must not silently drop a
 * rule). Every error names the file, the line and the field path.
 */
public final class RuleFileReader {

    private static final Set<String> TOP = Set.of("format", "id", "jurisdiction", "version", "source", "notes", "codes",
            "modifiers", "checks", "conflicts");
    private static final Set<String> CODE = Set.of("code", "description", "requiresAll", "units", "muscles",
            "maxMuscles", "replaces", "interpretation");
    private static final Set<String> MODIFIER = Set.of("status", "modifier", "description", "appliesTo", "interpretation");
    private static final Set<String> CHECK = Set.of("id", "title", "requiresAll", "missingMessage");
    private static final Set<String> CONFLICT = Set.of("id", "otherCodes", "proposedCodes", "message");

    private final String origin;
    /** The parsed file; it knows the line of every value, for messages about values that parse but are wrong. */
    private final JsonDocument document;

    private RuleFileReader(String origin, JsonDocument document) {
        this.origin = origin;
        this.document = document;
    }

    public static CodingRules read(String text, String origin) {
        JsonDocument document;
        try {
            document = Json.parseWithPositions(text);
        } catch (JsonException e) {
            throw new CodingRulesException(origin, e.line(), "", "JSON syntax, column " + e.column() + ": " + e.problem(), e);
        }
        return new RuleFileReader(origin, document).rules(document.root());
    }

    private CodingRules rules(Json root) {
        Json.JsonObject top = object(root, "(top level)", TOP);
        String format = string(top, "format", "format");
        if (!format.equals(CodingRules.FORMAT)) {
            throw fail(top.members().get("format"), "format", "unsupported format '" + format + "', expected '" + CodingRules.FORMAT + "'");
        }
        List<String> notes = top.members().containsKey("notes") ? strings(top.members().get("notes"), "notes") : List.of();
        List<CodeRule> codes = list(top, "codes", this::codeRule);
        Set<String> codeNames = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!codeNames.add(codes.get(i).code())) {
                throw fail(array(top, "codes").elements().get(i), "codes[" + i + "].code",
                        "code " + codes.get(i).code() + " is defined twice");
            }
        }
        for (int i = 0; i < codes.size(); i++) {
            for (String replaced : codes.get(i).replaces()) {
                if (!codeNames.contains(replaced) || replaced.equals(codes.get(i).code())) {
                    throw fail(array(top, "codes").elements().get(i), "codes[" + i + "].replaces",
                            "replaces '" + replaced + "', which is not another code of this rule file");
                }
            }
        }
        List<ModifierRule> modifiers = list(top, "modifiers", this::modifierRule);
        List<CheckRule> checks = list(top, "checks", this::checkRule);
        List<ConflictRule> conflicts = list(top, "conflicts", this::conflictRule);
        return new CodingRules(string(top, "id", "id"), string(top, "jurisdiction", "jurisdiction"),
                string(top, "version", "version"), string(top, "source", "source"), notes, codes, modifiers, checks,
                conflicts, origin);
    }

    private interface ItemReader<T> {
        T read(Json node, String path);
    }

    private <T> List<T> list(Json.JsonObject top, String field, ItemReader<T> reader) {
        Json.JsonArray arr = array(top, field);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < arr.elements().size(); i++) {
            out.add(reader.read(arr.elements().get(i), field + "[" + i + "]"));
        }
        return out;
    }

    private CodeRule codeRule(Json node, String path) {
        Json.JsonObject o = object(node, path, CODE);
        String code = string(o, "code", path + ".code");
        if (CodeRange.parse(code).filter(r -> r.first().equals(r.last())).isEmpty()) {
            throw fail(o.members().get("code"), path + ".code", "'" + code + "' is not a single procedure code");
        }
        UnitBasis units = named(o, "units", path + ".units", UnitBasis::fromRuleName, UnitBasis.values(), UnitBasis::ruleName);
        Optional<EmgKind> muscles = o.members().containsKey("muscles")
                ? Optional.of(named(o, "muscles", path + ".muscles", EmgKind::fromRuleName, EmgKind.values(), EmgKind::ruleName))
                : Optional.empty();
        OptionalInt max = OptionalInt.empty();
        if (o.members().containsKey("maxMuscles")) {
            max = OptionalInt.of(positiveInt(o.members().get("maxMuscles"), path + ".maxMuscles"));
        }
        if (muscles.isEmpty() && (units == UnitBasis.PER_MUSCLE || max.isPresent())) {
            throw fail(o, path + ".muscles", "needed when units is perMuscle or maxMuscles is given (which muscle list?)");
        }
        List<String> replaces = o.members().containsKey("replaces") ? strings(o.members().get("replaces"), path + ".replaces") : List.of();
        return new CodeRule(code, string(o, "description", path + ".description"), facts(o, path), units, muscles, max,
                replaces, optionalString(o, "interpretation", path + ".interpretation"));
    }

    private ModifierRule modifierRule(Json node, String path) {
        Json.JsonObject o = object(node, path, MODIFIER);
        SessionStatus.Kind status = named(o, "status", path + ".status", SessionStatus.Kind::fromRuleName,
                SessionStatus.Kind.values(), SessionStatus.Kind::ruleName);
        if (status == SessionStatus.Kind.COMPLETE) {
            throw fail(o.members().get("status"), path + ".status", "a complete session takes no modifier");
        }
        return new ModifierRule(status, string(o, "modifier", path + ".modifier"),
                string(o, "description", path + ".description"), ranges(o, "appliesTo", path + ".appliesTo"),
                optionalString(o, "interpretation", path + ".interpretation"));
    }

    private CheckRule checkRule(Json node, String path) {
        Json.JsonObject o = object(node, path, CHECK);
        return new CheckRule(string(o, "id", path + ".id"), string(o, "title", path + ".title"), facts(o, path),
                string(o, "missingMessage", path + ".missingMessage"));
    }

    private ConflictRule conflictRule(Json node, String path) {
        Json.JsonObject o = object(node, path, CONFLICT);
        return new ConflictRule(string(o, "id", path + ".id"), ranges(o, "otherCodes", path + ".otherCodes"),
                ranges(o, "proposedCodes", path + ".proposedCodes"), string(o, "message", path + ".message"));
    }

    private List<SessionFact> facts(Json.JsonObject o, String path) {
        String field = path + ".requiresAll";
        Json node = required(o, "requiresAll", field);
        List<String> names = strings(node, field);
        List<SessionFact> facts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Json item = ((Json.JsonArray) node).elements().get(i);
            facts.add(SessionFact.fromRuleName(name).orElseThrow(() -> fail(item, field,
                    "unknown fact '" + name + "' (known: " + known(SessionFact.values(), SessionFact::ruleName) + ")")));
        }
        if (facts.isEmpty()) {
            throw fail(node, field, "must name at least one fact");
        }
        return facts;
    }

    private List<CodeRange> ranges(Json.JsonObject o, String key, String field) {
        Json node = required(o, key, field);
        List<String> texts = strings(node, field);
        List<CodeRange> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            Json item = ((Json.JsonArray) node).elements().get(i);
            out.add(CodeRange.parse(t).orElseThrow(() -> fail(item, field,
                    "'" + t + "' is not a code or range of equal-length codes like 95860-95875")));
        }
        if (out.isEmpty()) {
            throw fail(node, field, "must name at least one code or range");
        }
        return out;
    }

    private <E> E named(Json.JsonObject o, String key, String field, Function<String, Optional<E>> lookup, E[] values,
            Function<E, String> ruleName) {
        String name = string(o, key, field);
        return lookup.apply(name).orElseThrow(() -> fail(o.members().get(key), field,
                "unknown value '" + name + "' (known: " + known(values, ruleName) + ")"));
    }

    private static <E> String known(E[] values, Function<E, String> ruleName) {
        return String.join(", ", java.util.Arrays.stream(values).map(ruleName).toList());
    }

    private int positiveInt(Json node, String field) {
        if (node instanceof Json.JsonNumber n && n.text().matches("[1-9][0-9]{0,8}")) {
            return Integer.parseInt(n.text());
        }
        throw fail(node, field, "expected a whole number >= 1, found " + describe(node));
    }

    private Json.JsonObject object(Json node, String path, Set<String> allowed) {
        if (!(node instanceof Json.JsonObject o)) {
            throw fail(node, path, "expected an object, found " + describe(node));
        }
        for (var e : o.members().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String where = path.equals("(top level)") ? e.getKey() : path + "." + e.getKey();
                throw fail(e.getValue(), where, "unknown field (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return o;
    }

    private Json.JsonArray array(Json.JsonObject o, String key) {
        Json node = required(o, key, key);
        if (node instanceof Json.JsonArray a) {
            return a;
        }
        throw fail(node, key, "expected an array, found " + describe(node));
    }

    private List<String> strings(Json node, String field) {
        if (!(node instanceof Json.JsonArray a)) {
            throw fail(node, field, "expected an array of strings, found " + describe(node));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.elements().size(); i++) {
            Json item = a.elements().get(i);
            if (!(item instanceof Json.JsonString s) || s.value().isBlank()) {
                throw fail(item, field + "[" + i + "]", "expected a non-empty string, found " + describe(item));
            }
            out.add(s.value().trim());
        }
        return out;
    }

    private String string(Json.JsonObject o, String key, String field) {
        Json node = required(o, key, field);
        if (node instanceof Json.JsonString s && !s.value().isBlank()) {
            return s.value().trim();
        }
        throw fail(node, field, "expected a non-empty string, found " + describe(node));
    }

    private String optionalString(Json.JsonObject o, String key, String field) {
        return o.members().containsKey(key) ? string(o, key, field) : "";
    }

    private Json required(Json.JsonObject o, String key, String field) {
        Json node = o.members().get(key);
        if (node == null) {
            throw fail(o, field, "required field is missing (object starting here)");
        }
        return node;
    }

    private static String describe(Json node) {
        return switch (node) {
            case Json.JsonString s -> "string \"" + s.value() + "\"";
            case Json.JsonNumber n -> "number " + n.text();
            case Json.JsonBoolean b -> "boolean " + b.value();
            case Json.JsonObject o -> "object";
            case Json.JsonArray a -> "array";
            case Json.JsonNull n -> "null";
        };
    }

    private CodingRulesException fail(Json node, String field, String problem) {
        return new CodingRulesException(origin, node == null ? 0 : document.line(node), field, problem);
    }
}
