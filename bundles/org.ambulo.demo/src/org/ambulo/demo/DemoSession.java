package org.ambulo.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The demo session bundled with Ambulo: one real walking trial (Kinetics Toolkit's walk.c3d, Apache-2.0, see
 * {@value #LICENSE}) with a fictional patient, referral and laboratory marked DEMO. The files live in the bundle's
 * {@code demo/} folder; {@link #extractTo(Path)} copies them out so that the analysis runs on real paths.
 */
public final class DemoSession {

    /** Session file name. */
    public static final String SESSION = "session.json";
    /** The real walking trial. */
    public static final String TRIAL = "walk.c3d";
    /** Licence notice of the trial. */
    public static final String LICENSE = "LICENSE-walk.txt";

    static final List<String> FILES = List.of(SESSION, TRIAL, LICENSE);

    private DemoSession() {
    }

    /**
     * Copies the demo files into {@code dir} (created if needed; existing demo files are replaced).
     *
     * @return the session file in {@code dir}
     */
    public static Path extractTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : FILES) {
            try (InputStream in = open(name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir.resolve(SESSION);
    }

    /** Opens one bundled demo file. */
    public static InputStream open(String name) throws IOException {
        InputStream in = DemoSession.class.getResourceAsStream("/demo/" + name);
        if (in == null) {
            throw new IOException("demo file demo/" + name + " is missing from the org.ambulo.demo bundle");
        }
        return in;
    }
}
