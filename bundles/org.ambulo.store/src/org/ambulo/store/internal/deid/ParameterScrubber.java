package org.ambulo.store.internal.deid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dParameters;
import org.ambulo.c3d.ParameterType;
import org.ambulo.c3d.ParameterValues;

/**
 * The per-parameter rules of {@link C3dDeidentifier}. A parameter nobody needs to touch is returned as the same object
 * so that the writer keeps it bit for bit.
 */
final class ParameterScrubber {

    /**
     * Words of a parameter name (outside the structural groups) that make the whole parameter go: dates and times
     * (HIPAA: no dates but the year), addresses, people other than the subject, places, free-text notes, project and
     * study names, file names, unique ids and serial numbers (HIPAA lists device serial numbers; conservative).
     */
    static final Set<String> REMOVED_WORDS = Set.of("DATE", "TIME", "BIRTH", "DOB", "ADDRESS", "OPERATOR", "LOCATION", "NOTE",
            "NOTES", "COMMENT", "COMMENTS", "STUDY", "PROJECT", "PHONE", "EMAIL", "DOCTOR", "DOC", "PHYSICIAN", "CLINICIAN",
            "INSTITUTION", "HOSPITAL", "FILENAME", "UID", "ID", "SESSION", "SERIAL");

    /** POINT parameters that list point labels: the Vicon subject prefix is stripped from them. */
    private static final Pattern LABEL_LISTS = Pattern.compile(
            "(LABELS|ANGLES|FORCES|MOMENTS|POWERS|SCALARS|REACTIONS|MODELED_MARKERS)\\d*");

