package org.ambulo.c3d;

import java.util.Optional;

/** Element type of a parameter, with the code stored in the file. */
public enum ParameterType {
    CHAR(-1, 1),
    BYTE(1, 1),
    INT(2, 2),
    FLOAT(4, 4);

    private final int code;
    private final int elementBytes;

    ParameterType(int code, int elementBytes) {
        this.code = code;
        this.elementBytes = elementBytes;
    }

    public int code() {
        return code;
    }

    public int elementBytes() {
        return elementBytes;
    }

    public static Optional<ParameterType> fromCode(int code) {
        for (ParameterType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
