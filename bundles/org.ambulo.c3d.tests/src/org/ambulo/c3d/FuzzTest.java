package org.ambulo.c3d;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Mutated real files (bit flips, truncation, random header/parameter pointers and counts): the
 * reader returns or throws C3dFormatException, nothing else; each case is fast and allocates at
 * most a small multiple of the file size. Fixed seeds, so failures reproduce.
 */
class FuzzTest {

    private static final String S = SharedC3dFiles.SAMPLES;
    private static final List<String> SEEDS = List.of(S + "sample_01/Eb015pi.c3d", S + "sample_01/Eb015vr.c3d", S + "sample_01/Eb015sr.c3d",
            S + "sample_02/sgi_int.c3d", S + "sample_08/TESTBPI.c3d", S + "sample_13/Dance.c3d", S + "sample_18/bad_parameter_section.c3d",
            "OpenMA__openma-data/input/c3d/other/badParameterOffset.c3d", "OpenMA__openma-data/input/c3d/other/MyCube.c3d",
            "pyomeca__ezc3d-testFiles/Optotrak.c3d", "OpenMA__openma-data/input/c3d/plugingait/PiGKad_Calibration.c3d");
    private static final int CASES_PER_FILE = 40;

    @TestFactory
    Stream<DynamicTest> mutatedFilesFailCleanly() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String rel : SEEDS) {
            byte[] original = SharedC3dFiles.bytes(rel);
            for (int c = 0; c < CASES_PER_FILE; c++) {
                long seed = rel.hashCode() * 1000L + c;
                tests.add(
                        dynamicTest(rel.substring(rel.lastIndexOf('/') + 1) + " seed " + seed, () -> check(mutate(original, seed), seed)));
            }
        }
        return tests.stream();
    }

    static byte[] mutate(byte[] original, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] b = original.clone();
        int kind = r.nextInt(6);
        switch (kind) {
            case 0 -> { // bit flips anywhere in header + parameters
                int flips = 1 + r.nextInt(8);
                int span = Math.min(b.length, 8192);
                for (int i = 0; i < flips; i++) {
                    b[r.nextInt(span)] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> { // truncation
                return java.util.Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 2 -> { // random header pointers and counts (words 1..12)
                int word = r.nextInt(12);
                b[2 * word] = (byte) r.nextInt(256);
                b[2 * word + 1] = (byte) r.nextInt(256);
            }
            case 3 -> { // random bytes in the parameter records (offsets, dimensions, types)
                int start = Math.max(0, ((b[0] & 0xFF) - 1) * 512);
                for (int i = 0; i < 1 + r.nextInt(16); i++) {
                    int at = start + r.nextInt(Math.max(1, Math.min(4096, b.length - start)));
                    if (at < b.length) {
                        b[at] = (byte) r.nextInt(256);
                    }
                }
            }
            case 4 -> { // huge frame/point counts: 0xFFFF words and a claim of 2^31 frames as float
                b[2] = (byte) 0xFF;
                b[3] = (byte) 0xFF;
                b[8] = (byte) 0xFF;
                b[9] = (byte) 0xFF;
                int i = indexOf(b, "FRAMES");
                if (i > 0 && i + 12 < b.length) {
                    b[i + 8] = 4; // type FLOAT, 0 dims, value 2^31
                    b[i + 9] = 0;
                    java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(i + 10, 2.147483648e9f);
                }
            }
            default -> { // garbage block
                int at = r.nextInt(b.length);
                for (int i = at; i < Math.min(b.length, at + 512); i++) {
                    b[i] = (byte) r.nextInt(256);
                }
            }
        }
        return b;
    }

    private static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer : for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int k = 0; k < n.length; k++) {
                if (haystack[i + k] != n[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static void check(byte[] bytes, long seed) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        long before = threads.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        try {
            C3dFile f = C3dReader.read(bytes, "fuzz-" + seed);
            C3dInspection.json(f); // the inspection must survive whatever the reader accepted
            C3dInspection.text(f);
        } catch (C3dFormatException e) {
            assertTrue(e.getMessage().contains("fuzz-" + seed) && e.getMessage().contains("@ byte"), e.getMessage());
        } catch (RuntimeException | Error e) {
            throw new AssertionError("seed " + seed + ": " + e, e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(millis < 1000, "seed " + seed + " took " + millis + " ms");
        assertTrue(allocated < 8L * bytes.length + (4 << 20),
                "seed " + seed + " allocated " + allocated + " bytes for a file of " + bytes.length);
    }
}
