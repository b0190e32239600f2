package org.ambulo.store.internal.deid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dPoint;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.c3d.ForcePlatform;
import org.ambulo.c3d.ProcessorType;
import org.ambulo.c3d.StorageFormat;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** De-identification of the real files that carry subject names (each place a name was found is covered once). */
class C3dDeidentifierTest {

    private static final String PSEUDONYM = "P-0042";
    private static final String SAMPLES = "biomechanics-foundation__c3dio/tests/c3d_org_samples/";

    /** File and the identifying strings it holds (read from its parameters; the test proves the bytes hold them). */
    static Stream<Arguments> filesWithNames() {
        return Stream.of(
                Arguments.of(SAMPLES + "sample_03/gait-pig.c3d", List.of("A22")), // prefixes, EVENT/ANALYSIS:SUBJECTS
                Arguments.of(SAMPLES + "sample_04/sub_labels.c3d", List.of("Matt")),
                Arguments.of(SAMPLES + "sample_32/vicon_zerowire.c3d", List.of("Scott Drummond")),
                Arguments.of(SAMPLES + "sample_11/2198928.c3d", List.of("21989")), // also a group named 21989
                Arguments.of(SAMPLES + "sample_25/analogfpscale04.c3d", List.of("IS070607", "LE marker set")),
                Arguments.of(SAMPLES + "sample_01/Eb015pr.c3d", List.of("elizabeth baumgartner", "6/14/35", "PARKINSONS EVAL")),
                Arguments.of(SAMPLES + "sample_02/pc_real.c3d", List.of("Norm Walker")),
                Arguments.of(SAMPLES + "sample_28/dynamic.C3D", List.of("DAVENPORT TEST", "18/04/2007")),
                Arguments.of(SAMPLES + "sample_22/BKINtechnologies.c3d", List.of("Justin", "Abramsky Hall", "2007-06-27", "2009-02-24")),
                Arguments.of("OpenMA__openma-data/input/c3d/other/FunctionalWalk.c3d", List.of("BurdinValrie")), // EVENT only
                Arguments.of("OpenMA__openma-data/input/c3d/other/Gait 1.c3d", List.of("Something", "20160420")),
                Arguments.of("OpenMA__openma-data/input/c3d/other/561xxa01_anonym.C3D", List.of("FOO BAR", "NO STREET", "28/07/2008")),
                Arguments.of("OpenMA__openma-data/input/c3d/other/Я могу есть стекло/оно мне не вредит.c3d", List.of("AbcdeFghijk")),
                Arguments.of("OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d", List.of("BELT_C")),
                Arguments.of("pyomeca__ezc3d-testFiles/Vicon.c3d", List.of("Daphnee", "boite")),
                Arguments.of("cadop__pyCGM/SampleData/59993_Frame/59993_Frame_Static.c3d", List.of("Jong")),
                Arguments.of("kineticstoolkit__kineticstoolkit/data/walk.c3d", List.of("1111111111")));
    }

    @ParameterizedTest
    @MethodSource("filesWithNames")
    void noIdentifierIsLeftAndTheDataAreUnchanged(String relative, List<String> identifiers) throws Exception {
        Path path = SharedData.resolve(relative);
        byte[] original = Files.readAllBytes(path);
        for (String id : identifiers) {
            // the check below can fail: the original holds each string
            assertTrue(count(original, id) > 0, relative + " should hold '" + id + "'");
        }
        byte[] out = C3dDeidentifier.deidentify(path, PSEUDONYM);
        for (String id : identifiers) {
            assertEquals(0, count(out, id), relative + ": '" + id + "' left in the output");
        }
        C3dFile in = C3dReader.read(path);
        C3dFile back = C3dReader.read(out, "deidentified");
        assertEquals(in.frameCount(), back.frameCount());
        assertEquals(in.firstFrame(), back.firstFrame());
        assertEquals(in.pointRateHz(), back.pointRateHz());
        // samples as decoded, bit for bit (the writer writes float; float files keep the stored words)
        assertArrayEquals(in.pointData().samples(), back.pointData().samples(), relative + " point samples");
        assertArrayEquals(in.analogData().raw(), back.analogData().raw(), relative + " analog samples");
        assertEquals(in.events().stream().map(e -> e.timeSeconds()).toList(), back.events().stream().map(e -> e.timeSeconds()).toList());
        assertEquals(in.events().stream().map(e -> e.context() + "/" + e.label()).toList(),
                back.events().stream().map(e -> e.context() + "/" + e.label()).toList());
        assertEquals(platforms(in), platforms(back), relative + " force plates");
        assertEquals(in.points().stream().map(C3dPoint::type).toList(), back.points().stream().map(C3dPoint::type).toList());
        for (C3dPoint p : back.points()) {
            for (String id : identifiers) {
                assertFalse(p.label().toLowerCase(Locale.ROOT).contains(id.toLowerCase(Locale.ROOT)), relative + ": label " + p.label());
            }
        }
        if (in.processor() == ProcessorType.INTEL && in.storage() == StorageFormat.FLOAT) {
            assertArrayEquals(dataSection(original, in), dataSection(out, back), relative + ": data section not bit-identical");
        }
    }

