package org.ambulo.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-addressed file store: layout, no duplicates, no overwrites, no temporary leftovers. */
class ContentStoreTest {

    @TempDir
    Path root;

    @Test
    void fileIsStoredUnderItsHashOnce() throws Exception {
        ContentStore store = new ContentStore(root);
        byte[] bytes = "gait".getBytes(StandardCharsets.US_ASCII);
        // SHA-256 of "gait", computed independently: printf gait | sha256sum
        String expected = "7b3d74039aeefa454cd47c0b9df1b40ea7183edffe5bcd06a27a07eaccebd0ed";
        ContentStore.Stored first = store.put(bytes);
        assertEquals(expected, first.sha256Hex());
        assertEquals(4, first.sizeBytes());
        assertTrue(first.added());
        Path file = root.resolve("sha256").resolve(first.sha256Hex().substring(0, 2)).resolve(first.sha256Hex());
        assertEquals(file, store.path(first.sha256Hex()));
        assertArrayEquals(bytes, Files.readAllBytes(file));
        FileTime written = Files.getLastModifiedTime(file);

        ContentStore.Stored second = store.put(bytes);
        assertFalse(second.added(), "the same content is not stored again");
        assertEquals(written, Files.getLastModifiedTime(file), "never rewritten");
        assertEquals(List.of(file), storedFiles());
    }

    @Test
    void concurrentWritersOfTheSameContentLeaveOneFile() throws Exception {
        ContentStore store = new ContentStore(root);
        byte[] bytes = new byte[200_000];
        new java.util.Random(7).nextBytes(bytes);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ContentStore.Stored>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> store.put(bytes)));
            }
            int added = 0;
            for (Future<ContentStore.Stored> r : results) {
                added += r.get().added() ? 1 : 0;
            }
            assertEquals(1, added, "exactly one writer adds the file");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, storedFiles().size());
        assertEquals(List.of(), temporaryFiles(), "no temporary files left");
    }

    @Test
    void staleTemporaryFilesAreRemovedFreshOnesKept() throws Exception {
        ContentStore store = new ContentStore(root);
        Path incoming = Files.createDirectories(root.resolve("sha256/incoming"));
        Path stale = Files.writeString(incoming.resolve("a.tmp"), "left by a killed process");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path fresh = Files.writeString(incoming.resolve("b.tmp"), "another process is writing this");
        store.removeStaleTemporaryFiles();
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
    }

    private List<Path> storedFiles() throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).toList();
        }
    }

    private List<Path> temporaryFiles() throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
