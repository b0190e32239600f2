package org.ambulo.c3d.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.ProcessorType;

/**
 * Bounds-checked, processor-aware access to the bytes of one file. Every read past the end becomes a
 * {@link C3dFormatException} naming the offset, never an IndexOutOfBounds/BufferUnderflow.
 */
final class Source {

    final ByteBuffer buffer;
    final String name;
    final int length;
    private ProcessorType processor = ProcessorType.INTEL;

    Source(ByteBuffer buffer, String name) {
        this.buffer = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        this.name = name;
        this.length = buffer.limit();
    }

    void processor(ProcessorType type) {
        this.processor = type;
        buffer.order(type == ProcessorType.MIPS ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    ProcessorType processor() {
        return processor;
    }

    C3dFormatException error(long offset, String problem) {
        return new C3dFormatException(name, offset, problem);
    }

    boolean has(long offset, long count) {
        return offset >= 0 && count >= 0 && offset + count <= length;
    }

    private void need(long offset, long count, String what) throws C3dFormatException {
        if (!has(offset, count)) {
            throw error(offset, "file ends (" + length + " bytes) inside " + what);
        }
    }

    int u8(long offset, String what) throws C3dFormatException {
        need(offset, 1, what);
        return buffer.get((int) offset) & 0xFF;
    }

    int s8(long offset, String what) throws C3dFormatException {
        need(offset, 1, what);
        return buffer.get((int) offset);
    }

    short i16(long offset, String what) throws C3dFormatException {
        need(offset, 2, what);
        return buffer.getShort((int) offset);
    }

    int u16(long offset, String what) throws C3dFormatException {
        return i16(offset, what) & 0xFFFF;
    }

    float f32(long offset, String what) throws C3dFormatException {
        need(offset, 4, what);
        return processor == ProcessorType.DEC ? decToIeee(buffer.getInt((int) offset)) : buffer.getFloat((int) offset);
    }

    /** Float as some other processor would have written it (used to guess the processor). */
    float f32As(ProcessorType type, long offset) {
        ByteBuffer b = buffer.duplicate().order(type == ProcessorType.MIPS ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        return type == ProcessorType.DEC ? decToIeee(b.getInt((int) offset)) : b.getFloat((int) offset);
    }

    byte[] bytes(long offset, int count, String what) throws C3dFormatException {
        need(offset, count, what);
        byte[] out = new byte[count];
        buffer.get((int) offset, out);
        return out;
    }

    /**
     * DEC VAX F-float (read as a little-endian int) to IEEE: swap the 16-bit halves, then divide by
     * 4 (DEC's exponent bias is 2 higher and its hidden bit sits one place lower). Exponent 0 is
     * zero on a VAX; exponents that IEEE would read as Inf/NaN or subnormal are computed exactly.
     */
    static float decToIeee(int littleEndianBits) {
        int bits = (littleEndianBits << 16) | (littleEndianBits >>> 16);
        int exponent = (bits >>> 23) & 0xFF;
        if (exponent == 0) {
            return 0f;
        }
        if (exponent >= 3 && exponent < 255) {
            return Float.intBitsToFloat(bits) / 4f;
        }
        float mantissa = 1f + (bits & 0x7FFFFF) / (float) (1 << 23);
        float magnitude = Math.scalb(mantissa, exponent - 129);
        return bits < 0 ? -magnitude : magnitude;
    }
}
