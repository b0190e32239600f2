package org.ambulo.c3d;

import java.io.IOException;
import java.nio.file.Path;

import org.ambulo.c3d.internal.FileEncoder;

/**
 * Writes Intel float C3D files that ezc3d, BTK/Mokka and Vicon tools read: header and parameter
 * section regenerated from the model (counts, rates, data start, labels split at 255 into
 * LABELS2..., more than 65535 frames as FLOAT POINT:FRAMES plus TRIAL:ACTUAL_*_FIELD and
 * POINT:LONG_FRAMES, events in the header and the EVENT group, model outputs with their units);
 * every other group is preserved. Unmodified float files round-trip bit for bit.
 */
public final class C3dWriter {

    private C3dWriter() {
    }

    /** Writes to a file, streaming the data section. */
    public static void write(C3dFile file, Path path) throws IOException {
        FileEncoder.encode(file, path);
    }

    /** The complete file image in memory. */
    public static byte[] toBytes(C3dFile file) {
        return FileEncoder.encode(file);
    }
}
