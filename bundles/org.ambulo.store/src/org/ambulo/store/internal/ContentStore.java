package org.ambulo.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.ambulo.pipeline.FileDigests;

/**
 * Content-addressed files: {@code <root>/sha256/ab/<hash>}. A file is written to a temporary name in its final folder,
 * forced to disk and then linked under its hash, which fails rather than replaces when the name exists: stored files are
 * never overwritten and never duplicated. A file written for a transaction that later rolls back stays as an orphan
 * nobody references; that is harmless.
 */
public final class ContentStore {

    /** A stored file: its hash, size and whether this call added it. */
    public record Stored(String sha256Hex, long sizeBytes, boolean added) {
    }

    private final Path root;

    public ContentStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Where the file with this hash lives (it may not exist). */
    public Path path(String sha256Hex) {
        if (!sha256Hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex string: " + sha256Hex);
        }
        return root.resolve("sha256").resolve(sha256Hex.substring(0, 2)).resolve(sha256Hex);
    }

    public Optional<Path> existing(String sha256Hex) {
        Path p = path(sha256Hex);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** What became of a stored file since it was stored. */
    public enum Integrity {
        INTACT,
        MISSING,
        ALTERED
    }

    /** Re-reads the file stored under this hash and says whether it still hashes to it. */
    public Integrity check(String sha256Hex) throws IOException {
        Optional<Path> file = existing(sha256Hex);
        if (file.isEmpty()) {
            return Integrity.MISSING;
        }
        return FileDigests.sha256Hex(file.get()).equals(sha256Hex) ? Integrity.INTACT : Integrity.ALTERED;
    }

    /** Copies a file in, hashing what is actually copied (not what was read earlier). */
    public Stored put(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return put(in);
        }
    }

    public Stored put(byte[] bytes) throws IOException {
        return put(new java.io.ByteArrayInputStream(bytes));
    }

    private Stored put(InputStream in) throws IOException {
        Path staging = root.resolve("sha256").resolve("incoming");
        Files.createDirectories(staging);
        Path temp = staging.resolve(UUID.randomUUID() + ".tmp");
        MessageDigest digest = FileDigests.sha256();
        long size;
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream os = Channels.newOutputStream(out)) {
                size = new DigestInputStream(in, digest).transferTo(os);
                out.force(true);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = path(hash);
            if (Files.exists(target)) {
                return new Stored(hash, size, false);
            }
            Path folder = target.getParent();
            Files.createDirectories(folder);
            // the temporary file goes into the final folder first so that linking it there is one atomic step
            Path local = folder.resolve("." + temp.getFileName());
            Files.move(temp, local, StandardCopyOption.ATOMIC_MOVE);
            temp = local;
            boolean added;
            try {
                Files.createLink(target, local);
                added = true;
            } catch (FileAlreadyExistsException e) {
                added = false; // another process stored the same content meanwhile
            } catch (UnsupportedOperationException e) {
                // no hard links (some network shares): rename, which on such systems never replaces
                Files.move(local, target, StandardCopyOption.ATOMIC_MOVE);
                added = true;
            }
            forceFolder(folder);
            return new Stored(hash, size, added);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Removes temporary files a killed process left behind. Only those older than a day: a younger one may belong to
     * another process that is storing it right now.
     */
    public void removeStaleTemporaryFiles() throws IOException {
        Path sha = root.resolve("sha256");
        if (!Files.isDirectory(sha)) {
            return;
        }
        java.nio.file.attribute.FileTime dayAgo = java.nio.file.attribute.FileTime
                .from(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
        try (java.util.stream.Stream<Path> files = Files.walk(sha, 2)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                if (Files.getLastModifiedTime(p).compareTo(dayAgo) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void forceFolder(Path folder) {
        // makes the new name durable; not every platform can open a folder for this, and then the rename is all we get
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }
}
