package org.ambulo.forceplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dReader;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every shared file with force plates: computes, or fails naming the bad plate; physically sensible results. */
class RealPlatesTest {

    /** Files whose plate parameters are corrupt: the error must name this plate and mention this word. */
    private static final Map<String, String> CORRUPT = Map.of(
            "evart.c3d", "plate 1|CHANNEL", // type 3 declared with 6 channels (c3d.org sample11 readme: malformed)
            "FP1.C3D", "plate 1|ORIGIN", // Peak file: type 3 with ORIGIN 0,0,0 (no sensor offsets)
            "admarche2.c3d", "plate 1|ORIGIN", // Saga-3RT: type 3 with ORIGIN 0,0,0
            "оно мне не вредит.c3d", "plate 2|CHANNEL", // plate 2 wired to channels 8..13 of a 6-channel file
            "FP_Type1.c3d", "plate 2|CORNERS"); // ezc3d file: plates 2-4 hold garbage CORNERS (1e10, 1e-38 ...)

    /**
     * Plates whose COP cannot be inside: parameterOverflow.c3d stores constant moment channels on plates 1 and 2
     * (3.43e5 N·mm throughout while Fz goes 0..363 N), so the COP lands a metre away.
     */
    private static final Set<String> COP_UNREACHABLE = Set.of("parameterOverflow.c3d#1", "parameterOverflow.c3d#2");

    /** A plate counts as well loaded above max(200 N, 20 % of its peak); its COP must then be inside within this. */
    private static final double COP_EDGE_TOLERANCE_MM = 10;

