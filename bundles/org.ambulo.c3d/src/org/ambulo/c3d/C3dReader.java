package org.ambulo.c3d;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.ambulo.c3d.internal.FileDecoder;

/**
 * Reads C3D files (Intel, DEC, SGI/MIPS; integer and float). Files are memory-mapped and decoded
 * with bulk buffer copies, so the heap holds only the decoded sample arrays. Deviations the reader
 * tolerates are listed in {@link C3dFile#quirks()}; files it cannot read correctly raise
 * {@link C3dFormatException}.
 */
public final class C3dReader {

    private C3dReader() {
    }

    /** Reads a file from disk (memory-mapped; files up to 2 GiB). */
    public static C3dFile read(Path path) throws IOException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new C3dFormatException(name, Integer.MAX_VALUE, "files over 2 GiB are not supported (" + size + " bytes)");
            }
            if (size == 0) {
                return FileDecoder.decode(ByteBuffer.allocate(0), name);
            }
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            return FileDecoder.decode(mapped, name);
        }
    }

    /** Reads a file image held in memory; {@code sourceName} is used in messages. The array is not modified. */
    public static C3dFile read(byte[] bytes, String sourceName) throws C3dFormatException {
        return FileDecoder.decode(ByteBuffer.wrap(bytes).asReadOnlyBuffer(), sourceName);
    }

    /** Reads from a buffer (position 0 to limit); the buffer is not modified. */
    public static C3dFile read(ByteBuffer buffer, String sourceName) throws C3dFormatException {
        return FileDecoder.decode(buffer.slice(), sourceName);
    }
}
