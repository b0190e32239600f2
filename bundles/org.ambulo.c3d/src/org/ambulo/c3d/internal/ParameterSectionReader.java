package org.ambulo.c3d.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dParameters;
import org.ambulo.c3d.ParameterType;
import org.ambulo.c3d.ParameterValues;

/**
 * Reads the parameter records. Lenient about the record chain (offsets that overrun, pointers into
 * the data section, orphan parameters, groups defined after their parameters, duplicates), because
 * vendors get these wrong while the values themselves are intact; every such case becomes a quirk.
 */
final class ParameterSectionReader {

    private static final class GroupBuilder {
        final int id;
        String name;
        String description = "";
        boolean locked;
        long order;
        final List<C3dParameter> parameters = new ArrayList<>();
        int identicalDuplicates;
        final List<String> differingDuplicates = new ArrayList<>();
        long firstDuplicateOffset = Long.MAX_VALUE;

        GroupBuilder(int id) {
            this.id = id;
        }
    }

    private final Source src;
    private final Quirks quirks;

    ParameterSectionReader(Source src, Quirks quirks) {
        this.src = src;
        this.quirks = quirks;
    }

    /**
     * @param start offset of the parameter section (its 4-byte header)
     * @param limit offset where records must stop (data start or end of file)
     */
    C3dParameters read(long start, long limit) throws C3dFormatException {
        Map<Integer, GroupBuilder> groups = new LinkedHashMap<>();
        long pos = start + 4;
        long order = 0;
        int records = 0;
        while (true) {
            if (pos + 2 > limit) {
                if (records > 0) {
                    quirks.add("PARAMETERS_UNTERMINATED",
                            "the parameter records run to the end of the parameter section without an end marker",
                            "stopped at the section end", pos);
                }
                break;
            }
            int nameLength = src.s8(pos, "parameter record");
            int id = src.s8(pos + 1, "parameter record");
            if (nameLength == 0 || id == 0) {
                break; // regular end marker
            }
            int length = Math.abs(nameLength);
            boolean locked = nameLength < 0;
            if (pos + 2 + length + 2 > limit) {
                quirks.add("PARAMETER_RECORD_TRUNCATED", "a parameter record name runs past the parameter section",
                        "ignored the rest of the section", pos);
                break;
            }
            byte[] nameBytes = src.bytes(pos + 2, length, "parameter name");
            if (!isName(nameBytes)) {
                quirks.add("PARAMETER_GARBAGE", "bytes that are not a parameter name where a record should start",
                        "stopped reading parameters there", pos);
                break;
            }
            String name = new String(nameBytes, StandardCharsets.US_ASCII);
            long offsetField = pos + 2 + length;
            int offset = src.u16(offsetField, "parameter record offset");
            long next = offset == 0 ? -1 : offsetField + offset;
            long body = offsetField + 2;
            long recordEnd;
            if (id < 0) {
                GroupBuilder g = groups.computeIfAbsent(-id, GroupBuilder::new);
                Description d = description(body, limit, next);
                recordEnd = d.end;
                if (g.name != null) {
                    quirks.add("DUPLICATE_GROUP_ID", "group id " + -id + " is defined twice (" + g.name + ", " + name + ")",
                            "kept the first definition", pos);
                } else {
                    g.name = name;
                    g.description = d.text;
                    g.locked = locked;
                    g.order = order++;
                }
            } else {
                Parsed p = parameter(name, locked, body, limit, next, pos);
                if (p == null) {
                    break;
                }
                recordEnd = p.end;
                GroupBuilder g = groups.computeIfAbsent(id, GroupBuilder::new);
                if (g.parameters.isEmpty() && g.name == null) {
                    g.order = Long.MAX_VALUE / 2 + order++; // orphan so far: sorted after defined groups
                }
                C3dParameter first = g.parameters.stream().filter(q -> q.name().equalsIgnoreCase(name)).findFirst().orElse(null);
                if (first != null) {
                    if (p.parameter != null && first.values().equals(p.parameter.values())) {
                        g.identicalDuplicates++;
                    } else if (!g.differingDuplicates.contains(name)) {
                        g.differingDuplicates.add(name);
                    }
                    g.firstDuplicateOffset = Math.min(g.firstDuplicateOffset, pos);
                } else if (p.parameter != null) {
                    g.parameters.add(p.parameter);
                }
            }
            records++;
            if (next < 0) {
                break; // offset 0: last record
            }
            if (next <= pos) {
                quirks.add("PARAMETER_OFFSET_BACKWARDS", "a parameter record points backwards (offset " + offset + ")",
                        "stopped reading parameters there", offsetField);
                break;
            }
            if (next > limit) {
                int swapped = Integer.reverseBytes(offset) >>> 16;
                long alternative = offsetField + swapped;
                if (swapped != 0 && alternative >= recordEnd && alternative + 2 <= limit && looksLikeRecord(alternative)) {
                    quirks.add("PARAMETER_OFFSET_BYTE_ORDER",
                            "record '" + name + "' stores its offset in the other byte order (" + offset + " read, "
                                    + swapped + " meant)",
                            "followed the byte-swapped offset", offsetField);
                    pos = alternative;
                    continue;
                }
            }
            if (next >= limit) {
                if (next > limit) {
                    quirks.add("PARAMETER_OFFSET_OVERRUN", "record '" + name + "' points past the parameter section (to byte " + next + ")",
                            "ended the parameter section there", offsetField);
                }
                break;
            }
            pos = next;
        }
        return assemble(groups);
    }

