package org.ambulo.c3d;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Human-readable and JSON summaries of a file for {@code ambulo inspect}: header, processor,
 * storage, counts and rates, frames, events, force plates, subject parameters, model outputs and
 * the quirk report. JSON is written by hand (no library), strings escaped per RFC 8259.
 */
public final class C3dInspection {

    private C3dInspection() {
    }

    /** Subject parameters shown: SUBJECTS names and every numeric PROCESSING parameter (Nexus body measurements). */
    private static List<String[]> subjectParameters(C3dFile f) {
        List<String[]> out = new ArrayList<>();
        f.parameters().parameter("SUBJECTS", "NAMES")
                .ifPresent(p -> out.add(new String[]{"SUBJECTS:NAMES", String.join(", ", p.strings())}));
        f.parameters().parameter("SUBJECTS", "MARKER_SETS")
                .ifPresent(p -> out.add(new String[]{"SUBJECTS:MARKER_SETS", String.join(", ", p.strings())}));
        f.parameters().group("PROCESSING").ifPresent(g -> {
            for (C3dParameter p : g.parameters()) {
                if (p.type() != ParameterType.CHAR && p.numbers().length == 1) {
                    out.add(new String[]{"PROCESSING:" + p.name(), number(p.numbers()[0])});
                }
            }
        });
        return out;
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return "null";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String floatNumber(float v) {
        return Float.isFinite(v) ? (v == Math.rint(v) && Math.abs(v) < 1e7 ? Long.toString((long) v) : Float.toString(v)) : "null";
    }

    // ------------------------------------------------------------------ text

    public static String text(C3dFile f) {
        StringBuilder sb = new StringBuilder();
        line(sb, "File", f.sourceName());
        line(sb, "Written by", f.vendor());
        line(sb, "Processor", f.processor().displayName() + " (" + f.processor().code() + ")");
        line(sb, "Storage",
                f.storage() == StorageFormat.FLOAT ? "float (32-bit)" : "integer (16-bit), scale " + f.pointData().residualScale());
        f.header().ifPresent(h -> line(sb, "Header",
                "parameter block " + h.parameterBlock() + ", data block " + h.dataStartBlock() + ", frames "
                        + h.firstFrame() + ".." + h.lastFrame() + ", scale " + h.pointScale() + ", rate " + h.pointRateHz() + " Hz, "
                        + h.analogSamplesPerFrame() + " analog samples/frame"));
        line(sb, "Frames", f.frameCount() + " (" + f.firstFrame() + ".." + f.lastFrame() + "), "
                + String.format(Locale.ROOT, "%.3f s", f.durationSeconds()));
        line(sb, "Point rate", hz(f.pointRateHz()));
        line(sb, "Points", f.pointCount() + " (" + f.markers().size() + " markers, " + f.modelOutputs().size() + " model outputs)");
        line(sb, "Marker units", f.markers().isEmpty() ? "-" : f.markers().get(0).units());
        line(sb, "Analog",
                f.analogCount() + " channels at " + hz(f.analogRateHz()) + " (" + f.analogSamplesPerFrame() + " samples/frame, GEN_SCALE "
                        + f.analogGenScale() + ")");
        for (PointType type : PointType.values()) {
            if (!type.isModelOutput()) {
                continue;
            }
            List<C3dPoint> of = f.points().stream().filter(p -> p.type() == type).toList();
            if (!of.isEmpty()) {
                line(sb, "  " + type.name().toLowerCase(Locale.ROOT) + "s", of.size() + " [" + of.get(0).units() + "]: "
                        + abbreviate(of.stream().map(C3dPoint::label).toList(), 8));
            }
        }
        sb.append("Events: ").append(f.events().size()).append('\n');
        for (C3dEvent e : f.events()) {
            OptionalInt frame = f.frameIndexOf(e);
            sb.append(String.format(Locale.ROOT, "  %-8s %-20s %9.3f s  capture frame %d%s%n", e.context().isEmpty() ? "-" : e.context(),
                    e.label(),
                    e.timeSeconds(), f.pointRateHz() > 0 ? e.captureFrame(f.pointRateHz()) : 0,
                    frame.isPresent() ? " (data frame " + frame.getAsInt() + ")" : " (outside data)"));
        }
        if (!f.headerEvents().isEmpty()) {
            sb.append("Header events: ").append(f.headerEvents().size()).append('\n');
        }
        List<ForcePlatform> plates = f.forcePlatforms();
        sb.append("Force plates: ").append(plates.size()).append('\n');
        for (ForcePlatform p : plates) {
            sb.append("  #").append(p.index() + 1).append(" type ").append(p.type()).append(", channels ")
                    .append(Arrays.toString(p.channels()))
                    .append(", origin ").append(Arrays.toString(p.origin())).append('\n');
        }
        List<String[]> subject = subjectParameters(f);
        if (!subject.isEmpty()) {
            sb.append("Subject parameters:\n");
            for (String[] kv : subject) {
                sb.append("  ").append(kv[0]).append(" = ").append(kv[1]).append('\n');
            }
        }
        sb.append("Groups: ").append(f.parameters().groups().stream().map(C3dGroup::name).toList()).append('\n');
        sb.append("Quirks: ").append(f.quirks().size()).append('\n');
        for (Quirk q : f.quirks()) {
            sb.append("  [").append(q.code()).append("] ").append(q.problem()).append(" -> ").append(q.action());
            q.byteOffset().ifPresent(o -> sb.append(" (byte ").append(o).append(')'));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(String.format(Locale.ROOT, "%-14s %s%n", key + ":", value));
    }

    private static String hz(double v) {
        return String.format(Locale.ROOT, "%s Hz", number(v));
    }

    private static String abbreviate(List<String> items, int max) {
        return items.size() <= max ? String.join(", ", items) : String.join(", ", items.subList(0, max)) + ", ... (" + items.size() + ")";
    }

    // ------------------------------------------------------------------ JSON

    public static String json(C3dFile f) {
        Json j = new Json();
        j.open('{');
        j.field("file").string(f.sourceName());
        j.field("vendor").string(f.vendor());
        j.field("processor").string(f.processor().name());
        j.field("storage").string(f.storage().name());
        j.field("header");
        if (f.header().isPresent()) {
            C3dHeader h = f.header().get();
            j.open('{');
            j.field("parameterBlock").number(h.parameterBlock());
            j.field("dataStartBlock").number(h.dataStartBlock());
            j.field("pointCount").number(h.pointCount());
            j.field("analogSamplesPerFrame").number(h.analogSamplesPerFrame());
            j.field("firstFrame").number(h.firstFrame());
            j.field("lastFrame").number(h.lastFrame());
            j.field("pointScale").raw(floatNumber(h.pointScale()));
            j.field("pointRateHz").raw(floatNumber(h.pointRateHz()));
            j.field("maxInterpolationGap").number(h.maxInterpolationGap());
            j.close('}');
        } else {
            j.raw("null");
        }
        j.field("firstFrame").number(f.firstFrame());
        j.field("lastFrame").number(f.lastFrame());
        j.field("frames").number(f.frameCount());
        j.field("pointRateHz").raw(number(f.pointRateHz()));
        j.field("analogRateHz").raw(number(f.analogRateHz()));
        j.field("analogSamplesPerFrame").number(f.analogSamplesPerFrame());
        j.field("pointCount").number(f.pointCount());
        j.field("markerCount").number(f.markers().size());
        j.field("analogCount").number(f.analogCount());
        j.field("markers").open('[');
        for (C3dPoint p : f.markers()) {
            j.open('{').field("label").string(p.label()).field("units").string(p.units()).close('}');
        }
        j.close(']');
        j.field("modelOutputs").open('[');
        for (C3dPoint p : f.modelOutputs()) {
            j.open('{').field("label").string(p.label()).field("type").string(p.type().name()).field("units").string(p.units()).close('}');
        }
        j.close(']');
        j.field("analogs").open('[');
        for (AnalogChannel a : f.analogs()) {
            j.open('{').field("label").string(a.label()).field("units").string(a.units()).field("scale").raw(floatNumber(a.scale()))
                    .field("offset").raw(floatNumber(a.offset())).close('}');
        }
        j.close(']');
        j.field("events").open('[');
        for (C3dEvent e : f.events()) {
            j.open('{').field("context").string(e.context()).field("label").string(e.label()).field("description").string(e.description())
                    .field("timeSeconds").raw(number(e.timeSeconds()));
            OptionalInt frame = f.frameIndexOf(e);
            j.field("dataFrame").raw(frame.isPresent() ? Integer.toString(frame.getAsInt()) : "null");
            j.close('}');
        }
        j.close(']');
        j.field("headerEventCount").number(f.headerEvents().size());
        j.field("forcePlates").open('[');
        for (ForcePlatform p : f.forcePlatforms()) {
            j.open('{').field("type").number(p.type()).field("channels").open('[');
            for (int c : p.channels()) {
                j.number(c);
            }
            j.close(']').field("origin").open('[');
            for (float o : p.origin()) {
                j.raw(floatNumber(o));
            }
            j.close(']').field("corners").open('[');
            for (float o : p.corners()) {
                j.raw(floatNumber(o));
            }
            j.close(']').close('}');
        }
        j.close(']');
        j.field("subjectParameters").open('{');
        for (String[] kv : subjectParameters(f)) {
            j.field(kv[0]);
            if (kv[0].startsWith("PROCESSING:")) {
                j.raw(kv[1]);
            } else {
                j.string(kv[1]);
            }
        }
        j.close('}');
        j.field("groups").open('[');
        for (C3dGroup g : f.parameters().groups()) {
            j.string(g.name());
        }
        j.close(']');
        j.field("quirks").open('[');
        for (Quirk q : f.quirks()) {
            j.open('{').field("code").string(q.code()).field("vendor").string(q.vendor()).field("problem").string(q.problem())
                    .field("action").string(q.action()).field("byteOffset")
                    .raw(q.byteOffset().isPresent() ? Long.toString(q.byteOffset().getAsLong()) : "null").close('}');
        }
        j.close(']');
        j.close('}');
        return j.toString();
    }

    /** Minimal JSON builder: tracks commas; escapes quotes, backslashes and control characters. */
    static final class Json {
        private final StringBuilder sb = new StringBuilder();
        private boolean needComma;

        Json open(char c) {
            value();
            sb.append(c);
            needComma = false;
            return this;
        }

        Json close(char c) {
            sb.append(c);
            needComma = true;
            return this;
        }

        Json field(String name) {
            value();
            appendString(name);
            sb.append(':');
            needComma = false;
            return this;
        }

        Json string(String s) {
            value();
            appendString(s);
            needComma = true;
            return this;
        }

        Json number(long v) {
            return raw(Long.toString(v));
        }

        Json raw(String literal) {
            value();
            sb.append(literal);
            needComma = true;
            return this;
        }

        private void value() {
            if (needComma) {
                sb.append(',');
            }
        }

        private void appendString(String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    case '\b' -> sb.append("\\b");
                    case '\f' -> sb.append("\\f");
                    default -> {
                        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
