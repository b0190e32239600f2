package org.ambulo.c3d.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ambulo.c3d.AnalogChannel;
import org.ambulo.c3d.C3dEvent;
import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dParameters;
import org.ambulo.c3d.C3dPoint;
import org.ambulo.c3d.PointType;

/**
 * Interprets the POINT, ANALOG and EVENT parameters into point, channel and event descriptions. The
 * writer uses the same functions to decide whether the stored parameters still describe the model
 * (then they are written back untouched, bit for bit).
 */
public final class Signals {

    private Signals() {
    }

    public static List<C3dPoint> points(C3dParameters p, int count, Quirks quirks) {
        List<String> labels = C3dParameterAccess.strings(p, "POINT", "LABELS", count);
        List<String> descriptions = C3dParameterAccess.strings(p, "POINT", "DESCRIPTIONS", count);
        if (labels.size() < count) {
            quirks.add("POINT_LABELS_MISSING", "POINT:LABELS holds " + labels.size() + " labels for " + count + " points",
                    "named the others P" + (labels.size() + 1) + "...");
        }
        Map<String, PointType> types = new HashMap<>();
        for (PointType type : PointType.values()) {
            if (type == PointType.MARKER) {
                continue;
            }
            for (String label : C3dParameterAccess.strings(p, "POINT", type.listParameter(), Integer.MAX_VALUE)) {
                types.putIfAbsent(label, type);
            }
        }
        String markerUnits = p.string("POINT", "UNITS").orElse("");
        Map<PointType, String> units = new HashMap<>();
        units.put(PointType.MARKER, markerUnits);
        units.put(PointType.ANGLE, p.string("POINT", "ANGLE_UNITS").orElse("deg"));
        units.put(PointType.FORCE, p.string("POINT", "FORCE_UNITS").orElse("N"));
        units.put(PointType.MOMENT, p.string("POINT", "MOMENT_UNITS").orElse("Nmm"));
        units.put(PointType.POWER, p.string("POINT", "POWER_UNITS").orElse("W"));
        units.put(PointType.SCALAR, p.string("POINT", "SCALAR_UNITS").orElse(""));
        units.put(PointType.REACTION, p.string("POINT", "REACTION_UNITS").orElse(""));
        List<C3dPoint> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String label = i < labels.size() ? labels.get(i) : "P" + (i + 1);
            PointType type = types.getOrDefault(label, PointType.MARKER);
            out.add(new C3dPoint(label, i < descriptions.size() ? descriptions.get(i) : "", units.get(type), type));
        }
        return out;
    }

    public static boolean analogUnsigned(C3dParameters p) {
        return p.string("ANALOG", "FORMAT").map(s -> s.trim().toUpperCase(Locale.ROOT).startsWith("UNSIGNED")).orElse(false);
    }

    public static float genScale(C3dParameters p, Quirks quirks) {
        var g = C3dParameterAccess.number(p, "ANALOG", "GEN_SCALE");
        if (g.isEmpty()) {
            return 1f;
        }
        float v = (float) g.getAsDouble();
        if (v == 0f || !Float.isFinite(v)) {
            quirks.add("ANALOG_GEN_SCALE_ZERO", "ANALOG:GEN_SCALE is " + v, "used 1");
            return 1f;
        }
        return v;
    }

    public static List<AnalogChannel> analogs(C3dParameters p, int count, Quirks quirks) {
        List<String> labels = C3dParameterAccess.strings(p, "ANALOG", "LABELS", count);
        List<String> descriptions = C3dParameterAccess.strings(p, "ANALOG", "DESCRIPTIONS", count);
        List<String> units = C3dParameterAccess.strings(p, "ANALOG", "UNITS", count);
        boolean unsigned = analogUnsigned(p);
        List<Double> scales = C3dParameterAccess.numbers(p, "ANALOG", "SCALE", count, false);
        List<Double> offsets = C3dParameterAccess.numbers(p, "ANALOG", "OFFSET", count, unsigned);
        if (count > 0 && labels.size() < count) {
            quirks.add("ANALOG_LABELS_MISSING", "ANALOG:LABELS holds " + labels.size() + " labels for " + count + " channels",
                    "named the others A" + (labels.size() + 1) + "...");
        }
        if (count > 0 && scales.size() < count) {
            quirks.add("ANALOG_SCALE_MISSING", "ANALOG:SCALE holds " + scales.size() + " values for " + count + " channels",
                    "used scale 1 for the others");
        }
        if (count > 0 && offsets.size() < count) {
            quirks.add("ANALOG_OFFSET_MISSING", "ANALOG:OFFSET holds " + offsets.size() + " values for " + count + " channels",
                    "used offset 0 for the others");
        }
        List<AnalogChannel> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new AnalogChannel(i < labels.size() ? labels.get(i) : "A" + (i + 1), i < descriptions.size() ? descriptions.get(i) : "",
                    i < units.size() ? units.get(i) : "", i < scales.size() ? scales.get(i).floatValue() : 1f,
                    i < offsets.size() ? offsets.get(i).floatValue() : 0f));
        }
        return out;
    }

    /** The group holding events: EVENT, or the variant EVENTS some writers use. */
    public static Optional<C3dGroup> eventGroup(C3dParameters p) {
        Optional<C3dGroup> g = p.group("EVENT");
        return g.isPresent() ? g : p.group("EVENTS");
    }

    public static List<C3dEvent> events(C3dParameters p, Quirks quirks) {
        Optional<C3dGroup> group = eventGroup(p);
        if (group.isEmpty()) {
            return List.of();
        }
        C3dGroup g = group.get();
        if (!g.name().equalsIgnoreCase("EVENT")) {
            quirks.add("EVENT_GROUP_NAME", "events are in a group named " + g.name(), "read it as the EVENT group");
        }
        List<String> labels = g.parameter("LABELS").map(C3dParameter::strings).orElse(List.of());
        float[] times = g.parameter("TIMES").map(t -> toFloats(t.numbers())).orElse(new float[0]);
        long used = g.parameter("USED").flatMap(u -> {
            var c = u.firstCount();
            return c.isPresent() ? Optional.of(c.getAsLong()) : Optional.empty();
        }).orElse((long) labels.size());
        int n = (int) Math.min(used, Math.min(labels.size(), times.length / 2));
        if (used != n) {
            quirks.add("EVENT_COUNT_MISMATCH",
                    "EVENT:USED says " + used + " but LABELS/TIMES hold " + labels.size() + "/" + times.length / 2,
                    "read " + n + " events");
        }
        Optional<C3dParameter> contextParam = g.parameter("CONTEXTS");
        List<String> contexts = contextParam.map(C3dParameter::strings).orElse(List.of());
        List<String> descriptions = g.parameter("DESCRIPTIONS").map(C3dParameter::strings).orElse(List.of());
        List<String> subjects = g.parameter("SUBJECTS").map(C3dParameter::strings).orElse(List.of());
        double[] icons = g.parameter("ICON_IDS").map(C3dParameter::numbers).orElse(new double[0]);
        double[] flags = g.parameter("GENERIC_FLAGS").map(C3dParameter::numbers).orElse(new double[0]);
        if (n > 0 && contextParam.isEmpty()) {
            quirks.add("EVENT_CONTEXTS_MISSING", "the EVENT group has no CONTEXTS (side of each event)",
                    "left the context empty; the label may name the side");
        }
        boolean negative = false;
        List<C3dEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double time = (double) times[2 * i] * 60.0 + times[2 * i + 1];
            negative |= time < 0;
            out.add(new C3dEvent(i < contexts.size() ? contexts.get(i) : "", labels.get(i),
                    i < descriptions.size() ? descriptions.get(i) : "",
                    i < subjects.size() ? subjects.get(i) : "", time, i < icons.length ? (int) icons[i] : 0,
                    i < flags.length ? (int) flags[i] : 0));
        }
        if (negative) {
            quirks.add("EVENT_TIME_NEGATIVE", "some EVENT:TIMES are negative (unset times)", "kept them; they map to no frame");
        }
        return out;
    }

    /** Event quirks about the values themselves (a rewrite keeps them); the others mean the group is incomplete. */
    static boolean isEventContentQuirk(String code) {
        return code.equals("EVENT_TIME_NEGATIVE") || code.equals("EVENT_CONTEXTS_MISSING");
    }

    private static float[] toFloats(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }
}
