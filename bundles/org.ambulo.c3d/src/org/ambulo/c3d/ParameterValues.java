package org.ambulo.c3d;

import java.util.Arrays;

/**
 * The stored elements of one parameter, in file element order (FORTRAN order: first dimension
 * varies fastest). Values are kept exactly as stored (CHAR as raw bytes) so that writing a file back
 * reproduces them bit for bit. The arrays are copied in and out; parameters are small.
 */
public sealed interface ParameterValues {

    ParameterType type();

    int count();

    /** CHAR data: raw bytes, usually ASCII/UTF-8 padded with blanks. */
    record Chars(byte[] bytes) implements ParameterValues {
        public Chars {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public ParameterType type() {
            return ParameterType.CHAR;
        }

        @Override
        public int count() {
            return bytes.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Chars other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Chars" + Arrays.toString(bytes);
        }
    }

    /** BYTE data (signed in the file; counts such as FORCE_PLATFORM:USED are read unsigned). */
    record Bytes(byte[] values) implements ParameterValues {
        public Bytes {
            values = values.clone();
        }

        @Override
        public byte[] values() {
            return values.clone();
        }

        @Override
        public ParameterType type() {
            return ParameterType.BYTE;
        }

        @Override
        public int count() {
            return values.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Bytes" + Arrays.toString(values);
        }
    }

    /** INT data: signed 16-bit as stored; counts may need the unsigned reading. */
    record Ints(short[] values) implements ParameterValues {
        public Ints {
            values = values.clone();
        }

        @Override
        public short[] values() {
            return values.clone();
        }

        @Override
        public ParameterType type() {
            return ParameterType.INT;
        }

        @Override
        public int count() {
            return values.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ints other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Ints" + Arrays.toString(values);
        }
    }

    /** FLOAT data, IEEE (DEC floats are converted on reading). Equality is bitwise. */
    record Floats(float[] values) implements ParameterValues {
        public Floats {
            values = values.clone();
        }

        @Override
        public float[] values() {
            return values.clone();
        }

        @Override
        public ParameterType type() {
            return ParameterType.FLOAT;
        }

        @Override
        public int count() {
            return values.length;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Floats other) || other.values.length != values.length) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (Float.floatToRawIntBits(values[i]) != Float.floatToRawIntBits(other.values[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Floats" + Arrays.toString(values);
        }
    }
}
