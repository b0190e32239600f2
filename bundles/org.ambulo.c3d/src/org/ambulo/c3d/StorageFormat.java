package org.ambulo.c3d;

/** How 3D and analog samples are stored in the data section (chosen by the sign of POINT:SCALE). */
public enum StorageFormat {
    /** 16-bit integers scaled by POINT:SCALE (positive scale). */
    INTEGER(2),
    /** 32-bit floats (negative POINT:SCALE). */
    FLOAT(4);

    private final int bytesPerWord;

    StorageFormat(int bytesPerWord) {
        this.bytesPerWord = bytesPerWord;
    }

    public int bytesPerWord() {
        return bytesPerWord;
    }
}
