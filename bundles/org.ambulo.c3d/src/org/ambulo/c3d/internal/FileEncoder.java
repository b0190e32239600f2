package org.ambulo.c3d.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.ambulo.c3d.AnalogChannel;
import org.ambulo.c3d.C3dEvent;
import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dParameters;
import org.ambulo.c3d.C3dPoint;
import org.ambulo.c3d.HeaderEvent;
import org.ambulo.c3d.ParameterType;
import org.ambulo.c3d.PointType;

/**
 * Writes Intel float C3D. Structural parameters (counts, rates, data start, labels, scales, events,
 * long-trial fields) are regenerated from the model, but a stored parameter that already says the
 * same thing is written back untouched, so unmodified files round-trip bit for bit; all other
 * groups and parameters are preserved as they are.
 */
public final class FileEncoder {

    private static final int BLOCK = 512;
    private static final int SPLIT = 255;

    private final C3dFile file;
    private final Map<String, MutableGroup> groups = new LinkedHashMap<>();

    private static final class MutableGroup {
        final String name;
        final String description;
        final boolean locked;
        final Map<String, C3dParameter> parameters = new LinkedHashMap<>();

        MutableGroup(String name, String description, boolean locked) {
            this.name = name;
            this.description = description;
            this.locked = locked;
        }
    }

    private FileEncoder(C3dFile file) {
        this.file = file;
        for (C3dGroup g : file.parameters().groups()) {
            MutableGroup m = new MutableGroup(g.name(), g.description(), g.locked());
            for (C3dParameter p : g.parameters()) {
                m.parameters.put(key(p.name()), p);
            }
            groups.put(key(g.name()), m);
        }
    }

