package org.ambulo.c3d.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ambulo.c3d.C3dGroup;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.ParameterValues;
import org.ambulo.c3d.ProcessorType;

/** Serialises groups and parameters as Intel records: each group followed by its parameters, ids 1..n. */
final class ParameterSectionWriter {

    private ParameterSectionWriter() {
    }

    /** The whole parameter section, padded to 512-byte blocks, with its block count in byte 3. */
    static byte[] write(List<C3dGroup> groups) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        out.write(1);
        out.write(0x50);
        out.write(0); // block count, patched below
        out.write(ProcessorType.INTEL.code());
        int lastOffsetField = -1;
        for (int g = 0; g < groups.size(); g++) {
            C3dGroup group = groups.get(g);
            int id = g + 1;
            byte[] description = description(group.description());
            lastOffsetField = record(out, group.name(), group.locked(), -id, 1 + description.length);
            out.write(description.length);
            out.writeBytes(description);
            for (C3dParameter p : group.parameters()) {
                byte[] data = data(p);
                byte[] pd = description(p.description());
                int[] dims = p.dimensions();
                lastOffsetField = record(out, p.name(), p.locked(), id, 2 + dims.length + data.length + 1 + pd.length);
                out.write(p.type().code());
                out.write(dims.length);
                for (int d : dims) {
                    out.write(d);
                }
                out.writeBytes(data);
                out.write(pd.length);
                out.writeBytes(pd);
            }
        }
        byte[] bytes = out.toByteArray();
        if (lastOffsetField >= 0) {
            bytes[lastOffsetField] = 0; // offset 0 marks the last record
            bytes[lastOffsetField + 1] = 0;
        }
        int blocks = Math.max(1, (bytes.length + 1 + 511) / 512); // +1: room for a terminating zero byte
        if (blocks > 255) {
            throw new IllegalArgumentException("parameters need " + blocks + " blocks; a C3D parameter section holds at most 255");
        }
        byte[] padded = new byte[blocks * 512];
        System.arraycopy(bytes, 0, padded, 0, bytes.length);
        padded[2] = (byte) blocks;
        return padded;
    }

    /** Writes name length, id, name and the offset to the next record; returns the offset field position. */
    private static int record(ByteArrayOutputStream out, String name, boolean locked, int id, int bodyLength) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        if (n.length == 0 || n.length > 127) {
            throw new IllegalArgumentException("parameter/group name '" + name + "' must have 1..127 characters");
        }
        int offset = 2 + bodyLength;
        if (offset > 0xFFFF) {
            throw new IllegalArgumentException("parameter " + name + " is too large for one record (" + offset + " bytes)");
        }
        out.write(locked ? -n.length : n.length);
        out.write(id);
        out.writeBytes(n);
        int field = out.size();
        out.write(offset & 0xFF);
        out.write(offset >>> 8);
        return field;
    }

    private static byte[] description(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (b.length <= 255) {
            return b;
        }
        byte[] cut = new byte[255];
        System.arraycopy(b, 0, cut, 0, 255);
        return cut;
    }

    private static byte[] data(C3dParameter p) {
        return switch (p.values()) {
            case ParameterValues.Chars c -> c.bytes();
            case ParameterValues.Bytes b -> b.values();
            case ParameterValues.Ints n -> {
                short[] v = n.values();
                ByteBuffer bb = ByteBuffer.allocate(v.length * 2).order(ByteOrder.LITTLE_ENDIAN);
                bb.asShortBuffer().put(v);
                yield bb.array();
            }
            case ParameterValues.Floats f -> {
                float[] v = f.values();
                ByteBuffer bb = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                bb.asFloatBuffer().put(v);
                yield bb.array();
            }
        };
    }
}