    @Test
    void viconPrefixesAreStrippedFromLabelsAndModelOutputs() throws Exception {
        Path path = SharedData.resolve(SAMPLES + "sample_03/gait-pig.c3d");
        C3dFile in = C3dReader.read(path);
        C3dFile back = C3dReader.read(C3dDeidentifier.deidentify(path, PSEUDONYM), "x");
        List<String> expected = in.points().stream().map(p -> p.label().replaceFirst("^A22:", "")).toList();
        assertTrue(in.points().stream().allMatch(p -> p.label().startsWith("A22:")), "every label of gait-pig is prefixed");
        assertEquals(expected, back.points().stream().map(C3dPoint::label).toList());
        assertTrue(back.parameters().strings("POINT", "ANGLES").contains("LHipAngles"));
        assertEquals(List.of(PSEUDONYM), back.parameters().strings("SUBJECTS", "NAMES"));
        assertEquals(0, back.parameters().parameter("SUBJECTS", "USES_PREFIXES").orElseThrow().firstCount().getAsLong());
        assertTrue(back.events().stream().allMatch(e -> e.subject().equals(PSEUDONYM)));
        assertTrue(back.parameters().strings("ANALYSIS", "SUBJECTS").stream().allMatch(PSEUDONYM::equals));
        // marker trajectories unchanged under their new labels
        Map<String, MarkerTrajectory> before = C3dTrials.markers(in);
        Map<String, MarkerTrajectory> after = C3dTrials.markers(back);
        assertEquals(before.size(), after.size());
        for (Map.Entry<String, MarkerTrajectory> e : before.entrySet()) {
            MarkerTrajectory m = after.get(e.getKey().replaceFirst("^A22:", ""));
            assertArrayEquals(e.getValue().xMm(), m.xMm(), e.getKey());
            assertArrayEquals(e.getValue().yMm(), m.yMm(), e.getKey());
            assertArrayEquals(e.getValue().zMm(), m.zMm(), e.getKey());
        }
    }

    @Test
    void twoSubjectsGetNumberedAliases() throws Exception {
        Path path = SharedData.resolve("pyomeca__ezc3d-testFiles/Vicon.c3d");
        C3dFile back = C3dReader.read(C3dDeidentifier.deidentify(path, PSEUDONYM), "x");
        assertEquals(List.of(PSEUDONYM + "_1", PSEUDONYM + "_2"), back.parameters().strings("SUBJECTS", "NAMES"));
        assertTrue(back.points().stream().noneMatch(p -> p.label().contains(":")), "prefixes stripped, labels stay unique");
        assertEquals(back.points().size(), back.points().stream().map(C3dPoint::label).distinct().count());
    }

