package org.ambulo.store.internal.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dParameters;
import org.ambulo.c3d.ParameterType;

/**
 * The subject names a C3D file holds and the alias that replaces each. Names are collected from every place the
 * shared real files were seen to keep them (see {@link C3dDeidentifier}): SUBJECTS:NAMES and LABEL_PREFIXES,
 * EVENT:SUBJECTS, ANALYSIS:SUBJECTS (FunctionalWalk.c3d has an empty SUBJECTS:NAMES but a real name in
 * EVENT:SUBJECTS), and identity parameters of vendor groups (SUBJECT:NAME, PROCESSING:FIRST NAME/LAST NAME/PATIENT ID,
 * EXPERIMENT:SUBJECT).
 */
final class SubjectNames {

    /** Normalised parameter names (blanks as underscores) whose value is a person's name or id. */
    static final List<String> IDENTITY_PARAMETERS = List.of("NAME", "FIRST_NAME", "LAST_NAME", "SURNAME", "GIVEN_NAME",
            "PATIENT_NAME", "SUBJECT_NAME", "PATIENT", "SUBJECT", "PATIENT_ID", "SUBJECT_ID", "ID");

    /** Groups whose parameter names are structural; identity/removal rules by parameter name do not apply in them. */
    static final List<String> STRUCTURAL_GROUPS = List.of("POINT", "ANALOG", "FORCE_PLATFORM", "EVENT", "EVENT_CONTEXT",
            "ANALYSIS", "SUBJECTS");

    /** Below this length a name is only replaced as a whole word ("LS" must not turn LABELS into garbage). */
    static final int MIN_SUBSTRING_LENGTH = 3;

    private final Map<String, String> aliasByLowerName = new LinkedHashMap<>();
    private final List<Pattern> patterns = new ArrayList<>();
    private final List<String> patternAliases = new ArrayList<>();
    private final List<String> sortedNames = new ArrayList<>();
    private final String pseudonym;

    private SubjectNames(String pseudonym) {
        this.pseudonym = pseudonym;
    }

    static SubjectNames of(C3dParameters parameters, String pseudonym) {
        SubjectNames names = new SubjectNames(pseudonym);
        List<String> subjects = parameters.strings("SUBJECTS", "NAMES").stream().filter(s -> !s.isBlank()).toList();
        for (int i = 0; i < subjects.size(); i++) {
            names.add(subjects.get(i), subjects.size() == 1 ? pseudonym : pseudonym + "_" + (i + 1));
        }
        List<String> prefixes = parameters.strings("SUBJECTS", "LABEL_PREFIXES");
        for (int i = 0; i < prefixes.size(); i++) {
            String name = stripColon(prefixes.get(i));
            if (!name.isBlank()) {
                names.add(name, i < subjects.size() && subjects.size() > 1 ? pseudonym + "_" + (i + 1) : pseudonym);
            }
        }
        for (String group : List.of("EVENT", "ANALYSIS")) {
            parameters.strings(group, "SUBJECTS").forEach(s -> names.add(s, pseudonym));
        }
        for (C3dGroup g : parameters.groups()) {
            if (STRUCTURAL_GROUPS.contains(normalise(g.name()))) {
                continue;
            }
            for (C3dParameter p : g.parameters()) {
                if (p.type() == ParameterType.CHAR && IDENTITY_PARAMETERS.contains(normalise(p.name()))) {
                    p.strings().forEach(s -> names.add(s, pseudonym));
                }
            }
        }
        names.compile();
        return names;
    }

    private static String stripColon(String prefix) {
        String t = prefix.strip();
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private void add(String name, String alias) {
        String t = name.strip();
        if (!t.isEmpty()) {
            aliasByLowerName.putIfAbsent(t.toLowerCase(Locale.ROOT), alias);
        }
    }

    private void compile() {
        List<String> sorted = new ArrayList<>(aliasByLowerName.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // "Matt Smith" before "Matt"
        sortedNames.addAll(sorted);
        for (String name : sorted) {
            String quoted = Pattern.quote(name);
            String regex = name.length() < MIN_SUBSTRING_LENGTH ? "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])" : quoted;
            patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            patternAliases.add(aliasByLowerName.get(name));
        }
    }

    /** The names found, lower case, longest first. */
    List<String> names() {
        return List.copyOf(sortedNames);
    }

    boolean isEmpty() {
        return aliasByLowerName.isEmpty();
    }

    /** True if the whole text (blanks around ignored) is one of the names. */
    boolean isName(String text) {
        return aliasByLowerName.containsKey(text.strip().toLowerCase(Locale.ROOT));
    }

    /** Alias of a whole value that is a name; empty for a blank value. */
    String aliasOf(String value) {
        String t = value.strip();
        if (t.isEmpty()) {
            return value;
        }
        return Optional.ofNullable(aliasByLowerName.get(t.toLowerCase(Locale.ROOT))).orElse(pseudonym);
    }

    /** Every occurrence of a name (case-insensitive) replaced by its alias. */
    String replaceNames(String text) {
        String out = text;
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(out);
            if (m.find()) {
                out = m.replaceAll(Matcher.quoteReplacement(patternAliases.get(i)));
            }
        }
        return out;
    }

    /** True if the text holds a name the way {@link #replaceNames} would find it. */
    boolean containsName(String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** Upper case, blanks and hyphens as underscores: "Date of birth" -> DATE_OF_BIRTH. */
    static String normalise(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
