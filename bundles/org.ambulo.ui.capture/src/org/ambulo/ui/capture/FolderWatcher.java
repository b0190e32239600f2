package org.ambulo.ui.capture;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Calls back when files in a folder are created, changed or deleted. Events are coalesced: a capture system writes
 * a file in many small steps, and one refresh after it settles is enough.
 */
final class FolderWatcher implements AutoCloseable {

    static final long SETTLE_MILLIS = 500;

    private final WatchService service;
    private final Thread thread;

    private FolderWatcher(WatchService service, Thread thread) {
        this.service = service;
        this.thread = thread;
    }

    /** Starts watching; a folder that cannot be watched (gone, no permission) yields a watcher that does nothing. */
    static FolderWatcher start(Path folder, Runnable onChange) {
        WatchService service;
        try {
            service = FileSystems.getDefault().newWatchService();
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | UnsupportedOperationException e) {
            return new FolderWatcher(null, null);
        }
        Thread thread = new Thread(() -> loop(service, onChange), "Ambulo capture folder watcher");
        thread.setDaemon(true);
        thread.start();
        return new FolderWatcher(service, thread);
    }

    private static void loop(WatchService service, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                drain(key);
                // Wait for the writer to settle before reporting once.
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() {
        if (service == null) {
            return;
        }
        try {
            service.close();
        } catch (IOException e) {
            // Closing only ends the watch thread; nothing is lost if it fails.
        }
        thread.interrupt();
    }
}
