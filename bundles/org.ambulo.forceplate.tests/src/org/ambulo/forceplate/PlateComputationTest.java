package org.ambulo.forceplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.junit.jupiter.api.Test;

/**
 * Plate arithmetic on synthetic channels built from an analytically known load: a reaction F on the subject at a known
 * COP with a known free moment must come back exactly (tolerance 1e-3 N, 1e-3 mm, 1e-2 N·mm: float storage of the
 * channels, relative 1e-7).
 */
class PlateComputationTest {

    private static final double[] FORCE_N = {10, -20, 700};
    private static final double[] COP_MM = {300, 150, 0};
    private static final double FREE_NMM = 5000;
    private static final double[] ORIGIN_MM = {1.5, -0.8, -40};

    private static void assertLoad(PlateReaction r, int sample, double[] force, double[] cop, double free) {
        assertEquals(force[0], r.forceXN()[sample], 1e-3, "Fx");
        assertEquals(force[1], r.forceYN()[sample], 1e-3, "Fy");
        assertEquals(force[2], r.forceZN()[sample], 1e-3, "Fz");
        assertEquals(cop[0], r.copXMm()[sample], 1e-3, "COPx");
        assertEquals(cop[1], r.copYMm()[sample], 1e-3, "COPy");
        assertEquals(cop[2], r.copZMm()[sample], 1e-3, "COPz");
        assertEquals(free, r.freeMomentNmm()[sample], 1e-2, "free moment");
    }

    @Test
    void type2ReactionComesBackAtItsCentreOfPressure() throws C3dFormatException {
        // ORIGIN stored with positive z, as Vicon writes it (the whole vector negated compared with ORIGIN_MM).
        C3dFile file = new SyntheticPlates.Trial().origin(-1.5f, 0.8f, 40f)
                .sample(SyntheticPlates.type2Channels(FORCE_N, COP_MM, FREE_NMM, ORIGIN_MM), 20).build();
        PlateReaction r = ForcePlates.compute(file, ForcePlateSettings.defaults()).get(0);
        assertEquals(1, r.plateNumber());
        assertEquals(2, r.plateType());
        assertEquals(1000.0, r.analogRateHz());
        assertLoad(r, 7, FORCE_N, COP_MM, FREE_NMM);
        double[] m = r.momentNmmAbout(7, 0, 0, 0);
        // r x F + free * z about the lab origin.
        double[] expected = SyntheticPlates.cross(COP_MM, FORCE_N);
        expected[2] += FREE_NMM;
        for (int k = 0; k < 3; k++) {
            assertEquals(expected[k], m[k], 1e-1, "moment about the lab origin, axis " + k);
        }
        assertEquals(700.0, r.normalForceN(7), 1e-3);
        assertTrue(r.contains(COP_MM[0], COP_MM[1]));
    }

    @Test
    void copAndFreeMomentAreMaskedBelowTheThreshold() throws C3dFormatException {
        SyntheticPlates.Trial trial = new SyntheticPlates.Trial();
        // A ramp of the vertical force: 0, 5, 9.9, 10, 50 N at the same COP.
        double[] levels = {0, 5, 9.9, 10, 50, 50, 50, 50, 50, 50};
        for (double fz : levels) {
            trial.sample(SyntheticPlates.type2Channels(new double[]{0, 0, fz}, COP_MM, 0, ORIGIN_MM), 1);
        }
        PlateReaction r = ForcePlates.compute(trial.build(), new ForcePlateSettings(10, true)).get(0);
        for (int s = 0; s < 3; s++) {
            assertTrue(Double.isNaN(r.copXMm()[s]) && Double.isNaN(r.copYMm()[s]) && Double.isNaN(r.freeMomentNmm()[s]), "masked at " + s);
            assertFalse(r.isLoaded(s));
            assertTrue(Double.isNaN(r.momentNmmAbout(s, 0, 0, 0)[0]));
        }
        assertEquals(levels[1], r.forceZN()[1], 1e-4, "forces are never masked");
        for (int s = 3; s < levels.length; s++) {
            assertEquals(COP_MM[0], r.copXMm()[s], 1e-3);
            assertTrue(r.isLoaded(s));
        }
        assertEquals(10.0, r.thresholdN());
    }

