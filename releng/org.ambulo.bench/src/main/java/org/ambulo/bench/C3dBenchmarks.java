package org.ambulo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dWriter;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Read and write throughput. The "bytes" secondary result is file bytes per second (divide by 1e6
 * for MB/s); the primary result is operations (files) per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class C3dBenchmarks {

    @State(Scope.Benchmark)
    public static class Input {
        @Param({"vicon_analysis", "ktk_walk", "pig_full", "gait_dec_int", "generated_200mb"})
        public String file;

        Path path;
        Path tempDir;
        long size;
        C3dFile model;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            if (file.startsWith("generated")) {
                tempDir = Files.createTempDirectory("ambulo-bench");
                path = BenchFiles.generate(tempDir, 200);
            } else {
                path = BenchFiles.real(file);
            }
            size = Files.size(path);
            System.out.println("\n# " + file + ": " + path + " (" + size + " bytes)");
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            model = null;
            if (tempDir != null) {
                try (Stream<Path> s = Files.walk(tempDir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** Bytes processed, reported by JMH as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Benchmark
    public C3dFile read(Input in, Bytes counter) throws IOException {
        C3dFile f = C3dReader.read(in.path);
        counter.bytes += in.size;
        return f;
    }

    /** Writes a model read in setup to a temporary file (streamed, no full image in memory); bytes = bytes written. */
    @State(Scope.Benchmark)
    public static class WriteTarget {
        Path out;
        long outSize;

        @Setup(Level.Trial)
        public void setUp(Input in) throws IOException {
            in.model = C3dReader.read(in.path);
            out = Files.createTempFile("ambulo-bench-out", ".c3d");
            C3dWriter.write(in.model, out);
            outSize = Files.size(out); // integer files grow: samples are written as floats
        }

        @TearDown(Level.Trial)
        public void tearDown(Input in) throws IOException {
            in.model = null;
            Files.deleteIfExists(out);
        }
    }

    @Benchmark
    public Path write(Input in, WriteTarget target, Bytes counter) throws IOException {
        C3dWriter.write(in.model, target.out);
        counter.bytes += target.outSize;
        return target.out;
    }
}
