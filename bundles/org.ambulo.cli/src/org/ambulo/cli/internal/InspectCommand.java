package org.ambulo.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dInspection;
import org.ambulo.c3d.C3dReader;

/** {@code ambulo inspect FILE [--json]}: what one C3D file holds, and what the reader had to tolerate. */
final class InspectCommand {

    private final PrintStream out;
    private final PrintStream err;

    InspectCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        List<String> files = new ArrayList<>(args);
        boolean json = files.remove("--json");
        if (files.size() != 1 || files.get(0).startsWith("-")) {
            err.println("ambulo inspect: give one C3D file, optionally with --json, e.g. 'ambulo inspect Walk01.c3d --json'.");
            return ExitCode.USAGE;
        }
        Path file = Path.of(files.get(0)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            err.println("ambulo inspect: " + file + " does not exist or is not a file.");
            return ExitCode.BAD_INPUT;
        }
        C3dFile c3d;
        try {
            c3d = C3dReader.read(file);
        } catch (C3dFormatException e) {
            err.println("ambulo inspect: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println("ambulo inspect: cannot read " + file + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        out.println(json ? C3dInspection.json(c3d) : C3dInspection.text(c3d));
        return ExitCode.OK;
    }
}
