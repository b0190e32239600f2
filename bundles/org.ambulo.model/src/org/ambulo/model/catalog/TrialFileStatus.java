package org.ambulo.model.catalog;

import java.util.List;

/** What a catalog learned from a trial file: its facts, or why it could not be read. */
public sealed interface TrialFileStatus {

    /** The file was read; {@code quirks} lists what the reader tolerated (empty when the file is clean). */
    record Readable(TrialFileFacts facts, List<String> quirks) implements TrialFileStatus {
        public Readable {
            quirks = List.copyOf(quirks);
        }
    }

    /** The file could not be read; {@code problem} says why, naming the place in the file where possible. */
    record Unreadable(String problem) implements TrialFileStatus {
    }
}
