package org.ambulo.pipeline;

import java.nio.file.Path;

import org.ambulo.c3d.C3dReader;

/** Opens a trial file as a context to run a method on. */
@FunctionalInterface
public interface TrialLoader {

    TrialContext load(Path trial) throws Exception;

    /** Reads the file as C3D. */
    static TrialLoader c3d() {
        return trial -> TrialContext.of(C3dReader.read(trial));
    }
}
