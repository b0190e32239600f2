package org.ambulo.ui.review;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether an H2 database file is open: H2 locks the file while the database is open, and another process then cannot
 * use it. Within one JVM the lock shows as an overlapping lock.
 */
final class H2FileLock {

    private H2FileLock() {
    }

    static boolean isHeld(Path databaseFile) throws IOException {
        try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }
}
