package org.ambulo.c3d.internal;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dParameters;

/** Names the writer of a file for quirk reports: MANUFACTURER group first, then telltale groups. */
public final class Vendors {

    private Vendors() {
    }

    public static String describe(C3dParameters p) {
        List<String> parts = new ArrayList<>();
        p.string("MANUFACTURER", "COMPANY").filter(s -> !s.isBlank()).ifPresent(parts::add);
        p.string("MANUFACTURER", "SOFTWARE").filter(s -> !s.isBlank()).ifPresent(parts::add);
        p.parameter("MANUFACTURER", "VERSION").map(Vendors::version).filter(s -> !s.isBlank()).ifPresent(parts::add);
        if (!parts.isEmpty()) {
            return String.join(" ", parts);
        }
        if (p.group("PROCESSING").isPresent() || p.parameter("POINT", "ANGLES").isPresent()
                || p.parameter("TRIAL", "ACTUAL_START_FIELD").isPresent()) {
            return "Vicon (inferred)";
        }
        return "unknown";
    }

    public static boolean isVicon(C3dParameters p) {
        return describe(p).toLowerCase(java.util.Locale.ROOT).contains("vicon");
    }

    private static String version(C3dParameter v) {
        if (!v.strings().isEmpty()) {
            return String.join(".", v.strings());
        }
        StringBuilder sb = new StringBuilder();
        for (double d : v.numbers()) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d));
        }
        return sb.toString();
    }
}