    @Test
    void zeroBaselineRemovesAnAmplifierOffset() throws C3dFormatException {
        double[] offset = {3, -2, -35, 400, -250, 80}; // N and N.mm, as an unzeroed amplifier drifts
        double[] loaded = SyntheticPlates.type2Channels(FORCE_N, COP_MM, FREE_NMM, ORIGIN_MM);
        double[] loadedWithOffset = new double[6];
        for (int k = 0; k < 6; k++) {
            loadedWithOffset[k] = loaded[k] + offset[k];
        }
        // Frames 1..2 unloaded (offset only), frames 3..4 loaded; ZERO = 1,2.
        SyntheticPlates.Trial trial = new SyntheticPlates.Trial().zero(1, 2).sample(offset, 20).sample(loadedWithOffset, 20);
        PlateReactions corrected = ForcePlates.computeWithNotes(trial.build(), ForcePlateSettings.defaults());
        assertLoad(corrected.plates().get(0), 30, FORCE_N, COP_MM, FREE_NMM);
        assertEquals(0.0, corrected.plates().get(0).forceZN()[5], 1e-3);
        assertEquals(List.of(), corrected.notes());

        PlateReaction raw = ForcePlates.compute(trial.build(), new ForcePlateSettings(10, false)).get(0);
        // Without the baseline the offset stays in: the plate z points down, so -35 N in Fz is +35 N up.
        assertEquals(FORCE_N[2] + 35, raw.forceZN()[30], 1e-3);
    }

    @Test
    void zeroBaselineIsSkippedAndReportedWhenThePlateWasLoadedDuringIt() throws C3dFormatException {
        double[] standing = SyntheticPlates.type2Channels(FORCE_N, COP_MM, FREE_NMM, ORIGIN_MM);
        C3dFile file = new SyntheticPlates.Trial().zero(1, 4).sample(standing, 40).build();
        PlateReactions result = ForcePlates.computeWithNotes(file, ForcePlateSettings.defaults());
        assertLoad(result.plates().get(0), 10, FORCE_N, COP_MM, FREE_NMM);
        assertEquals(1, result.notes().size());
        String note = result.notes().get(0);
        assertTrue(note.contains("force plate 1") && note.contains("ZERO") && note.contains("loaded"), note);
    }

    @Test
    void zeroRangesThatDisableTheBaselineAreHonoured() throws C3dFormatException {
        double[] offset = {0, 0, -35, 0, 0, 0};
        for (int[] zero : new int[][]{{0, 0}, {1, 0}, {0, 10}}) {
            C3dFile file = new SyntheticPlates.Trial().zero(zero[0], zero[1]).sample(offset, 20).build();
            assertEquals(35.0, ForcePlates.compute(file, ForcePlateSettings.defaults()).get(0).forceZN()[0], 1e-4,
                    "ZERO " + zero[0] + "," + zero[1] + " asks for no baseline");
        }
    }

    @Test
    void aWriterStoringTheForceOnThePlateIsTurnedIntoTheReactionWithANote() throws C3dFormatException {
        double[] channels = SyntheticPlates.type2Channels(FORCE_N, COP_MM, FREE_NMM, ORIGIN_MM);
        for (int k = 0; k < 6; k++) {
            channels[k] = -channels[k];
        }
        PlateReactions result = ForcePlates.computeWithNotes(new SyntheticPlates.Trial().sample(channels, 20).build(),
                ForcePlateSettings.defaults());
        assertLoad(result.plates().get(0), 0, FORCE_N, COP_MM, FREE_NMM);
        assertTrue(result.notes().get(0).contains("force on the plate"), result.notes().toString());
    }

    @Test
    void kistlerType3RecoversCopAndFreeMomentWithShear() throws C3dFormatException {
        double a = 120;
        double b = 200;
        double az0 = -50;
        double[] force = {60, -45, 650};
        double[] channels = SyntheticPlates.type3Channels(force, COP_MM, -1200, a, b, az0);
        // Signs as Qualisys writes them (positive az0): a, b are distances, az0 lies below the surface.
        C3dFile file = new SyntheticPlates.Trial().type(3).origin(120, 200, 50).sample(channels, 10).build();
        assertLoad(ForcePlates.compute(file, ForcePlateSettings.defaults()).get(0), 3, force, COP_MM, -1200);
    }

