package org.ambulo.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Main class of the child JVMs of the crash and concurrency tests. Modes:
 * <ul>
 * <li>{@code loop PROPERTIES FOLDER}: imports every session folder under FOLDER that is not stored yet, printing
 * {@code OPEN} once the store is open and {@code IMPORTED <id>} after each commit; the test kills it at random
 * moments.</li>
 * <li>{@code import PROPERTIES FOLDER GO_FILE}: waits until GO_FILE exists (so two workers start together), imports one
 * session folder, prints {@code OK} or {@code REFUSED <message>}.</li>
 * </ul>
 */
public final class StoreWorker {

    private StoreWorker() {
    }

    public static void main(String[] args) throws Exception {
        StoreConfig config = StoreConfig.load(Path.of(args[1]));
        Actor actor = new Actor("worker-" + ProcessHandle.current().pid(), Role.TECHNICIAN);
        switch (args[0]) {
            case "loop" -> loop(config, Path.of(args[2]), actor);
            case "import" -> importOne(config, Path.of(args[2]), Path.of(args[3]), actor);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void loop(StoreConfig config, Path root, Actor actor) throws Exception {
        List<Path> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = s.sorted().toList();
        }
        try (AmbuloStore store = AmbuloStore.open(config)) {
            System.out.println("OPEN");
            System.out.flush();
            for (Path folder : folders) {
                if (store.session(folder.getFileName().toString()).isEmpty()) {
                    store.importSession(folder, actor);
                    System.out.println("IMPORTED " + folder.getFileName()); // after the commit: must survive the kill
                    System.out.flush();
                }
            }
        }
        System.out.println("DONE");
    }

    private static void importOne(StoreConfig config, Path folder, Path go, Actor actor) throws Exception {
        try (AmbuloStore store = AmbuloStore.open(config)) {
            System.out.println("OPEN");
            System.out.flush();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!Files.exists(go) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            try {
                store.importSession(folder, actor);
                System.out.println("OK");
            } catch (StoreException e) {
                System.out.println("REFUSED " + e.getMessage());
            }
        }
    }
}
