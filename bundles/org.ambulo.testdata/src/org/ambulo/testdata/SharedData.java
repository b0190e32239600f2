package org.ambulo.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the read-only test data in {@code ../shared/data} beside the project root. Tests read the
 * files in place; they are never copied into the project.
 */
public final class SharedData {

    /** System property that overrides the search, e.g. for IDE runs from another working directory. */
    public static final String PROPERTY = "ambulo.shared.data";

    private SharedData() {
    }

    /** The {@code shared/data} folder, or an {@link IllegalStateException} saying where it was looked for. */
    public static Path root() {
        return find().orElseThrow(() -> new IllegalStateException(
                "shared test data not found: set -D" + PROPERTY + " or keep ../shared/data beside the project root (searched upwards from "
                        + Path.of("").toAbsolutePath() + ")"));
    }

    /** A file or folder under {@code shared/data}, given by its path relative to that folder. */
    public static Path resolve(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("missing shared test data: " + path);
        }
        return path;
    }

    static Optional<Path> find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured).toAbsolutePath().normalize();
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isRegularFile(candidate.resolve("SHA1SUMS"))) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}
