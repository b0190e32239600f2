package org.ambulo.c3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** read -> write -> read is lossless: bit-identical samples, equal descriptions, events and parameters. */
class RoundTripTest {

    /** Quirks about the content that a faithful rewrite keeps (everything structural must be gone). */
    private static final Set<String> CONTENT_QUIRKS = Set.of("KINETIC_UNITS_NOT_NORMALISED", "POINT_UNITS_MISSING",
            "EVENT_CONTEXTS_MISSING",
            "EVENT_TIME_NEGATIVE", "OCCLUSION_9999999", "ROTATION_GROUP", "FIRST_FRAME_ZERO", "ANALOG_GEN_SCALE_ZERO");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyReadableFileRoundTrips() {
        return SharedC3dFiles.all().stream().filter(rel -> !RealFilesTest.EXPECTED_REJECTIONS.containsKey(rel))
                .map(rel -> dynamicTest(rel, () -> {
                    C3dFile original = SharedC3dFiles.read(rel);
                    byte[] written = C3dWriter.toBytes(original);
                    C3dFile back = C3dReader.read(written, "rewritten " + original.sourceName());
                    assertSameContent(original, back);
                    List<String> structural = back.quirks().stream().map(Quirk::code).filter(c -> !CONTENT_QUIRKS.contains(c)).toList();
                    assertEquals(List.of(), structural, "the rewritten file is clean");
                    C3dFile again = C3dReader.read(C3dWriter.toBytes(back), "twice");
                    assertArrayEquals(written, C3dWriter.toBytes(again), "writing is idempotent");
                }));
    }

    static void assertSameContent(C3dFile a, C3dFile b) {
        assertEquals(a.frameCount(), b.frameCount(), "frames");
        assertEquals(a.firstFrame(), b.firstFrame(), "first frame");
        assertEquals((float) a.pointRateHz(), (float) b.pointRateHz(), "point rate");
        assertEquals(a.analogSamplesPerFrame(), b.analogSamplesPerFrame(), "analog samples per frame");
        assertEquals(a.points(), b.points(), "point descriptions");
        assertEquals(a.analogs(), b.analogs(), "analog channels");
        assertEquals(a.analogGenScale(), b.analogGenScale());
        assertEquals(a.events(), b.events(), "events");
        if (!a.headerEvents().isEmpty()) {
            assertEquals(a.headerEvents(), b.headerEvents(), "header events");
        }
        assertEquals(a.pointData().residualScale(), b.pointData().residualScale());
        assertBitIdentical(a.pointData().samples(), b.pointData().samples(), "points");
        assertBitIdentical(a.analogData().raw(), b.analogData().raw(), "analogs");
        assertArrayEquals(a.analogData().factors(), b.analogData().factors());
        assertArrayEquals(a.analogData().offsets(), b.analogData().offsets());
        for (C3dGroup g : a.parameters().groups()) {
            for (C3dParameter p : g.parameters()) {
                if (isRegenerated(a, g.name(), p.name())) {
                    continue;
                }
                Optional<C3dParameter> q = b.parameters().parameter(g.name(), p.name());
                assertTrue(q.isPresent(), g.name() + ":" + p.name() + " lost");
                assertEquals(p, q.get(), g.name() + ":" + p.name());
            }
        }
    }

    /** Quirks after which the writer corrects counts and rates to what the data really holds. */
    private static final Set<String> CORRECTED = Set.of("FRAMES_EXCEED_DATA", "DATA_TRUNCATED", "COUNTS_FROM_HEADER",
            "ANALOG_RATE_NOT_MULTIPLE");

    /**
     * DATA_START moves; integer files become float files, so POINT:SCALE turns negative; counts and
     * rates that contradicted the data (see {@link #CORRECTED}) are rewritten to match it.
     */
    private static boolean isRegenerated(C3dFile original, String group, String name) {
        boolean corrected = original.quirks().stream().anyMatch(q -> CORRECTED.contains(q.code()));
        String key = group.toUpperCase(java.util.Locale.ROOT) + ":" + name.toUpperCase(java.util.Locale.ROOT);
        // per-channel lists shorter than the channel count are completed (quirks ANALOG_*_MISSING, POINT_LABELS_MISSING)
        boolean analogCompleted = original.quirks().stream().anyMatch(q -> q.code().matches("ANALOG_(LABELS|SCALE|OFFSET)_MISSING"));
        boolean pointsCompleted = original.quirks().stream().anyMatch(q -> q.code().equals("POINT_LABELS_MISSING"));
        boolean eventsCorrected = original.quirks().stream().anyMatch(q -> q.code().equals("EVENT_COUNT_MISMATCH"));
        return key.equals("POINT:DATA_START") || (key.equals("POINT:SCALE") && original.storage() == StorageFormat.INTEGER)
                || (corrected && Set.of("POINT:USED", "POINT:FRAMES", "ANALOG:USED", "ANALOG:RATE").contains(key))
                || (analogCompleted && key.matches("ANALOG:(LABELS|DESCRIPTIONS|UNITS|SCALE|OFFSET)\\d*"))
                || (pointsCompleted && key.matches("POINT:(LABELS|DESCRIPTIONS)\\d*"))
                || (eventsCorrected && key.startsWith("EVENT:"));
    }

