package org.ambulo.norms.supplier.schwartz2008.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.model.Side;
import org.ambulo.norms.GaitIndices;
import org.ambulo.norms.GaitVariable;
import org.ambulo.norms.MovementAnalysisProfile;
import org.ambulo.norms.NexusCurves;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormCurve;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormSelection;
import org.ambulo.norms.PatientCycles;
import org.ambulo.norms.PatientFacts;
import org.ambulo.norms.Selection;
import org.ambulo.norms.Sex;
import org.ambulo.norms.internal.PlainJson;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

class Schwartz2008DatasetTest {

    private static final double TOL = 1e-9;
    private final NormDataset bundled = new Schwartz2008Dataset();

    @Test
    void theBundledFileIsTheReproducibleConversionOfTheSource() throws Exception {
        NormDataset converted = Schwartz2008Converter.convert(SharedData.resolve(Schwartz2008Converter.SOURCE));
        assertEquals(converted.provenance(), bundled.provenance());
        assertEquals(converted.bins().size(), bundled.bins().size());
        int values = 0;
        for (NormBin c : converted.bins()) {
            NormBin b = bundled.bin(c.id()).orElseThrow();
            assertEquals(c.curves().keySet(), b.curves().keySet(), c.id());
            for (GaitVariable v : c.curves().keySet()) {
                NormCurve x = c.curve(v).orElseThrow();
                NormCurve y = b.curve(v).orElseThrow();
                for (int i = 0; i < x.percent().length; i++) {
                    assertEquals(x.mean()[i], y.mean()[i], TOL, c.id() + " " + v.id() + " mean at " + x.percent()[i] + " %");
                    assertEquals(x.sd()[i], y.sd()[i], TOL, c.id() + " " + v.id() + " SD at " + x.percent()[i] + " %");
                    values += 2;
                }
            }
        }
        assertTrue(values > 5 * 17 * 51 * 2 - 1, "all 5 bins x 17 variables x 51 points compared, got " + values);
    }

    /** Spot checks read straight from the source rows [%, mean - SD, mean + SD], independent of the converter. */
    @SuppressWarnings("unchecked")
    @Test
    void spotChecksAgainstTheSourceRows() throws Exception {
        Map<String, Object> source = (Map<String, Object>) ((Map<String, Object>) PlainJson
                .parse(Files.readString(SharedData.resolve(Schwartz2008Converter.SOURCE), StandardCharsets.UTF_8))).get("Schwartz2008");
        record Spot(String group, String bin, String label, String axis, GaitVariable variable, int row) {
        }
        for (Spot s : List.of(new Spot("Free", "free", "HipAngles", "X", GaitVariable.HIP_FLEXION, 0),
                new Spot("VerySlow", "very-slow", "KneeAngles", "X", GaitVariable.KNEE_FLEXION, 36),
                new Spot("VeryFast", "very-fast", "AnklePower", "Z", GaitVariable.ANKLE_POWER, 27),
                new Spot("Slow", "slow", "FootProgressAngles", "Z", GaitVariable.FOOT_PROGRESSION, 50),
                new Spot("Fast", "fast", "KneeMoment", "X", GaitVariable.KNEE_EXTENSOR_MOMENT, 10))) {
            List<Object> row = (List<Object>) ((List<Object>) ((Map<String, Object>) ((Map<String, Object>) source.get(s.group()))
                    .get(s.label()))
                    .get(s.axis())).get(s.row());
            double lo = ((Number) row.get(1)).doubleValue();
            double hi = ((Number) row.get(2)).doubleValue();
            NormCurve curve = bundled.bin(s.bin()).orElseThrow().curve(s.variable()).orElseThrow();
            assertEquals(((Number) row.get(0)).doubleValue(), curve.percent()[s.row()], TOL);
            assertEquals((lo + hi) / 2, curve.mean()[s.row()], TOL, s.toString());
            assertEquals((hi - lo) / 2, curve.sd()[s.row()], TOL, s.toString());
        }
    }

    @Test
    void fiveSpeedBinsWithStableIdsAndProvenance() {
        assertEquals("schwartz2008", bundled.id());
        assertEquals(List.of("very-slow", "slow", "free", "fast", "very-fast"), bundled.bins().stream().map(NormBin::id).toList());
        assertTrue(bundled.bins().stream().allMatch(NormBin::hasGpsCurves));
        assertTrue(bundled.provenance().citation().contains("J Biomech 2008"));
        assertTrue(bundled.provenance().provenanceWarning().isEmpty());
    }

    /**
     * The Nexus PiG angles of a public walk against automatically selected Schwartz norms. BELT_C (47.5 kg, 1505 mm, leg
     * 800 mm; age not stored) is a typically walking subject, so the GPS must be in the typical range: Baker 2009
     * reports about 5 to 6 deg for typically developing children; we accept 2 to 12 deg (adult/child and lab
     * differences). Age and speed are given (14 y assumed, 1.2 m/s), as the file stores neither.
     */
    @Test
    void aPublicPigWalkScoresATypicalGps() throws Exception {
        C3dFile file = C3dReader.read(SharedData.resolve("OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d"));
        PatientCycles cycles = NexusCurves.cycles(file, C3dTrials.gaitEvents(file));
        assertTrue(cycles.cycleCount(Side.LEFT) >= 1 && cycles.cycleCount(Side.RIGHT) >= 1, "both sides have a cycle");
        Selection selection = NormSelection.select(PatientFacts.of(14, Sex.ANY, 800, 1.2, "PiG"), List.of(bundled));
        // 1.2 / sqrt(9.80665 * 0.8) = 0.428: the free group (mean 0.43)
        assertEquals("free", selection.bin().id(), selection.explanation());
        MovementAnalysisProfile map = GaitIndices.compute(cycles, selection.dataset(), selection.bin());
        for (Side side : Side.values()) {
            double gps = map.gps(side).orElseThrow();
            assertTrue(gps > 2 && gps < 12, side + " GPS " + gps + " deg, notes " + map.notes());
        }
        assertTrue(map.overallGpsDeg().isPresent());
    }
}