    @Test
    void subjectMeasurementsAreKeptAndIdentifiersRemoved() throws Exception {
        C3dFile sample01 = C3dReader.read(C3dDeidentifier.deidentify(SharedData.resolve(SAMPLES + "sample_01/Eb015pr.c3d"), PSEUDONYM),
                "x");
        assertEquals(PSEUDONYM, sample01.parameters().string("SUBJECT", "NAME").orElseThrow());
        assertTrue(sample01.parameters().parameter("SUBJECT", "DATE_OF_BIRTH").isEmpty());
        assertTrue(sample01.parameters().parameter("SUBJECT", "PROJECT").isEmpty());
        assertEquals(82.7, sample01.parameters().parameter("SUBJECT", "WEIGHT").orElseThrow().firstNumber().getAsDouble(), 1e-4);
        assertEquals("f", sample01.parameters().string("SUBJECT", "GENDER").orElseThrow());

        C3dFile sample02 = C3dReader.read(C3dDeidentifier.deidentify(SharedData.resolve(SAMPLES + "sample_02/pc_real.c3d"), PSEUDONYM),
                "x");
        assertTrue(sample02.parameters().parameter("SUBJECT", "DOB").isEmpty(), "numeric day/month/year removed");

        // the Vicon Workstation group named after the subject keeps its measurements under the alias
        Path s11 = SharedData.resolve(SAMPLES + "sample_11/2198928.c3d");
        C3dFile in11 = C3dReader.read(s11);
        C3dFile out11 = C3dReader.read(C3dDeidentifier.deidentify(s11, PSEUDONYM), "x");
        assertTrue(out11.parameters().group("21989").isEmpty());
        assertEquals(in11.parameters().group("21989").orElseThrow().parameters(),
                out11.parameters().group("P_0042").orElseThrow().parameters());

        // Nexus PROCESSING numbers (mass, height, leg lengths) unchanged
        Path nexus = SharedData.resolve("OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d");
        assertEquals(C3dReader.read(nexus).parameters().group("PROCESSING").orElseThrow(),
                C3dReader.read(C3dDeidentifier.deidentify(nexus, PSEUDONYM), "x").parameters().group("PROCESSING").orElseThrow());

        C3dFile gait1 = C3dReader
                .read(C3dDeidentifier.deidentify(SharedData.resolve("OpenMA__openma-data/input/c3d/other/Gait 1.c3d"), PSEUDONYM), "x");
        assertEquals(PSEUDONYM, gait1.parameters().string("PROCESSING", "Patient ID").orElseThrow());
        assertTrue(gait1.parameters().parameter("PROCESSING", "Date of birth").isEmpty());
        assertTrue(gait1.parameters().parameter("PROCESSING", "Creation date").isEmpty());

        // BTS stores the trial date as numbers
        Path bts = SharedData.resolve("pyomeca__ezc3d-testFiles/BTS.c3d");
        assertTrue(C3dReader.read(bts).parameters().parameter("TRIAL", "DATE").isPresent());
        assertTrue(C3dReader.read(C3dDeidentifier.deidentify(bts, PSEUDONYM), "x").parameters().parameter("TRIAL", "DATE").isEmpty());
    }

    @Test
    void aFileWithoutSubjectPassesThrough() throws Exception {
        Path path = SharedData.resolve("OpenMA__openma-data/input/c3d/other/MyCube.c3d");
        C3dFile in = C3dReader.read(path);
        C3dFile back = C3dReader.read(C3dDeidentifier.deidentify(path, PSEUDONYM), "x");
        assertEquals(in.points(), back.points());
        assertArrayEquals(in.pointData().samples(), back.pointData().samples());
    }

    @Test
    void badPseudonymsAreRefused() {
        Path path = SharedData.resolve(SAMPLES + "sample_04/sub_labels.c3d");
        assertThrows(IllegalArgumentException.class, () -> C3dDeidentifier.deidentify(path, ""));
        assertThrows(IllegalArgumentException.class, () -> C3dDeidentifier.deidentify(path, "Jane\u0000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> C3dDeidentifier.deidentify(path, "Matthew-1"));
        assertTrue(e.getMessage().contains("contains a subject name"), e.getMessage());
    }

    private static int count(byte[] bytes, String text) {
        // names are ASCII or UTF-8 in the files; ISO-8859-1 keeps one char per byte so indexes stay byte offsets
        String haystack = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> platforms(C3dFile f) {
        return f.forcePlatforms().stream().map((ForcePlatform p) -> p.index() + " " + p.type() + " " + Arrays.toString(p.channels()) + " "
                + Arrays.toString(p.corners()) + " " + Arrays.toString(p.origin()) + " " + p.calibrationMatrix().map(Arrays::toString))
                .toList();
    }

    /** The stored sample words: from DATA_START (header word 2, 1-based block) for frames x (4 x points + analog) words. */
    private static byte[] dataSection(byte[] bytes, C3dFile f) {
        int block = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getShort(16) & 0xFFFF;
        int start = (block - 1) * 512;
        int words = f.frameCount() * (4 * f.pointCount() + f.analogCount() * f.analogSamplesPerFrame());
        return Arrays.copyOfRange(bytes, start, start + 4 * words);
    }
}