    private C3dParameters assemble(Map<Integer, GroupBuilder> groups) {
        List<GroupBuilder> ordered = new ArrayList<>(groups.values());
        ordered.sort((a, b) -> Long.compare(a.order, b.order));
        List<C3dGroup> out = new ArrayList<>();
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (GroupBuilder g : ordered) {
            if (g.name == null) {
                if (g.parameters.isEmpty()) {
                    continue;
                }
                g.name = "ORPHAN_" + g.id;
                quirks.add("ORPHAN_PARAMETERS", g.parameters.size() + " parameters refer to group id " + g.id + ", which is never defined",
                        "kept them in a group named " + g.name);
            }
            if (g.identicalDuplicates > 0) {
                quirks.add("DUPLICATE_PARAMETERS",
                        g.identicalDuplicates + " parameters of group " + g.name + " are stored twice with identical values",
                        "kept one copy", g.firstDuplicateOffset);
            }
            if (!g.differingDuplicates.isEmpty()) {
                List<String> names = g.differingDuplicates;
                String shown = names.size() <= 8
                        ? String.join(", ", names)
                        : String.join(", ", names.subList(0, 8)) + " and " + (names.size() - 8) + " more";
                quirks.add("DUPLICATE_PARAMETERS_DIFFER",
                        names.size() + " parameters of group " + g.name + " are stored more than once with different values ("
                                + shown + ")",
                        "kept the first copy of each (Nexus writes the subject's values first)", g.firstDuplicateOffset);
            }
            String key = g.name.toUpperCase(Locale.ROOT);
            Integer existing = byName.get(key);
            if (existing != null) {
                C3dGroup first = out.get(existing);
                List<C3dParameter> merged = new ArrayList<>(first.parameters());
                for (C3dParameter p : g.parameters) {
                    if (first.parameter(p.name()).isEmpty()) {
                        merged.add(p);
                    }
                }
                out.set(existing, new C3dGroup(first.name(), first.description(), first.locked(), merged));
                quirks.add("DUPLICATE_GROUP_NAME", "group " + g.name + " is defined twice (ids differ)",
                        "merged its parameters into the first");
                continue;
            }
            byName.put(key, out.size());
            out.add(new C3dGroup(g.name, g.description, g.locked, g.parameters));
        }
        return new C3dParameters(out);
    }

    private record Description(String text, long end) {
    }

    private record Parsed(C3dParameter parameter, long end) {
    }

