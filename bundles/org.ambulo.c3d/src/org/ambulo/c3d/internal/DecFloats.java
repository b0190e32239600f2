package org.ambulo.c3d.internal;

/** DEC VAX F-float conversion, exposed for tests and tools. */
public final class DecFloats {

    private DecFloats() {
    }

    /** @param littleEndianBits the 4 stored bytes read as a little-endian int */
    public static float toIeee(int littleEndianBits) {
        return Source.decToIeee(littleEndianBits);
    }
}