    /** The complete file image. */
    public static byte[] encode(C3dFile file) {
        FileEncoder e = new FileEncoder(file);
        byte[] parameters = e.parameterSection();
        long dataBytes = e.dataBytes();
        long total = BLOCK + parameters.length + padded(dataBytes);
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("file of " + total + " bytes is too large for one array; write it to a path");
        }
        byte[] out = new byte[(int) total];
        System.arraycopy(e.header(parameters.length / BLOCK), 0, out, 0, BLOCK);
        System.arraycopy(parameters, 0, out, BLOCK, parameters.length);
        ByteBuffer data = ByteBuffer.wrap(out, BLOCK + parameters.length, (int) dataBytes).slice().order(ByteOrder.LITTLE_ENDIAN);
        e.writeData(data.asFloatBuffer(), 0, file.frameCount());
        return out;
    }

    /**
     * Writes the file through a memory mapping: samples are copied once, straight into the page
     * cache, and no full image is held on the heap.
     */
    public static void encode(C3dFile file, Path path) throws IOException {
        FileEncoder e = new FileEncoder(file);
        byte[] parameters = e.parameterSection();
        long dataBytes = e.dataBytes();
        long total = BLOCK + parameters.length + padded(dataBytes);
        // no TRUNCATE_EXISTING: overwriting in place keeps the file's pages allocated; the size is set at the end
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            writeFully(ch, ByteBuffer.wrap(e.header(parameters.length / BLOCK)));
            writeFully(ch, ByteBuffer.wrap(parameters));
            if (dataBytes == 0) {
                ch.truncate(total);
                return;
            }
            long dataStart = BLOCK + parameters.length;
            // map in pieces of whole frames below 1 GiB so that files beyond 2 GiB work too
            int frameBytes = e.frameWords() * 4;
            int framesPerMap = Math.max(1, (1 << 30) / frameBytes);
            for (int f = 0; f < file.frameCount(); f += framesPerMap) {
                int n = Math.min(framesPerMap, file.frameCount() - f);
                MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_WRITE, dataStart + (long) f * frameBytes, (long) n * frameBytes);
                e.writeData(map.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer(), f, n);
            }
            if (ch.size() > total) {
                ch.truncate(total);
            }
            long padding = total - dataStart - dataBytes;
            if (padding > 0) {
                ch.write(ByteBuffer.allocate((int) padding), dataStart + dataBytes); // zero the rest of the last block
            }
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    private static long padded(long bytes) {
        return (bytes + BLOCK - 1) / BLOCK * BLOCK;
    }

    private int frameWords() {
        return file.pointCount() * 4 + file.analogCount() * file.analogSamplesPerFrame();
    }

    private long dataBytes() {
        return (long) frameWords() * 4 * file.frameCount();
    }

    private void writeData(FloatBuffer out, int firstFrame, int frames) {
        float[] points = file.pointData().samples();
        float[] analog = file.analogData().raw();
        int pw = file.pointCount() * 4;
        int aw = file.analogCount() * file.analogSamplesPerFrame();
        if (aw == 0) {
            out.put(points, firstFrame * pw, frames * pw);
        } else if (pw == 0) {
            out.put(analog, firstFrame * aw, frames * aw);
        } else {
            for (int f = firstFrame; f < firstFrame + frames; f++) {
                out.put(points, f * pw, pw);
                out.put(analog, f * aw, aw);
            }
        }
    }

    // ------------------------------------------------------------------ header

    private byte[] header(int parameterBlocks) {
        ByteBuffer h = ByteBuffer.allocate(BLOCK).order(ByteOrder.LITTLE_ENDIAN);
        long first = file.firstFrame();
        long last = file.frameCount() == 0 ? 0 : first + file.frameCount() - 1;
        h.put(0, (byte) 2);
        h.put(1, (byte) 0x50);
        h.putShort(2, (short) file.pointCount());
        h.putShort(4, (short) Math.min(65535, (long) file.analogCount() * file.analogSamplesPerFrame()));
        h.putShort(6, (short) Math.min(first, 65535));
        h.putShort(8, (short) Math.min(last, 65535));
        h.putShort(10, (short) Math.min(file.maxInterpolationGap(), 65535));
        h.putFloat(12, pointScale());
        h.putShort(16, (short) (2 + parameterBlocks));
        h.putShort(18, (short) file.analogSamplesPerFrame());
        h.putFloat(20, (float) file.pointRateHz());
        List<HeaderEvent> events = headerEvents();
        if (!events.isEmpty()) {
            h.putShort(298, (short) 12345);
        }
        h.putShort(300, (short) events.size());
        for (int i = 0; i < events.size(); i++) {
            HeaderEvent e = events.get(i);
            h.putFloat(304 + 4 * i, e.timeSeconds());
            h.put(376 + i, (byte) e.displayFlag());
            byte[] label = e.label().getBytes(StandardCharsets.US_ASCII);
            for (int k = 0; k < 4; k++) {
                h.put(396 + 4 * i + k, k < label.length ? label[k] : (byte) ' ');
            }
        }
        return h.array();
    }

    /** The header's own events if it had any, else the first 18 events (labels cut to 4 characters). */
    private List<HeaderEvent> headerEvents() {
        if (!file.headerEvents().isEmpty()) {
            return file.headerEvents().subList(0, Math.min(18, file.headerEvents().size()));
        }
        List<HeaderEvent> out = new ArrayList<>();
        for (C3dEvent e : file.events()) {
            if (out.size() == 18) {
                break;
            }
            String label = e.label().length() > 4 ? e.label().substring(0, 4) : e.label();
            out.add(new HeaderEvent(label, (float) e.timeSeconds(), 1));
        }
        return out;
    }

    private float pointScale() {
        float s = Math.abs(file.pointData().residualScale());
        return s == 0 || !Float.isFinite(s) ? -1f : -s;
    }

    // ------------------------------------------------------------------ parameters

    private byte[] parameterSection() {
        if (file.pointCount() > 65535) {
            throw new IllegalArgumentException(file.pointCount() + " points: C3D holds at most 65535");
        }
        regeneratePoint();
        regenerateAnalog();
        regenerateTrial();
        regenerateEvents();
        if (!groups.containsKey("MANUFACTURER")) {
            MutableGroup m = group("MANUFACTURER", "Software that wrote the file");
            m.parameters.put("COMPANY", C3dParameter.ofString("COMPANY", "", "Ambulo"));
            m.parameters.put("SOFTWARE", C3dParameter.ofString("SOFTWARE", "", "Ambulo C3D"));
            m.parameters.put("VERSION", C3dParameter.ofString("VERSION", "", "1.0"));
        }
        // DATA_START depends on the section size, which does not depend on its value.
        set("POINT", C3dParameter.ofInts("DATA_START", "Number of first block of 3D and analog data", 2), false);
        byte[] section = ParameterSectionWriter.write(snapshot());
        set("POINT", C3dParameter.ofInts("DATA_START", "Number of first block of 3D and analog data", 2 + section.length / BLOCK), false);
        return ParameterSectionWriter.write(snapshot());
    }

    private List<C3dGroup> snapshot() {
        List<C3dGroup> out = new ArrayList<>();
        for (MutableGroup g : groups.values()) {
            out.add(new C3dGroup(g.name, g.description, g.locked, new ArrayList<>(g.parameters.values())));
        }
        return out;
    }

    private C3dParameters current() {
        return new C3dParameters(snapshot());
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private MutableGroup group(String name, String description) {
        return groups.computeIfAbsent(key(name), k -> new MutableGroup(name, description, false));
    }

    /** Puts a parameter; with {@code keepIfSameValue} a stored one with the same value is kept as is. */
    private void set(String groupName, C3dParameter p, boolean keepIfSameValue) {
        MutableGroup g = group(groupName, "");
        C3dParameter old = g.parameters.get(key(p.name()));
        if (old != null && keepIfSameValue && sameValue(old, p)) {
            return;
        }
        if (old != null) {
            p = p.withDescription(old.description(), old.locked()).renamed(old.name());
        }
        g.parameters.put(key(p.name()), p);
    }

    private static boolean sameValue(C3dParameter a, C3dParameter b) {
        if (a.type() == ParameterType.CHAR || b.type() == ParameterType.CHAR) {
            return a.type() == b.type() && a.strings().equals(b.strings());
        }
        double[] x = a.numbers();
        double[] y = b.numbers();
        if (a.type() == ParameterType.INT && b.type() == ParameterType.INT) {
            return java.util.Arrays.equals(a.counts(), b.counts());
        }
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (Float.floatToIntBits((float) x[i]) != Float.floatToIntBits((float) y[i])) {
                return false;
            }
        }
        return true;
    }

    private void removeMatching(String groupName, String regex) {
        MutableGroup g = groups.get(key(groupName));
        if (g != null) {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            g.parameters.keySet().removeIf(k -> p.matcher(k).matches());
        }
    }

    /** BASE, BASE2, BASE3 ... with at most 255 entries each; stored ones with the same value are kept as they are. */
    private void setSplit(String groupName, String base, java.util.function.BiFunction<String, Integer, C3dParameter> make, int count) {
        int chunks = Math.max(1, (count + SPLIT - 1) / SPLIT);
        List<C3dParameter> fresh = new ArrayList<>();
        for (int chunk = 0; chunk < chunks; chunk++) {
            fresh.add(make.apply(C3dParameterAccess.continuation(base, chunk), chunk * SPLIT));
        }
        MutableGroup g = groups.get(key(groupName));
        Map<String, C3dParameter> kept = new LinkedHashMap<>();
        for (C3dParameter p : fresh) {
            C3dParameter old = g == null ? null : g.parameters.get(key(p.name()));
            if (old != null && sameValue(old, p)) {
                kept.put(key(p.name()), old);
            }
        }
        removeMatching(groupName, base + "\\d*");
        for (C3dParameter p : fresh) {
            C3dParameter old = kept.get(key(p.name()));
            if (old != null) {
                group(groupName, "").parameters.put(key(old.name()), old);
            } else {
                set(groupName, p, false);
            }
        }
    }

    private static C3dParameter strings(String name, List<String> all, int from) {
        return C3dParameter.ofStrings(name, "", all.subList(from, Math.min(all.size(), from + SPLIT)), 1);
    }

    private static C3dParameter count(String name, String description, long value) {
        return value <= 65535 ? C3dParameter.ofInts(name, description, (int) value) : C3dParameter.ofFloats(name, description, value);
    }

    private void regeneratePoint() {
        group("POINT", "3-D point parameters");
        int frames = file.frameCount();
        set("POINT", C3dParameter.ofInts("USED", "Number of 3D points", file.pointCount()), true);
        // c3d.org: more than 65535 frames go into a FLOAT POINT:FRAMES (plus TRIAL and LONG_FRAMES below)
        set("POINT", count("FRAMES", "Number of frames", frames), true);
        set("POINT", C3dParameter.ofFloats("SCALE", "3D scale factor", pointScale()), true);
        set("POINT", C3dParameter.ofFloats("RATE", "3D data capture rate (Hz)", (float) file.pointRateHz()), true);
        if (frames > 65535 || groups.get("POINT").parameters.containsKey("LONG_FRAMES")) {
            set("POINT", C3dParameter.ofFloats("LONG_FRAMES", "Number of frames (beyond 16 bits)", frames), true);
        }
        C3dParameters stored = current();
        Quirks incomplete = new Quirks();
        if (Signals.points(stored, file.pointCount(), incomplete).equals(file.points()) && incomplete.isEmpty()) {
            return; // stored labels, descriptions, types and units already describe the points
        }
        List<C3dPoint> points = file.points();
        List<String> labels = points.stream().map(C3dPoint::label).toList();
        List<String> descriptions = points.stream().map(C3dPoint::description).toList();
        setSplit("POINT", "LABELS", (name, from) -> strings(name, labels, from), labels.size());
        setSplit("POINT", "DESCRIPTIONS", (name, from) -> strings(name, descriptions, from), descriptions.size());
        for (PointType type : PointType.values()) {
            List<C3dPoint> ofType = points.stream().filter(p -> p.type() == type).toList();
            if (type == PointType.MARKER) {
                if (!ofType.isEmpty()) {
                    set("POINT", C3dParameter.ofString("UNITS", "3D point units", ofType.get(0).units()), true);
                }
                continue;
            }
            removeMatching("POINT", type.listParameter() + "\\d*");
            if (!ofType.isEmpty()) {
                List<String> typeLabels = ofType.stream().map(C3dPoint::label).toList();
                setSplit("POINT", type.listParameter(), (name, from) -> strings(name, typeLabels, from), typeLabels.size());
                set("POINT", C3dParameter.ofString(type.unitsParameter(), "", ofType.get(0).units()), true);
            }
        }
    }

    private void regenerateAnalog() {
        group("ANALOG", "Analog data parameters");
        List<AnalogChannel> channels = file.analogs();
        set("ANALOG", C3dParameter.ofInts("USED", "Number of analog channels used", channels.size()), true);
        set("ANALOG", C3dParameter.ofFloats("RATE", "Analog data sample rate (Hz)", (float) file.analogRateHz()), true);
        set("ANALOG", C3dParameter.ofFloats("GEN_SCALE", "General analog scale factor", file.analogGenScale()), true);
        C3dParameters stored = current();
        Quirks incomplete = new Quirks();
        if (Signals.analogs(stored, channels.size(), incomplete).equals(channels) && incomplete.isEmpty()) {
            return;
        }
        List<String> labels = channels.stream().map(AnalogChannel::label).toList();
        List<String> descriptions = channels.stream().map(AnalogChannel::description).toList();
        List<String> units = channels.stream().map(AnalogChannel::units).toList();
        setSplit("ANALOG", "LABELS", (name, from) -> strings(name, labels, from), labels.size());
        setSplit("ANALOG", "DESCRIPTIONS", (name, from) -> strings(name, descriptions, from), descriptions.size());
        setSplit("ANALOG", "UNITS", (name, from) -> strings(name, units, from), units.size());
        setSplit("ANALOG", "SCALE", (name, from) -> {
            int n = Math.min(SPLIT, channels.size() - from);
            float[] v = new float[Math.max(0, n)];
            for (int i = 0; i < v.length; i++) {
                v[i] = channels.get(from + i).scale();
            }
            return C3dParameter.ofFloats(name, "", new int[]{v.length}, v);
        }, channels.size());
        boolean unsigned = Signals.analogUnsigned(stored);
        boolean integral = channels.stream().allMatch(c -> c.offset() == Math.rint(c.offset())
                && c.offset() >= (unsigned ? 0 : Short.MIN_VALUE) && c.offset() <= (unsigned ? 65535 : Short.MAX_VALUE));
        setSplit("ANALOG", "OFFSET", (name, from) -> {
            int n = Math.max(0, Math.min(SPLIT, channels.size() - from));
            if (integral) {
                short[] v = new short[n];
                for (int i = 0; i < n; i++) {
                    v[i] = (short) (int) channels.get(from + i).offset();
                }
                return new C3dParameter(name, "", false, new int[]{n}, new org.ambulo.c3d.ParameterValues.Ints(v));
            }
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                v[i] = channels.get(from + i).offset();
            }
            return C3dParameter.ofFloats(name, "", new int[]{n}, v);
        }, channels.size());
    }

    private void regenerateTrial() {
        long first = file.firstFrame();
        long last = file.frameCount() == 0 ? first : first + file.frameCount() - 1;
        MutableGroup trial = groups.get("TRIAL");
        boolean present = trial != null && trial.parameters.containsKey("ACTUAL_START_FIELD");
        if (last <= 65535 && !present) {
            return;
        }
        group("TRIAL", "Trial parameters");
        set("TRIAL", field("ACTUAL_START_FIELD", first), true);
        set("TRIAL", field("ACTUAL_END_FIELD", last), true);
    }

    /** A frame number as two unsigned 16-bit words, low word first (Vicon convention). */
    private static C3dParameter field(String name, long frame) {
        return new C3dParameter(name, "", false, new int[]{2},
                new org.ambulo.c3d.ParameterValues.Ints(new short[]{(short) (frame & 0xFFFF), (short) (frame >>> 16)}));
    }

    private void regenerateEvents() {
        C3dParameters stored = current();
        var existing = Signals.eventGroup(stored);
        List<C3dEvent> events = file.events();
        if (existing.isEmpty() && events.isEmpty()) {
            return;
        }
        Quirks odd = new Quirks();
        if (existing.isPresent() && Signals.events(stored, odd).equals(events)
                && odd.codes().stream().allMatch(Signals::isEventContentQuirk)) {
            return;
        }
        // always the standard EVENT group; a vendor's EVENTS group stays as it was, like any unknown group
        String name = existing.filter(g -> g.name().equalsIgnoreCase("EVENT")).map(C3dGroup::name).orElse("EVENT");
        group(name, "Event parameters");
        int n = events.size();
        float[] times = new float[2 * n];
        short[] icons = new short[n];
        short[] flags = new short[n];
        for (int i = 0; i < n; i++) {
            double t = events.get(i).timeSeconds();
            times[2 * i] = 0f;
            times[2 * i + 1] = (float) t;
            icons[i] = (short) events.get(i).iconId();
            flags[i] = (short) events.get(i).genericFlag();
        }
        set(name, C3dParameter.ofInts("USED", "Number of events", n), true);
        set(name, C3dParameter.ofStrings("CONTEXTS", "", events.stream().map(C3dEvent::context).toList(), 1), false);
        set(name, C3dParameter.ofStrings("LABELS", "", events.stream().map(C3dEvent::label).toList(), 1), false);
        set(name, C3dParameter.ofStrings("DESCRIPTIONS", "", events.stream().map(C3dEvent::description).toList(), 1), false);
        set(name, C3dParameter.ofStrings("SUBJECTS", "", events.stream().map(C3dEvent::subject).toList(), 1), false);
        set(name, C3dParameter.ofFloats("TIMES", "minutes, seconds", new int[]{2, n}, times), false);
        set(name, new C3dParameter("ICON_IDS", "", false, new int[]{n}, new org.ambulo.c3d.ParameterValues.Ints(icons)), false);
        set(name, new C3dParameter("GENERIC_FLAGS", "", false, new int[]{n}, new org.ambulo.c3d.ParameterValues.Ints(flags)), false);
    }
}