    @Test
    void type4AppliesTheCalibrationMatrixColumnMajorOrByRow() throws C3dFormatException {
        double[] physical = SyntheticPlates.type2Channels(FORCE_N, COP_MM, FREE_NMM, ORIGIN_MM);
        // out = C v with C = diag(2) on forces, 1000 on moments, and cross-talk C[0][1] = 0.5 (Fx picks up channel 2).
        double[][] c = new double[6][6];
        for (int k = 0; k < 6; k++) {
            c[k][k] = k < 3 ? 2 : 1000;
        }
        c[0][1] = 0.5;
        double[] volts = new double[6];
        volts[1] = physical[1] / c[1][1];
        volts[0] = (physical[0] - c[0][1] * volts[1]) / c[0][0];
        for (int k = 2; k < 6; k++) {
            volts[k] = physical[k] / c[k][k];
        }
        float[] columnMajor = new float[36];
        float[] rowMajor = new float[36];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                columnMajor[j * 6 + i] = (float) c[i][j];
                rowMajor[i * 6 + j] = (float) c[i][j];
            }
        }
        for (var trial : List.of(new SyntheticPlates.Trial().type(4).calibration(6, 6, columnMajor, "BYCOLUMN"),
                new SyntheticPlates.Trial().type(4).calibration(6, 6, columnMajor, null),
                new SyntheticPlates.Trial().type(4).calibration(6, 6, rowMajor, "BYROW"))) {
            PlateReaction r = ForcePlates.compute(trial.sample(volts, 10).build(), ForcePlateSettings.defaults()).get(0);
            assertLoad(r, 4, FORCE_N, COP_MM, FREE_NMM);
        }
    }

    @Test
    void type5And7CalibrateEightChannels() throws C3dFormatException {
        // Type 5: 6x8 matrix mapping 8 channels to Fx Fy Fz Mx My Mz; here channels 7 and 8 add into Fz.
        double[] physical = SyntheticPlates.type2Channels(FORCE_N, COP_MM, FREE_NMM, ORIGIN_MM);
        double[] eight = {physical[0], physical[1], physical[2] / 2, physical[3], physical[4], physical[5], physical[2] / 4,
                physical[2] / 4};
        float[] c5 = new float[48];
        for (int i = 0; i < 6; i++) {
            c5[i * 6 + i] = 1; // column i, row i
        }
        c5[6 * 6 + 2] = 1; // column 7 -> row 3 (Fz)
        c5[7 * 6 + 2] = 1; // column 8 -> row 3
        PlateReaction r5 = ForcePlates
                .compute(new SyntheticPlates.Trial().type(5).calibration(6, 8, c5, "BYCOLUMN").sample(eight, 10).build(),
                        ForcePlateSettings.defaults())
                .get(0);
        assertLoad(r5, 2, FORCE_N, COP_MM, FREE_NMM);

        // Type 7: Kistler channels through an 8x8 matrix (here 2 x identity on half-scaled channels).
        double[] kistler = SyntheticPlates.type3Channels(FORCE_N, COP_MM, FREE_NMM, 120, 200, -50);
        double[] half = new double[8];
        float[] c7 = new float[64];
        for (int k = 0; k < 8; k++) {
            half[k] = kistler[k] / 2;
            c7[k * 8 + k] = 2;
        }
        PlateReaction r7 = ForcePlates.compute(new SyntheticPlates.Trial().type(7).origin(120, 200, -50).calibration(8, 8, c7, null)
                .sample(half, 10).build(), ForcePlateSettings.defaults()).get(0);
        assertLoad(r7, 2, FORCE_N, COP_MM, FREE_NMM);
    }

    @Test
    void inconsistentParametersNameThePlateAndTheProblem() {
        double[] six = SyntheticPlates.type2Channels(FORCE_N, COP_MM, FREE_NMM, ORIGIN_MM);
        assertProblem(new SyntheticPlates.Trial().channels(1, 2, 3, 4, 5, 9).sample(six, 10), "CHANNEL", "outside");
        assertProblem(new SyntheticPlates.Trial().channels(1, 2, 3, 4).sample(six, 10), "CHANNEL", "needs 6");
        assertProblem(new SyntheticPlates.Trial().type(4).calibration(6, 6, new float[36], null).sample(six, 10), "CAL_MATRIX", "zeros");
        assertProblem(new SyntheticPlates.Trial().type(4).sample(six, 10), "CAL_MATRIX", "missing");
        assertProblem(new SyntheticPlates.Trial().type(5).calibration(6, 6, new float[36], null).sample(new double[8], 10), "CAL_MATRIX",
                "6x8");
        assertProblem(new SyntheticPlates.Trial().type(6).sample(new double[12], 10), "type 6", "not supported");
        assertProblem(new SyntheticPlates.Trial().type(9).sample(six, 10), "type 9", "not a plate type");
        assertProblem(new SyntheticPlates.Trial().type(3).origin(0, 0, -40).sample(new double[8], 10), "ORIGIN", "offsets");
        assertProblem(new SyntheticPlates.Trial().corners(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).sample(six, 10), "CORNERS", "degenerate");
    }

    private static void assertProblem(SyntheticPlates.Trial trial, String... words) {
        C3dFormatException e = assertThrows(C3dFormatException.class,
                () -> ForcePlates.compute(trial.build(), ForcePlateSettings.defaults()));
        assertTrue(e.getMessage().startsWith("synthetic.c3d: force plate 1"), e.getMessage());
        for (String word : words) {
            assertTrue(e.getMessage().contains(word), e.getMessage() + " should mention " + word);
        }
    }

    @Test
    void settingsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new ForcePlateSettings(-1, true));
        assertThrows(IllegalArgumentException.class, () -> new ForcePlateSettings(Double.NaN, true));
        assertEquals(10.0, ForcePlateSettings.defaults().copThresholdN());
        assertTrue(ForcePlateSettings.defaults().applyZeroBaseline());
    }
}
