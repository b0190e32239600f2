package org.ambulo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestsTest {

    @Test
    void streamedDigestOfASharedFileEqualsTheWholeFileDigest() throws Exception {
        // 4.8 MB, larger than the 64 KiB buffer: the streamed digest must cover every chunk.
        Path walk = SharedData.resolve("kineticstoolkit__kineticstoolkit/data/walk.c3d");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(walk)));
        assertEquals(expected, FileDigests.sha256Hex(walk));
        assertEquals(64, expected.length());
    }

    @Test
    void knownTestVectors(@TempDir Path dir) throws Exception {
        // FIPS 180-2 appendix B.1 ("abc") and the digest of empty input.
        Path abc = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FileDigests.sha256Hex(abc));
        Path empty = Files.createFile(dir.resolve("empty"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", FileDigests.sha256Hex(empty));
    }

    @Test
    void aMissingFileIsAnIoError(@TempDir Path dir) {
        assertThrows(IOException.class, () -> FileDigests.sha256Hex(dir.resolve("missing.c3d")));
    }
}
