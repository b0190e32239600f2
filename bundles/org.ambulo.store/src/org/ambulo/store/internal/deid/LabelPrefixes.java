package org.ambulo.store.internal.deid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ambulo.c3d.C3dParameters;

/**
 * Vicon's subject prefix of point labels ("Jane Doe:LASI"). It is stripped ("LASI"), unless stripping would make two
 * labels equal (two subjects with the same marker names): then each prefix becomes its subject's alias ("P-0042_2:LASI").
 */
final class LabelPrefixes {

    private final List<String> prefixes;
    private final SubjectNames names;
    private final boolean keepPrefixes;

    private LabelPrefixes(List<String> prefixes, SubjectNames names, boolean keepPrefixes) {
        this.prefixes = prefixes;
        this.names = names;
        this.keepPrefixes = keepPrefixes;
    }

    static LabelPrefixes of(C3dParameters parameters, SubjectNames names, List<String> pointLabels) {
        Set<String> all = new HashSet<>();
        for (String p : parameters.strings("SUBJECTS", "LABEL_PREFIXES")) {
            if (!p.isBlank()) {
                all.add(p.strip());
            }
        }
        for (String n : names.names()) {
            all.add(n + ":");
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        LabelPrefixes stripping = new LabelPrefixes(sorted, names, false);
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        boolean collision = false;
        for (String label : pointLabels) {
            if (before.add(label) && !after.add(stripping.strip(label))) {
                collision = true;
            }
        }
        return collision ? new LabelPrefixes(sorted, names, true) : stripping;
    }

    /** True when prefixes are kept (as aliases) because stripping them would merge labels. */
    boolean keepsPrefixes() {
        return keepPrefixes;
    }

    String strip(String label) {
        for (String prefix : prefixes) {
            if (label.regionMatches(true, 0, prefix, 0, prefix.length())) {
                String rest = label.substring(prefix.length());
                return keepPrefixes ? names.replaceNames(prefix) + rest : rest;
            }
        }
        return label;
    }

    /** What a SUBJECTS:LABEL_PREFIXES entry becomes. */
    String replacementPrefix(String prefix) {
        return keepPrefixes ? names.replaceNames(prefix) : "";
    }

    @Override
    public String toString() {
        return (keepPrefixes ? "kept as aliases: " : "stripped: ") + prefixes.toString().toLowerCase(Locale.ROOT);
    }
}
