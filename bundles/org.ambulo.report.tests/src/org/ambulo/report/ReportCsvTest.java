package org.ambulo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV exports hold exactly the model's numbers (full precision) for every curve and table row. */
class ReportCsvTest {
    @TempDir
    Path dir;
    final ReportDocument sample = SampleReports.syntheticChild();

    @Test
    void writesBothFilesBesideThePdf() throws IOException {
        ReportExports e = ReportCsv.writeBeside(sample, dir.resolve("SYN-0042_2025-10-21.pdf"));
        assertEquals(dir.resolve("SYN-0042_2025-10-21-curves.csv"), e.curvesCsv());
        assertEquals(dir.resolve("SYN-0042_2025-10-21-spatiotemporal.csv"), e.spatiotemporalCsv());
        assertTrue(Files.exists(e.curvesCsv()) && Files.exists(e.spatiotemporalCsv()));
    }

    @Test
    void everyCurveSampleEqualsTheModel() throws IOException {
        Path csv = dir.resolve("curves.csv");
        ReportCsv.writeCurves(sample, csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(ReportCsv.CURVES_HEADER, lines.get(0));
        // key: section|variable|plane|side|series -> values in cycle order
        Map<String, List<Double>> curves = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(8, f.length, line);
            curves.computeIfAbsent(String.join("|", f[0], f[1], f[2], f[4], f[5]), k -> new ArrayList<>())
                    .add(Double.parseDouble(f[7]));
        }
        int expectedCurves = 0;
        for (String section : List.of("kinematics", "kinetics")) {
            List<CurvePanel> panels = section.equals("kinematics") ? sample.kinematics() : sample.kinetics();
            for (CurvePanel p : panels) {
                String key = section + "|" + p.variable() + "|" + p.plane().label() + "|";
                for (CycleCurve c : p.cycles()) {
                    assertCurve(c.values(), curves.get(key + side(c.side()) + "|" + c.cycleId()), key);
                }
                for (Side s : Side.values()) {
                    double[] mean = new double[SampleReports.SAMPLES];
                    List<CycleCurve> cycles = p.cycles(s);
                    for (CycleCurve c : cycles) {
                        for (int i = 0; i < mean.length; i++) {
                            mean[i] += c.value(i) / cycles.size();
                        }
                    }
                    List<Double> written = curves.get(key + side(s) + "|mean");
                    for (int i = 0; i < mean.length; i++) {
                        assertEquals(mean[i], written.get(i), 1e-12, key + " mean"); // summation order only
                    }
                }
                NormBand band = p.norm().orElseThrow();
                assertCurve(band.lower(), curves.get(key + "|norm lower"), key);
                assertCurve(band.upper(), curves.get(key + "|norm upper"), key);
                assertCurve(band.mean(), curves.get(key + "|norm mean"), key);
                expectedCurves += p.cycles().size() + 2 + 3;
            }
        }
        for (EmgChannel c : sample.emg()) {
            for (CycleCurve cycle : c.cycles()) {
                assertCurve(cycle.values(), curves.get("emg|" + c.muscle() + "||" + side(c.side()) + "|"
                        + cycle.cycleId()), c.muscle());
            }
            expectedCurves += c.cycles().size() + 1;
        }
        assertEquals(expectedCurves, curves.size());
        assertEquals(expectedCurves * SampleReports.SAMPLES, lines.size() - 1);
    }

    @Test
    void spatiotemporalCsvEqualsTheModel() throws IOException {
        Path csv = dir.resolve("stp.csv");
        ReportCsv.writeSpatiotemporal(sample, csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(ReportCsv.SPATIOTEMPORAL_HEADER, lines.get(0));
        assertEquals(sample.spatiotemporal().size() + 1, lines.size());
        for (int i = 0; i < sample.spatiotemporal().size(); i++) {
            SpatiotemporalRow row = sample.spatiotemporal().get(i);
            String[] f = lines.get(i + 1).split(",", -1);
            assertEquals(row.parameter(), f[0]);
            assertEquals(row.unit(), f[1]);
            for (Side s : Side.values()) {
                int col = s == Side.LEFT ? 2 : 3;
                if (row.value(s).isPresent()) {
                    double v = row.value(s).getAsDouble();
                    assertEquals(v, Double.parseDouble(f[col]), 0.0);
                    assertEquals((v - row.norm().mean()) / row.norm().sd(), Double.parseDouble(f[col + 4]), 1e-12);
                } else {
                    assertEquals("", f[col], "missing value must be an empty cell");
                    assertEquals("", f[col + 4]);
                }
            }
            assertEquals(row.norm().mean(), Double.parseDouble(f[4]), 0.0);
            assertEquals(row.norm().sd(), Double.parseDouble(f[5]), 0.0);
        }
    }

    @Test
    void fieldsWithCommasAndQuotesAreQuoted() {
        assertEquals("plain", ReportCsv.field("plain"));
        assertEquals("\"a, b\"", ReportCsv.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", ReportCsv.field("say \"hi\""));
    }

    private static void assertCurve(double[] expected, List<Double> written, String what) {
        assertTrue(written != null, "curve missing in CSV: " + what);
        assertEquals(expected.length, written.size(), what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], written.get(i), 0.0, what + " sample " + i);
        }
    }

    private static String side(Side s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }
}