    static void assertBitIdentical(float[] a, float[] b, String what) {
        assertEquals(a.length, b.length, what + " length");
        for (int i = 0; i < a.length; i++) {
            if (Float.floatToRawIntBits(a[i]) != Float.floatToRawIntBits(b[i])) {
                throw new AssertionError(what + "[" + i + "]: " + a[i] + " != " + b[i]);
            }
        }
    }

    @Test
    void streamingToAPathWritesTheSameBytes() throws IOException {
        for (String rel : List.of(SharedC3dFiles.SAMPLES + "sample_01/Eb015vi.c3d", "kineticstoolkit__kineticstoolkit/data/walk.c3d")) {
            C3dFile f = SharedC3dFiles.read(rel);
            Path out = temp.resolve("out.c3d");
            C3dWriter.write(f, out);
            assertArrayEquals(C3dWriter.toBytes(f), Files.readAllBytes(out), rel);
        }
    }

    @Test
    void hundredThousandFramesAreWrittenTheCompatibleWay() throws IOException {
        int frames = 100_000;
        int points = 3;
        int channels = 2;
        int spf = 10;
        float[] samples = new float[frames * points * 4];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (i % 4 == 3) ? ((i / 4) % 97 == 0 ? -1f : 0f) : (float) Math.sin(i * 1e-3) * 1000f;
        }
        float[] raw = new float[frames * spf * channels];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = i * 0.25f;
        }
        C3dFile f = C3dFile.builder("long").frames(7, frames, 200)
                .points(List.of(C3dPoint.marker("A", "mm"), C3dPoint.marker("B", "mm"),
                        new C3dPoint("LKneeAngles", "", "deg", PointType.ANGLE)),
                        samples, 0.1f)
                .analogs(List.of(new AnalogChannel("Fz", "", "N", 2f, 0f), AnalogChannel.physical("EMG", "V")), spf, raw, 1f)
                .events(List.of(C3dEvent.of("Left", "Foot Strike", 250.0), C3dEvent.of("Right", "Foot Off", 400.5))).build();
        Path out = temp.resolve("long.c3d");
        C3dWriter.write(f, out);
        C3dFile back = C3dReader.read(out);
        assertEquals(frames, back.frameCount());
        assertEquals(7, back.firstFrame());
        assertEquals(List.of(), back.quirks().stream().map(Quirk::code).toList());
        C3dParameters p = back.parameters();
        assertEquals(ParameterType.FLOAT, p.parameter("POINT", "FRAMES").orElseThrow().type(), "c3d.org: FLOAT POINT:FRAMES beyond 65535");
        assertEquals(frames, p.parameter("POINT", "FRAMES").orElseThrow().firstNumber().orElseThrow());
        assertEquals(frames, p.parameter("POINT", "LONG_FRAMES").orElseThrow().firstNumber().orElseThrow());
        assertArrayEquals(new long[]{7, 0}, p.parameter("TRIAL", "ACTUAL_START_FIELD").orElseThrow().counts());
        long last = 7 + frames - 1;
        assertArrayEquals(new long[]{last & 0xFFFF, last >>> 16}, p.parameter("TRIAL", "ACTUAL_END_FIELD").orElseThrow().counts());
        assertEquals(65535, back.header().orElseThrow().lastFrame(), "the 16-bit header word saturates like Vicon's");
        assertBitIdentical(samples, back.pointData().samples(), "points");
        assertBitIdentical(raw, back.analogData().raw(), "analogs");
        assertEquals(f.events(), back.events());
        assertEquals(2, back.headerEvents().size(), "events are also in the header");
        assertEquals(PointType.ANGLE, back.points().get(2).type());
        assertEquals("deg", back.points().get(2).units());
        assertEquals(Optional.of("Left"), back.parameters().strings("EVENT", "CONTEXTS").stream().findFirst());
        assertEquals(2f * raw[channels * 5], back.analogData().value(5, 0));
        assertTrue(!back.pointData().isValid(0, 0) && back.pointData().isValid(0, 1));
    }

    @Test
    void longTrialWithOnlyViconTrialFieldsIsReadInFull() throws IOException {
        // Vicon style: POINT:FRAMES saturated at 65535, header 65535, no LONG_FRAMES; TRIAL fields carry the truth.
        int frames = 70_000;
        float[] samples = new float[frames * 4];
        for (int i = 0; i < samples.length; i += 4) {
            samples[i] = i;
        }
        C3dFile f = C3dFile.builder("vicon-long").frames(1, frames, 100).points(List.of(C3dPoint.marker("M", "mm")), samples, 1f).build();
        byte[] bytes = C3dWriter.toBytes(f);
        int framesRecord = indexOf(bytes, "\u0006\u0001FRAMES".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        int longRecord = indexOf(bytes, "LONG_FRAMES".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(framesRecord > 0 && longRecord > 0);
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(framesRecord + 8 + 2 + 2, 65535f);
        bytes[longRecord] = 'X'; // hide LONG_FRAMES
        C3dFile back = C3dReader.read(bytes, "vicon");
        assertEquals(frames, back.frameCount());
        assertTrue(back.quirks().stream().anyMatch(q -> q.code().equals("FRAMES_BEYOND_16_BITS")), back.quirks().toString());
        assertBitIdentical(samples, back.pointData().samples(), "points");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer : for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void thousandAnalogChannelsAndThreeHundredPointsAreSplitAt255() throws IOException {
        int channels = 1000;
        int points = 300;
        int frames = 20;
        List<AnalogChannel> analogs = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            analogs.add(new AnalogChannel("CH" + c, "channel " + c, c % 2 == 0 ? "V" : "N", 0.5f + c, c % 7 - 3));
        }
        List<C3dPoint> pointList = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            pointList.add(p % 10 == 0 ? new C3dPoint("M" + p + "Moment", "", "Nmm/kg", PointType.MOMENT) : C3dPoint.marker("M" + p, "mm"));
        }
        float[] samples = new float[frames * points * 4];
        float[] raw = new float[frames * channels];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = i % 4096 - 2048;
        }
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i % 4 == 3 ? 0 : i;
        }
        C3dFile f = C3dFile.builder("wide").frames(1, frames, 100).points(pointList, samples, 1f).analogs(analogs, 1, raw, 0.5f).build();
        Path out = temp.resolve("wide.c3d");
        C3dWriter.write(f, out);
        C3dFile back = C3dReader.read(out);
        assertEquals(channels, back.analogCount());
        assertEquals(analogs, back.analogs());
        assertEquals(pointList, back.points());
        assertBitIdentical(raw, back.analogData().raw(), "analogs");
        C3dParameters p = back.parameters();
        for (String name : List.of("LABELS", "LABELS2", "LABELS3", "LABELS4", "SCALE4", "OFFSET4", "UNITS4", "DESCRIPTIONS4")) {
            assertTrue(p.parameter("ANALOG", name).isPresent(), "ANALOG:" + name);
        }
        assertEquals(255, p.strings("ANALOG", "LABELS").size());
        assertEquals(channels - 3 * 255, p.strings("ANALOG", "LABELS4").size());
        assertEquals(255, p.strings("POINT", "LABELS").size());
        assertEquals(points - 255, p.strings("POINT", "LABELS2").size());
        assertEquals(Optional.of("Nmm/kg"), p.string("POINT", "MOMENT_UNITS"));
        assertEquals(30, back.modelOutputs().size());
        assertEquals((float) ((raw[channels * 3 + 999] - (999 % 7 - 3)) * (0.5 + 999) * 0.5), back.analogData().value(3, 999));
    }

    @Test
    void editedEventsReplaceTheEventGroupAndKeepOtherGroups() throws IOException {
        C3dFile f = SharedC3dFiles.read("OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d");
        List<C3dEvent> events = new ArrayList<>(f.events());
        events.add(new C3dEvent("Left", "Foot Strike", "added", "BELT_C", 2.5, 1, 0));
        C3dFile back = C3dReader.read(C3dWriter.toBytes(f.withEvents(events, f.headerEvents())), "edited");
        assertEquals(events, back.events());
        assertEquals(f.parameters().group("PROCESSING"), back.parameters().group("PROCESSING"), "unknown groups preserved");
        assertTrue(back.frameIndexOf(events.getLast()).isPresent());
        assertEquals(Math.round(2.5 * 100) + 1 - f.firstFrame(), back.frameIndexOf(events.getLast()).getAsInt(), "first-frame offset");
    }
}
