package org.ambulo.norms.supplier.pinzone2014.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ambulo.norms.GaitVariable;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormCurve;
import org.ambulo.norms.NormDataset;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

class Pinzone2014DatasetTest {

    private static final double TOL = 1e-9;
    private final NormDataset bundled = new Pinzone2014Dataset();

    @Test
    void theBundledFileIsTheReproducibleConversionOfTheSource() throws Exception {
        NormDataset converted = Pinzone2014Converter.convert(SharedData.resolve(Pinzone2014Converter.SOURCE));
        assertEquals(converted.provenance(), bundled.provenance());
        int values = 0;
        for (NormBin c : converted.bins()) {
            NormBin b = bundled.bin(c.id()).orElseThrow();
            assertEquals(c.curves().keySet(), b.curves().keySet());
            for (GaitVariable v : c.curves().keySet()) {
                NormCurve x = c.curve(v).orElseThrow();
                NormCurve y = b.curve(v).orElseThrow();
                for (int i = 0; i < x.percent().length; i++) {
                    assertEquals(x.mean()[i], y.mean()[i], TOL, c.id() + " " + v.id());
                    assertEquals(x.sd()[i], y.sd()[i], TOL, c.id() + " " + v.id());
                    values += 2;
                }
            }
        }
        assertEquals(2 * 9 * 51 * 2, values, "two centres x the nine GPS variables x 51 points, mean and SD");
    }

    /** Spot checks straight from the sheet cells (row of Label/Axis/StatType/Condition, column Frame<pct>). */
    @Test
    void spotChecksAgainstTheSheetCells() throws Exception {
        Map<Integer, Map<Integer, String>> rows = Xlsx.sheet(SharedData.resolve(Pinzone2014Converter.SOURCE), Pinzone2014Converter.SHEET);
        int checked = 0;
        for (Map<Integer, String> r : rows.values()) {
            if (!"KneeAngles".equals(r.get(0)) || !"X".equals(r.get(2))) {
                continue;
            }
            NormCurve curve = bundled.bin("centreOne".equals(r.get(4)) ? "centre-one" : "centre-two").orElseThrow()
                    .curve(GaitVariable.KNEE_FLEXION).orElseThrow();
            double[] values = "mean".equals(r.get(3)) ? curve.mean() : curve.sd();
            // column F (index 5) = Frame0, column F + 25 = Frame050
            assertEquals(Double.parseDouble(r.get(5)), values[0], TOL);
            assertEquals(Double.parseDouble(r.get(30)), values[25], TOL);
            checked++;
        }
        assertEquals(4, checked, "mean and SD of both centres");
    }

    @Test
    void twoCentresWithAgesAndNoKinetics() {
        assertEquals(List.of("centre-one", "centre-two"), bundled.bins().stream().map(NormBin::id).toList());
        assertEquals(81, bundled.bin("centre-one").orElseThrow().n());
        assertTrue(bundled.bins().stream().allMatch(NormBin::hasGpsCurves));
        assertTrue(bundled.bins().stream().allMatch(b -> b.curve(GaitVariable.KNEE_POWER).isEmpty()),
                "kinetics units unclear: not imported");
    }
}
