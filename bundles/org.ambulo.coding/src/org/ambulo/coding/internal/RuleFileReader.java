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

    private RuleFileReader(String origin) {
        this.origin = origin;
    }

    public static CodingRules read(String text, String origin) {
        return new RuleFileReader(origin).rules(Json.parse(text, origin));
    }

    private CodingRules rules(Json.Node root) {
        Json.Obj top = object(root, "(top level)", TOP);
        String format = string(top, "format", "format");
        if (!format.equals(CodingRules.FORMAT)) {
            throw fail(top.fields().get("format"), "format", "unsupported format '" + format + "', expected '" + CodingRules.FORMAT + "'");
        }
        List<String> notes = top.fields().containsKey("notes") ? strings(top.fields().get("notes"), "notes") : List.of();
        List<CodeRule> codes = list(top, "codes", this::codeRule);
        Set<String> codeNames = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!codeNames.add(codes.get(i).code())) {
                throw fail(array(top, "codes").items().get(i), "codes[" + i + "].code",
                        "code " + codes.get(i).code() + " is defined twice");
            }
        }
        for (int i = 0; i < codes.size(); i++) {
            for (String replaced : codes.get(i).replaces()) {
                if (!codeNames.contains(replaced) || replaced.equals(codes.get(i).code())) {
                    throw fail(array(top, "codes").items().get(i), "codes[" + i + "].replaces",
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
        T read(Json.Node node, String path);
    }

    private <T> List<T> list(Json.Obj top, String field, ItemReader<T> reader) {
        Json.Arr arr = array(top, field);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < arr.items().size(); i++) {
            out.add(reader.read(arr.items().get(i), field + "[" + i + "]"));
        }
        return out;
    }

    private CodeRule codeRule(Json.Node node, String path) {
        Json.Obj o = object(node, path, CODE);
        String code = string(o, "code", path + ".code");
        if (CodeRange.parse(code).filter(r -> r.first().equals(r.last())).isEmpty()) {
            throw fail(o.fields().get("code"), path + ".code", "'" + code + "' is not a single procedure code");
        }
        UnitBasis units = named(o, "units", path + ".units", UnitBasis::fromRuleName, UnitBasis.values(), UnitBasis::ruleName);
        Optional<EmgKind> muscles = o.fields().containsKey("muscles")
                ? Optional.of(named(o, "muscles", path + ".muscles", EmgKind::fromRuleName, EmgKind.values(), EmgKind::ruleName))
                : Optional.empty();
        OptionalInt max = OptionalInt.empty();
        if (o.fields().containsKey("maxMuscles")) {
            max = OptionalInt.of(positiveInt(o.fields().get("maxMuscles"), path + ".maxMuscles"));
        }
        if (muscles.isEmpty() && (units == UnitBasis.PER_MUSCLE || max.isPresent())) {
            throw fail(o, path + ".muscles", "needed when units is perMuscle or maxMuscles is given (which muscle list?)");
        }
        List<String> replaces = o.fields().containsKey("replaces") ? strings(o.fields().get("replaces"), path + ".replaces") : List.of();
        return new CodeRule(code, string(o, "description", path + ".description"), facts(o, path), units, muscles, max,
                replaces, optionalString(o, "interpretation", path + ".interpretation"));
    }

    private ModifierRule modifierRule(Json.Node node, String path) {
        Json.Obj o = object(node, path, MODIFIER);
        SessionStatus.Kind status = named(o, "status", path + ".status", SessionStatus.Kind::fromRuleName,
                SessionStatus.Kind.values(), SessionStatus.Kind::ruleName);
        if (status == SessionStatus.Kind.COMPLETE) {
            throw fail(o.fields().get("status"), path + ".status", "a complete session takes no modifier");
        }
        return new ModifierRule(status, string(o, "modifier", path + ".modifier"),
                string(o, "description", path + ".description"), ranges(o, "appliesTo", path + ".appliesTo"),
                optionalString(o, "interpretation", path + ".interpretation"));
    }

    private CheckRule checkRule(Json.Node node, String path) {
        Json.Obj o = object(node, path, CHECK);
        return new CheckRule(string(o, "id", path + ".id"), string(o, "title", path + ".title"), facts(o, path),
                string(o, "missingMessage", path + ".missingMessage"));
    }

    private ConflictRule conflictRule(Json.Node node, String path) {
        Json.Obj o = object(node, path, CONFLICT);
        return new ConflictRule(string(o, "id", path + ".id"), ranges(o, "otherCodes", path + ".otherCodes"),
                ranges(o, "proposedCodes", path + ".proposedCodes"), string(o, "message", path + ".message"));
    }

    private List<SessionFact> facts(Json.Obj o, String path) {
        String field = path + ".requiresAll";
        Json.Node node = required(o, "requiresAll", field);
        List<String> names = strings(node, field);
        List<SessionFact> facts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Json.Node item = ((Json.Arr) node).items().get(i);
            facts.add(SessionFact.fromRuleName(name).orElseThrow(() -> fail(item, field,
                    "unknown fact '" + name + "' (known: " + known(SessionFact.values(), SessionFact::ruleName) + ")")));
        }
        if (facts.isEmpty()) {
            throw fail(node, field, "must name at least one fact");
        }
        return facts;
    }

    private List<CodeRange> ranges(Json.Obj o, String key, String field) {
        Json.Node node = required(o, key, field);
        List<String> texts = strings(node, field);
        List<CodeRange> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            Json.Node item = ((Json.Arr) node).items().get(i);
            out.add(CodeRange.parse(t).orElseThrow(() -> fail(item, field,
                    "'" + t + "' is not a code or range of equal-length codes like 95860-95875")));
        }
        if (out.isEmpty()) {
            throw fail(node, field, "must name at least one code or range");
        }
        return out;
    }

    private <E> E named(Json.Obj o, String key, String field, Function<String, Optional<E>> lookup, E[] values,
            Function<E, String> ruleName) {
        String name = string(o, key, field);
        return lookup.apply(name).orElseThrow(() -> fail(o.fields().get(key), field,
                "unknown value '" + name + "' (known: " + known(values, ruleName) + ")"));
    }

    private static <E> String known(E[] values, Function<E, String> ruleName) {
        return String.join(", ", java.util.Arrays.stream(values).map(ruleName).toList());
    }

    private int positiveInt(Json.Node node, String field) {
        if (node instanceof Json.Num n && n.text().matches("[1-9][0-9]{0,8}")) {
            return Integer.parseInt(n.text());
        }
        throw fail(node, field, "expected a whole number >= 1, found " + describe(node));
    }

    private Json.Obj object(Json.Node node, String path, Set<String> allowed) {
        if (!(node instanceof Json.Obj o)) {
            throw fail(node, path, "expected an object, found " + describe(node));
        }
        for (var e : o.fields().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String where = path.equals("(top level)") ? e.getKey() : path + "." + e.getKey();
                throw fail(e.getValue(), where, "unknown field (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        return o;
    }

    private Json.Arr array(Json.Obj o, String key) {
        Json.Node node = required(o, key, key);
        if (node instanceof Json.Arr a) {
            return a;
        }
        throw fail(node, key, "expected an array, found " + describe(node));
    }

    private List<String> strings(Json.Node node, String field) {
        if (!(node instanceof Json.Arr a)) {
            throw fail(node, field, "expected an array of strings, found " + describe(node));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            Json.Node item = a.items().get(i);
            if (!(item instanceof Json.Str s) || s.value().isBlank()) {
                throw fail(item, field + "[" + i + "]", "expected a non-empty string, found " + describe(item));
            }
            out.add(s.value().trim());
        }
        return out;
    }

    private String string(Json.Obj o, String key, String field) {
        Json.Node node = required(o, key, field);
        if (node instanceof Json.Str s && !s.value().isBlank()) {
            return s.value().trim();
        }
        throw fail(node, field, "expected a non-empty string, found " + describe(node));
    }

    private String optionalString(Json.Obj o, String key, String field) {
        return o.fields().containsKey(key) ? string(o, key, field) : "";
    }

    private Json.Node required(Json.Obj o, String key, String field) {
        Json.Node node = o.fields().get(key);
        if (node == null) {
            throw fail(o, field, "required field is missing (object starting here)");
        }
        return node;
    }

    private static String describe(Json.Node node) {
        return switch (node) {
            case Json.Str s -> "string \"" + s.value() + "\"";
            case Json.Num n -> "number " + n.text();
            case Json.Bool b -> "boolean " + b.value();
            default -> node.typeName();
        };
    }

    private CodingRulesException fail(Json.Node node, String field, String problem) {
        return new CodingRulesException(origin, node == null ? 0 : node.line(), field, problem);
    }
}