    private static List<Path> allC3dFiles() {
        Path root = SharedData.root();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".c3d")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPlateFileComputesOrNamesTheBadPlate() {
        Set<Integer> typesSeen = new TreeSet<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path path : allC3dFiles()) {
            C3dFile file;
            try {
                file = C3dReader.read(path);
            } catch (IOException | RuntimeException e) {
                continue; // unreadable robustness samples belong to the reader's tests
            }
            if (file.forcePlatforms().isEmpty()) {
                continue;
            }
            String name = path.getFileName().toString();
            tests.add(dynamicTest(SharedData.root().relativize(path).toString(), () -> {
                if (CORRUPT.containsKey(name)) {
                    C3dFormatException e = assertThrows(C3dFormatException.class,
                            () -> ForcePlates.compute(file, ForcePlateSettings.defaults()));
                    String[] expected = CORRUPT.get(name).split("\\|");
                    assertTrue(e.getMessage().startsWith(name + ": force " + expected[0]) && e.getMessage().contains(expected[1]),
                            e.getMessage());
                    return;
                }
                for (PlateReaction plate : ForcePlates.compute(file, ForcePlateSettings.defaults())) {
                    typesSeen.add(plate.plateType());
                    checkPlausible(name, plate);
                }
            }));
        }
        tests.add(dynamicTest("plate types 1 to 5 were all exercised", () -> assertTrue(typesSeen.containsAll(Set.of(1, 2, 3, 4, 5)),
                "types seen: " + typesSeen)));
        return tests.stream();
    }

    private static void checkPlausible(String name, PlateReaction plate) {
        double[] normal = plate.normalForceN();
        double peak = 0;
        for (int s = 0; s < normal.length; s++) {
            assertTrue(Double.isFinite(plate.forceXN()[s]) && Double.isFinite(plate.forceYN()[s]) && Double.isFinite(normal[s]),
                    "finite forces, plate " + plate.plateNumber() + " sample " + s);
            peak = Math.max(peak, normal[s]);
        }
        // Humans on plates: under 5 kN even landing from a jump (sample21 reaches 2.9 kN).
        assertTrue(peak < 5000, name + " plate " + plate.plateNumber() + " peak " + peak + " N");
        if (peak < 200 || COP_UNREACHABLE.contains(name + "#" + plate.plateNumber())) {
            return;
        }
        PlateReaction p = plate;
        double limit = Math.max(200, 0.2 * peak);
        for (int s = 0; s < normal.length; s++) {
            if (normal[s] > limit) {
                assertTrue(p.isLoaded(s), "COP defined under load");
                double inside = insideDistanceMm(p, s);
                assertTrue(inside > -COP_EDGE_TOLERANCE_MM,
                        name + " plate " + p.plateNumber() + ": COP " + inside + " mm from the edge at sample " + s + " (" + normal[s]
                                + " N)");
            }
        }
    }

    /** Signed distance of the COP from the nearest plate edge in the plate plane (positive inside). */
    static double insideDistanceMm(PlateReaction r, int s) {
        double[] c = r.cornersMm();
        double[] up = r.upwardNormal();
        double[] centre = r.centreMm();
        double[] e1 = {c[0] - c[3], c[1] - c[4], c[2] - c[5]};
        double d = e1[0] * up[0] + e1[1] * up[1] + e1[2] * up[2];
        e1 = new double[]{e1[0] - d * up[0], e1[1] - d * up[1], e1[2] - d * up[2]};
        double n = Math.sqrt(e1[0] * e1[0] + e1[1] * e1[1] + e1[2] * e1[2]);
        e1 = new double[]{e1[0] / n, e1[1] / n, e1[2] / n};
        double[] e2 = {up[1] * e1[2] - up[2] * e1[1], up[2] * e1[0] - up[0] * e1[2], up[0] * e1[1] - up[1] * e1[0]};
        double[] u = new double[4];
        double[] v = new double[4];
        for (int k = 0; k < 4; k++) {
            double[] q = {c[3 * k] - centre[0], c[3 * k + 1] - centre[1], c[3 * k + 2] - centre[2]};
            u[k] = q[0] * e1[0] + q[1] * e1[1] + q[2] * e1[2];
            v[k] = q[0] * e2[0] + q[1] * e2[1] + q[2] * e2[2];
        }
        double area = 0;
        for (int k = 0; k < 4; k++) {
            area += u[k] * v[(k + 1) % 4] - u[(k + 1) % 4] * v[k];
        }
        double[] q = {r.copXMm()[s] - centre[0], r.copYMm()[s] - centre[1], r.copZMm()[s] - centre[2]};
        double pu = q[0] * e1[0] + q[1] * e1[1] + q[2] * e1[2];
        double pv = q[0] * e2[0] + q[1] * e2[1] + q[2] * e2[2];
        double nearest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 4; k++) {
            int j = (k + 1) % 4;
            double eu = u[j] - u[k];
            double ev = v[j] - v[k];
            nearest = Math.min(nearest, Math.signum(area) * (eu * (pv - v[k]) - ev * (pu - u[k])) / Math.sqrt(eu * eu + ev * ev));
        }
        return nearest;
    }

    /**
     * Quiet standing: the plates together carry body weight (PROCESSING:Bodymass x 9.81). Tolerance 5 %: the stored mass
     * is what was typed into Nexus (the ANTO_M statics read 3.4-3.8 % light, BELT_C 2.6 %).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"OpenMA__openma-data/input/c3d/plugingait/PiG_Calibration-FlatFoot-Full.c3d",
            "OpenMA__openma-data/input/c3d/plugingait/PiG_Calibration-FlatFoot-Hole.c3d",
            "OpenMA__openma-data/input/c3d/plugingait/PiG_Calibration-FlatFoot-One.c3d",
            "OpenMA__openma-data/input/c3d/plugingait/PiG_Calibration2-NoOption.c3d",
            "OpenMA__openma-data/input/c3d/other/FunctionalStatic.c3d"})
    void quietStandingCarriesBodyWeight(String relative) throws IOException {
        C3dFile file = TestFiles.read(relative);
        double weightN = TestFiles.bodyMassKg(file).orElseThrow() * TestFiles.G;
        List<PlateReaction> plates = ForcePlates.compute(file, ForcePlateSettings.defaults());
        int n = plates.get(0).sampleCount();
        double sum = 0;
        for (int s = 0; s < n; s++) {
            for (PlateReaction p : plates) {
                sum += p.normalForceN(s);
            }
        }
        assertEquals(1.0, sum / n / weightN, 0.05, "mean vertical force / body weight");
    }

    /** c3d.org sample10: the same AMTI data as TYPE-2 (diagonal sensitivities) and TYPE-4 (full matrix). */
    @Test
    void type2AndType4DescriptionsOfOnePlateAgree() throws IOException {
        PlateReaction two = ForcePlates.compute(TestFiles.read(TestFiles.SAMPLES + "sample_10/TYPE-2.C3D"), ForcePlateSettings.defaults())
                .get(0);
        PlateReaction four = ForcePlates.compute(TestFiles.read(TestFiles.SAMPLES + "sample_10/TYPE-4.C3D"), ForcePlateSettings.defaults())
                .get(0);
        assertEquals(2, two.plateType());
        assertEquals(4, four.plateType());
        double peak = 0;
        double worst = 0;
        for (int s = 0; s < two.sampleCount(); s++) {
            peak = Math.max(peak, two.normalForceN(s));
            worst = Math.max(worst, Math.abs(two.normalForceN(s) - four.normalForceN(s)));
        }
        // Cross-talk terms of the full matrix change Fz by up to 2 % of the peak (measured 1.9 %); 3 % allowed.
        assertTrue(worst < 0.03 * peak, "largest difference " + worst + " N at a peak of " + peak + " N");
        assertTrue(worst > 0, "the full matrix must make a difference");
    }

    @Test
    void writersThatStoreTheForceOnThePlateAndLoadedZeroWindowsAreReported() throws IOException {
        PlateReactions kistler = ForcePlates.computeWithNotes(TestFiles.read(TestFiles.EZC3D + "Kistler.c3d"),
                ForcePlateSettings.defaults());
        assertEquals(2, kistler.notes().size(), kistler.notes().toString());
        assertTrue(kistler.notes().get(0).contains("force plate 1") && kistler.notes().get(0).contains("force on the plate"));
        // Kistler BioWare writes a Y-up lab: the vertical is +y.
        assertEquals(1.0, kistler.plates().get(0).upwardNormal()[1], 1e-9);

        PlateReactions pose = ForcePlates.computeWithNotes(
                TestFiles.read(TestFiles.SAMPLES + "sample_00/Innovative Sports Training/Static Pose.c3d"), ForcePlateSettings.defaults());
        assertEquals(1, pose.notes().size());
        assertTrue(pose.notes().get(0).contains("force plate 2") && pose.notes().get(0).contains("ZERO"), pose.notes().get(0));
        // Standing throughout: had the baseline been subtracted the plate would read about 0 N.
        assertTrue(pose.plates().get(1).normalForceN(100) > 500);
    }

    @Test
    void theGoodPlateOfAFileWithACorruptOneCanStillBeComputed() throws IOException {
        C3dFile file = TestFiles.read(TestFiles.EZC3D + "FP_Type1.c3d");
        assertEquals(1, ForcePlates.computePlate(file, 1, ForcePlateSettings.defaults()).plateNumber());
        C3dFormatException e = assertThrows(C3dFormatException.class,
                () -> ForcePlates.computePlate(file, 5, ForcePlateSettings.defaults()));
        assertTrue(e.getMessage().contains("plate 5 does not exist"), e.getMessage());
    }
}
