package org.ambulo.c3d;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.ambulo.testdata.SharedData;

/** The real C3D files under shared/data, read in place. */
final class SharedC3dFiles {

    static final String SAMPLES = "biomechanics-foundation__c3dio/tests/c3d_org_samples/";

    private SharedC3dFiles() {
    }

    /** Every *.c3d (any case) under shared/data, as paths relative to it with '/' separators, sorted. */
    static List<String> all() {
        Path root = SharedData.root();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".c3d"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String relative) {
        return SharedData.resolve(relative);
    }

    static C3dFile read(String relative) throws IOException {
        return C3dReader.read(path(relative));
    }

    static byte[] bytes(String relative) throws IOException {
        return Files.readAllBytes(path(relative));
    }
}
