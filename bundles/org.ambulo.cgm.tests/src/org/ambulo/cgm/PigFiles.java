package org.ambulo.cgm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.testdata.SharedData;

/** The Plug-in Gait files of the shared data, read once per test run. */
final class PigFiles {

    static final String PIG = "OpenMA__openma-data/input/c3d/plugingait/";

    private static final Map<String, C3dFile> CACHE = new HashMap<>();

    private PigFiles() {
    }

    static synchronized C3dFile read(String relative) {
        return CACHE.computeIfAbsent(relative, r -> {
            try {
                return C3dReader.read(path(r));
            } catch (IOException e) {
                throw new IllegalStateException(r + ": " + e.getMessage(), e);
            }
        });
    }

    static C3dFile pig(String name) {
        return read(PIG + name);
    }

    static Path path(String relative) {
        return SharedData.resolve(relative);
    }
}