    private Description description(long at, long limit, long next) throws C3dFormatException {
        if (at >= limit) {
            return new Description("", at);
        }
        int length = src.u8(at, "description length");
        long bound = next >= at ? Math.min(limit, next) : limit;
        if (at >= bound) {
            quirks.add("DESCRIPTION_MISSING", "a record ends without its description-length byte", "used an empty description", at);
            return new Description("", at);
        }
        if (at + 1 + length > bound) {
            quirks.add("DESCRIPTION_TRUNCATED", "a description of " + length + " bytes runs past its record", "cut it at the record end",
                    at);
            length = (int) Math.max(0, bound - at - 1);
        }
        byte[] bytes = src.bytes(at + 1, length, "description");
        return new Description(C3dParameterAccess.decode(bytes), at + 1 + length);
    }

    private Parsed parameter(String name, boolean locked, long body, long limit, long next, long recordStart) throws C3dFormatException {
        if (body + 2 > limit) {
            quirks.add("PARAMETER_RECORD_TRUNCATED", "parameter " + name + " is cut off by the end of the parameter section", "ignored it",
                    recordStart);
            return null;
        }
        int typeCode = src.s8(body, "parameter type");
        var type = ParameterType.fromCode(typeCode);
        int dimensionCount = src.u8(body + 1, "parameter dimension count");
        if (type.isEmpty() || dimensionCount > 7) {
            quirks.add("PARAMETER_BAD_TYPE", "parameter " + name + " has type " + typeCode + " and " + dimensionCount + " dimensions",
                    next > 0 ? "skipped it" : "stopped reading parameters", recordStart);
            return next > 0 ? new Parsed(null, body) : null;
        }
        if (body + 2 + dimensionCount > limit) {
            quirks.add("PARAMETER_RECORD_TRUNCATED", "parameter " + name + " is cut off by the end of the parameter section", "ignored it",
                    recordStart);
            return null;
        }
        int[] dimensions = new int[dimensionCount];
        long count = 1;
        for (int i = 0; i < dimensionCount; i++) {
            dimensions[i] = src.u8(body + 2 + i, "parameter dimensions");
            count *= dimensions[i];
        }
        long data = body + 2 + dimensionCount;
        long bytes = count * type.get().elementBytes();
        if (next > 0 && data + bytes > next) {
            quirks.add("PARAMETER_DATA_OVERLAPS_NEXT", "the data of parameter " + name + " (" + bytes + " bytes for dimensions "
                    + java.util.Arrays.toString(dimensions) + ") runs into the next record",
                    "dropped the parameter, continued at the next record", recordStart);
            return new Parsed(null, data + bytes);
        }
        if (data + bytes > limit) {
            quirks.add("PARAMETER_RECORD_TRUNCATED",
                    "the data of parameter " + name + " (" + bytes + " bytes) runs past the parameter section",
                    "ignored it and the rest of the section", recordStart);
            return null;
        }
        ParameterValues values = switch (type.get()) {
            case CHAR -> new ParameterValues.Chars(src.bytes(data, (int) bytes, "parameter data"));
            case BYTE -> new ParameterValues.Bytes(src.bytes(data, (int) bytes, "parameter data"));
            case INT -> {
                short[] v = new short[(int) count];
                for (int i = 0; i < v.length; i++) {
                    v[i] = src.i16(data + 2L * i, "parameter data");
                }
                yield new ParameterValues.Ints(v);
            }
            case FLOAT -> {
                float[] v = new float[(int) count];
                for (int i = 0; i < v.length; i++) {
                    v[i] = src.f32(data + 4L * i, "parameter data");
                }
                yield new ParameterValues.Floats(v);
            }
        };
        Description d = description(data + bytes, limit, next);
        return new Parsed(new C3dParameter(name, d.text, locked, dimensions, values), d.end);
    }

    /** A plausible record start: a name length and id, then printable name bytes. */
    private boolean looksLikeRecord(long at) throws C3dFormatException {
        int length = Math.abs(src.s8(at, "parameter record"));
        if (length == 0 || !src.has(at + 2, length)) {
            return src.has(at, 1) && length == 0;
        }
        return isName(src.bytes(at + 2, length, "parameter name"));
    }

    /** C3D names are 7-bit printable; anything else means we are reading garbage. */
    private static boolean isName(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7E) {
                return false;
            }
        }
        return bytes.length > 0;
    }
}
