package org.ambulo.c3d;

import java.util.Optional;

/** The processor that wrote the file: decides byte order and float format. */
public enum ProcessorType {
    /** Little-endian, IEEE floats. Parameter-section code 84. */
    INTEL(84, "Intel"),
    /** Little-endian integers, DEC VAX F-floats (half-words swapped, exponent bias +2). Code 85. */
    DEC(85, "DEC"),
    /** Big-endian, IEEE floats (SGI/MIPS). Code 86. */
    MIPS(86, "SGI/MIPS");

    private final int code;
    private final String displayName;

    ProcessorType(int code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The value stored in the 4th byte of the parameter section. */
    public int code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** Decodes the standard codes 84/85/86 only. */
    public static Optional<ProcessorType> fromCode(int code) {
        for (ProcessorType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
