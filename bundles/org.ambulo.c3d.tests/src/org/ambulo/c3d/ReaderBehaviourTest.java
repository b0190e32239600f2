package org.ambulo.c3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Specific documented behaviours on real files: quirks raised, model outputs, events, units, labels. */
class ReaderBehaviourTest {

    private static final String S = SharedC3dFiles.SAMPLES;

    /** File -> quirk codes the reader must report (file facts from the c3d.org/OpenMA readmes and inspection). */
    private static final Map<String, Set<String>> EXPECTED_QUIRKS = Map.of(
            S + "sample_02/sgi_int.c3d", Set.of("PARAMETER_OFFSET_BYTE_ORDER"),
            S + "sample_13/Dance.c3d", Set.of("FRAMES_EXCEED_DATA", "DATA_START_DIFFERS"),
            S + "sample_18/bad_parameter_section.c3d", Set.of("PARAMETER_RECORD_TRUNCATED"),
            S + "sample_20/phasespace_sample.c3d", Set.of("POINT_LABELS_MISSING"),
            S + "sample_22/BKINtechnologies.c3d", Set.of("EVENT_GROUP_NAME"),
            S + "sample_27/kyowadengyo.c3d", Set.of("COUNTS_FROM_HEADER"),
            "OpenMA__openma-data/input/c3d/other/badParameterOffset.c3d", Set.of("PARAMETER_DATA_OVERLAPS_NEXT"),
            "OpenMA__openma-data/input/c3d/other/mocap36.c3d", Set.of("DESCRIPTION_MISSING"),
            "OpenMA__openma-data/input/c3d/plugingait/PiG_Calibration-FlatFoot-Full.c3d", Set.of("DUPLICATE_PARAMETERS_DIFFER"),
            "pyomeca__ezc3d-testFiles/Optotrak.c3d", Set.of("DATA_TRUNCATED"));

    @Test
    void documentedQuirksAreReported() throws IOException {
        for (var e : EXPECTED_QUIRKS.entrySet()) {
            C3dFile f = SharedC3dFiles.read(e.getKey());
            Set<String> codes = new java.util.HashSet<>(f.quirks().stream().map(Quirk::code).toList());
            assertTrue(codes.containsAll(e.getValue()), e.getKey() + ": " + codes);
        }
    }

    @Test
    void duplicatedNexusSubjectParametersKeepTheCalibratedFirstCopy() throws IOException {
        C3dFile f = SharedC3dFiles.read("OpenMA__openma-data/input/c3d/plugingait/PiG_Calibration-FlatFoot-Full.c3d");
        // the first PROCESSING copy holds the static calibration (the second one is zeroed)
        assertEquals(0.11596892774105072,
                f.parameters().parameter("PROCESSING", "LStaticPlantFlex").orElseThrow().firstNumber().orElseThrow(), 1e-7);
        assertEquals(47.5, f.parameters().parameter("PROCESSING", "Bodymass").orElseThrow().firstNumber().orElseThrow());
    }

    @Test
    void viconModelOutputsAreSeparatedWithTheirUnits() throws IOException {
        C3dFile f = SharedC3dFiles.read("OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d");
        assertEquals(193, f.pointCount());
        C3dPoint knee = f.points().get(f.pointIndex("LKneeAngles").orElseThrow());
        assertEquals(PointType.ANGLE, knee.type());
        assertEquals("deg", knee.units());
        assertEquals(PointType.MOMENT, f.points().get(f.pointIndex("LKneeMoment").orElseThrow()).type());
        assertEquals("Nmm", f.points().get(f.pointIndex("LKneeMoment").orElseThrow()).units());
        assertEquals(PointType.MARKER, f.points().get(f.pointIndex("LASI").orElseThrow()).type());
        assertEquals("mm", f.points().get(f.pointIndex("LASI").orElseThrow()).units());
        assertEquals(f.pointCount(), f.markers().size() + f.modelOutputs().size());
        assertTrue(f.modelOutputs().size() >= 70, "PiG outputs: " + f.modelOutputs().size());
    }

    @Test
    void eventsCarryContextsAndMapToDataFramesWithTheFirstFrameOffset() throws IOException {
        C3dFile f = SharedC3dFiles.read("OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d");
        assertEquals(148, f.firstFrame());
        assertEquals(12, f.events().size());
        for (C3dEvent e : f.events()) {
            assertTrue(Set.of("Left", "Right", "General").contains(e.context()), e.toString());
            long capture = Math.round(e.timeSeconds() * 100) + 1;
            assertEquals(capture - 148, f.frameIndexOf(e).orElseThrow(), e.toString());
        }
    }

    @Test
    void moreThan255AnalogChannelsAreReadFromLabels2() throws IOException {
        C3dFile f = SharedC3dFiles.read("kineticstoolkit__kineticstoolkit/data/c3d_test_suite/others/many_analogs.c3d");
        assertTrue(f.analogCount() > 255, "channels " + f.analogCount());
        List<String> second = f.parameters().strings("ANALOG", "LABELS2");
        assertEquals(second.get(0), f.analogs().get(255).label());
        assertEquals(f.analogCount(), f.analogs().stream().map(AnalogChannel::label).distinct().count(), "labels are unique");
    }

    @ParameterizedTest
    @CsvSource({"0x00004080, 1.0", "0x0000C080, -1.0", "0x00004180, 4.0", "0x00000000, 0.0", "0x0000, 0.0"})
    void decFloatsAreConverted(String littleEndianBits, float expected) {
        int bits = (int) Long.parseLong(littleEndianBits.substring(2), 16);
        assertEquals(expected, org.ambulo.c3d.internal.DecFloats.toIeee(bits));
    }

    @Test
    void formatExceptionNamesFileOffsetAndProblem() {
        byte[] tooShort = new byte[100];
        C3dFormatException e = assertThrows(C3dFormatException.class, () -> C3dReader.read(tooShort, "short.c3d"));
        assertEquals("short.c3d", e.fileName());
        assertEquals(100, e.byteOffset());
        assertTrue(e.problem().contains("512-byte header"), e.problem());
        assertTrue(e.getMessage().startsWith("short.c3d @ byte 100: "), e.getMessage());
    }

    @Test
    void typeFlexibleGettersReadCountsStoredAsByteOrFloat() {
        assertEquals(2L,
                new C3dParameter("USED", "", false, new int[0], new ParameterValues.Bytes(new byte[]{2})).firstCount().orElseThrow());
        assertEquals(100_000L, C3dParameter.ofFloats("FRAMES", "", 100_000f).firstCount().orElseThrow());
        assertEquals(65535L, C3dParameter.ofInts("FRAMES", "", 65535).firstCount().orElseThrow(), "INT counts are unsigned");
        assertEquals(List.of("LASI", "RASI"), C3dParameter.ofStrings("LABELS", "", List.of("LASI", "RASI"), 8).strings());
    }
}
