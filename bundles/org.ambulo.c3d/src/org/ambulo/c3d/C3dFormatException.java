package org.ambulo.c3d;

import java.io.IOException;

/**
 * A C3D file that cannot be read correctly. The message always names the file, the byte offset
 * (from the start of the file) where the problem was found, and the problem itself.
 */
public final class C3dFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final long byteOffset;
    private final String problem;

    public C3dFormatException(String fileName, long byteOffset, String problem) {
        // A negative offset means the problem is in the content as a whole, not at one place in the file.
        super(byteOffset >= 0 ? fileName + " @ byte " + byteOffset + ": " + problem : fileName + ": " + problem);
        this.fileName = fileName;
        this.byteOffset = byteOffset;
        this.problem = problem;
    }

    /** The file (or source name) being read. */
    public String fileName() {
        return fileName;
    }

    /** Offset from the start of the file where the problem was detected; negative when it is not tied to one place. */
    public long byteOffset() {
        return byteOffset;
    }

    /** What is wrong, without file name and offset. */
    public String problem() {
        return problem;
    }
}