    /** Dates with separators (6/14/35, 18/04/2007, 2007-06-27, 18.04.2007) inside free text. */
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2}/\\d{1,2}/(\\d{4}|\\d{2})|(19|20)\\d{2}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.(19|20)\\d{2})(?!\\d)");

    /** HIPAA Safe Harbor: ages above 89 are given as 90 or older. */
    static final double OLDEST_AGE_YEARS = 90;

    private final SubjectNames names;
    private final LabelPrefixes prefixes;
    private final List<String> removed = new ArrayList<>();

    ParameterScrubber(SubjectNames names, LabelPrefixes prefixes) {
        this.names = names;
        this.prefixes = prefixes;
    }

    /** "GROUP:PARAMETER" of each parameter left out, for the documentation of a run. */
    List<String> removed() {
        return List.copyOf(removed);
    }

    /** Free text: names replaced by their alias, dates by "[date]". */
    String text(String s) {
        return DATE.matcher(names.replaceNames(s)).replaceAll("[date]");
    }

    /** A point label: subject prefix stripped (or replaced by the alias), then names replaced. */
    String label(String s) {
        return names.replaceNames(prefixes.strip(s));
    }

    C3dParameters scrub(C3dParameters parameters) {
        List<C3dGroup> groups = new ArrayList<>();
        Set<String> groupNames = new HashSet<>();
        for (C3dGroup g : parameters.groups()) {
            List<C3dParameter> kept = new ArrayList<>();
            for (C3dParameter p : g.parameters()) {
                C3dParameter q = scrub(g, p);
                if (q != null) {
                    kept.add(q);
                } else {
                    removed.add(g.name() + ":" + p.name());
                }
            }
            String name = groupName(g.name());
            // a group renamed after its subject ("21989" in c3d.org sample 11) must not clash with another
            while (!groupNames.add(name.toUpperCase(Locale.ROOT))) {
                name = name + "_";
            }
            boolean same = name.equals(g.name()) && kept.equals(g.parameters()) && text(g.description()).equals(g.description());
            groups.add(same ? g : new C3dGroup(name, text(g.description()), g.locked(), kept));
        }
        return new C3dParameters(groups);
    }

    /** The scrubbed parameter, the same object when nothing changes, or null when it is removed. */
    private C3dParameter scrub(C3dGroup g, C3dParameter p) {
        String group = SubjectNames.normalise(g.name());
        String name = SubjectNames.normalise(p.name());
        boolean structural = SubjectNames.STRUCTURAL_GROUPS.contains(group);
        if (!structural && SubjectNames.IDENTITY_PARAMETERS.contains(name) && p.type() == ParameterType.CHAR) {
            return chars(p, p.strings().stream().map(names::aliasOf).toList());
        }
        if (!structural && (Arrays.stream(name.split("_")).anyMatch(REMOVED_WORDS::contains))) {
            return null;
        }
        if (!structural && name.equals("AGE") && p.type() != ParameterType.CHAR) {
            return capAge(p);
        }
        if (group.equals("SUBJECTS") && name.equals("NAMES")) {
            return chars(p, p.strings().stream().map(names::aliasOf).toList());
        }
        if (group.equals("SUBJECTS") && name.equals("LABEL_PREFIXES")) {
            return chars(p, p.strings().stream().map(prefixes::replacementPrefix).toList());
        }
        if (group.equals("SUBJECTS") && name.equals("USES_PREFIXES") && !prefixes.keepsPrefixes()) {
            return numeric(p, 0);
        }
        if ((group.equals("EVENT") || group.equals("ANALYSIS")) && name.equals("SUBJECTS")) {
            return chars(p, p.strings().stream().map(names::aliasOf).toList());
        }
        if (p.type() == ParameterType.CHAR) {
            boolean labels = group.equals("POINT") && LABEL_LISTS.matcher(name).matches();
            return chars(p, p.strings().stream().map(labels ? this::label : this::text).toList());
        }
        return withScrubbedDescription(p);
    }

    /** Description of a non-text parameter scrubbed. */
    private C3dParameter withScrubbedDescription(C3dParameter p) {
        String description = text(p.description());
        if (description.equals(p.description())) {
            return p;
        }
        return new C3dParameter(p.name(), description, p.locked(), p.dimensions(), p.values());
    }

    private C3dParameter capAge(C3dParameter p) {
        double[] values = p.numbers();
        boolean old = Arrays.stream(values).anyMatch(v -> v >= OLDEST_AGE_YEARS);
        return old ? numeric(p, OLDEST_AGE_YEARS) : withScrubbedDescription(p);
    }

    /** All elements set to one value, type and shape kept. */
    private C3dParameter numeric(C3dParameter p, double value) {
        int n = p.values().count();
        ParameterValues v = switch (p.type()) {
            case BYTE -> {
                byte[] b = new byte[n];
                Arrays.fill(b, (byte) value);
                yield new ParameterValues.Bytes(b);
            }
            case INT -> {
                short[] s = new short[n];
                Arrays.fill(s, (short) value);
                yield new ParameterValues.Ints(s);
            }
            case FLOAT -> {
                float[] f = new float[n];
                Arrays.fill(f, (float) value);
                yield new ParameterValues.Floats(f);
            }
            case CHAR -> p.values();
        };
        C3dParameter q = new C3dParameter(p.name(), text(p.description()), p.locked(), p.dimensions(), v);
        return q.equals(p) ? p : q;
    }

    /**
     * A CHAR parameter with new strings; the stored shape (width, counts) is kept when the strings still fit, so that
     * an unchanged parameter stays the same object.
     */
    private C3dParameter chars(C3dParameter p, List<String> strings) {
        String name = p.name();
        String description = text(p.description());
        if (strings.equals(p.strings()) && name.equals(p.name()) && description.equals(p.description())) {
            return p;
        }
        int[] dims = p.dimensions();
        if (dims.length <= 1) {
            byte[] bytes = (strings.isEmpty() ? "" : strings.get(0)).getBytes(StandardCharsets.UTF_8);
            return new C3dParameter(name, description, p.locked(), new int[]{bytes.length}, new ParameterValues.Chars(bytes));
        }
        List<byte[]> encoded = strings.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        int width = Math.max(dims[0], encoded.stream().mapToInt(b -> b.length).max().orElse(1));
        if (width > 255) {
            width = 255; // C3D dimensions are bytes; a longer alias text is cut
        }
        int count = encoded.size();
        byte[] all = new byte[width * count];
        Arrays.fill(all, (byte) ' ');
        for (int i = 0; i < count; i++) {
            System.arraycopy(encoded.get(i), 0, all, i * width, Math.min(width, encoded.get(i).length));
        }
        int[] shape = dims.clone();
        shape[0] = width;
        long product = 1;
        for (int k = 1; k < shape.length; k++) {
            product *= shape[k];
        }
        if (product != count) {
            shape = new int[]{width, count};
        }
        return new C3dParameter(name, description, p.locked(), shape, new ParameterValues.Chars(all));
    }

    /**
     * A group named after its subject ("21989" in c3d.org sample 11) gets the alias, as a C3D name (A-Z, 0-9, _).
     * Parameter names are C3D vocabulary and never renamed: a subject called "Subject" must not rename EVENT:SUBJECTS.
     */
    private String groupName(String name) {
        if (!names.isName(name)) {
            return name;
        }
        String replaced = names.aliasOf(name).replaceAll("[^A-Za-z0-9_]", "_");
        return replaced.length() > 127 ? replaced.substring(0, 127) : replaced;
    }
}
