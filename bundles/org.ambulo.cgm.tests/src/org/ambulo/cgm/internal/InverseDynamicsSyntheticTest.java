package org.ambulo.cgm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ambulo.forceplate.PlateContact;
import org.ambulo.forceplate.PlateReaction;
import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;

/** Segment derivatives and the plate-to-frame resampling on signals with analytically known answers. */
class InverseDynamicsSyntheticTest {

    /** A segment spinning about lab z at 2 rad/s while its centre moves on a parabola with 3 m/s² along x. */
    @Test
    void derivativesOfAKnownMotion() {
        int n = 50;
        double rate = 100;
        double omega = 2.0;
        double[] com = new double[3 * n];
        double[] axes = new double[9 * n];
        for (int f = 0; f < n; f++) {
            double t = f / rate;
            com[3 * f] = 0.5 * 3.0 * t * t * 1000; // mm
            double a = omega * t;
            // x axis, y axis, z axis of a frame turned by a about z
            double[] r = {Math.cos(a), Math.sin(a), 0, -Math.sin(a), Math.cos(a), 0, 0, 0, 1};
            System.arraycopy(r, 0, axes, 9 * f, 9);
        }
        SegmentMotion m = SegmentMotion.of(com, axes, rate);
        // the angular velocity (inertia terms and powers alike), central difference over ±2 frames: exactly
        // omega * sin(2 omega dt) / (2 omega dt) for this motion (2.7e-4 below omega at 2 rad/s, 100 Hz)
        double x = 2 * omega / rate;
        double expectedOmega = omega * Math.sin(x) / x;
        for (int f = 2; f < n - 2; f++) {
            // second central difference is exact for a parabola
            assertEquals(3.0, m.comAccelerationMps2[3 * f], 1e-9);
            assertEquals(expectedOmega, m.angularVelocityRadPerS[3 * f + 2], 1e-9);
            assertEquals(0, m.angularVelocityRadPerS[3 * f], 1e-12);
        }
        for (int f = 4; f < n - 4; f++) {
            // constant angular velocity: no angular acceleration (±2 difference of the ±2 angular velocity)
            assertEquals(0, m.angularAccelerationRadPerS2[3 * f + 2], 1e-9);
        }
        assertTrue(Double.isNaN(m.angularAccelerationRadPerS2[3 * 3 + 2]), "the angular acceleration needs four frames either side");
        assertTrue(Double.isNaN(m.comAccelerationMps2[0]), "no derivative at the trial ends");
        assertTrue(Double.isNaN(m.angularVelocityRadPerS[3 + 2]), "the ±2 frame difference needs two frames either side");
    }

    /**
     * The centre-of-mass acceleration uses the five-point second difference (as Nexus, see SegmentMotion): exact for a
     * quartic x = t⁴ m (12 t² m/s²), where the three-point difference would be off by Δt² = 1e-4 m/s² at 100 Hz.
     */
    @Test
    void comAccelerationIsExactForAQuartic() {
        int n = 30;
        double rate = 100;
        double[] com = new double[3 * n];
        double[] axes = new double[9 * n];
        for (int f = 0; f < n; f++) {
            double t = f / rate;
            com[3 * f] = t * t * t * t * 1000; // mm
            System.arraycopy(new double[]{1, 0, 0, 0, 1, 0, 0, 0, 1}, 0, axes, 9 * f, 9);
        }
        SegmentMotion m = SegmentMotion.of(com, axes, rate);
        for (int f = 2; f < n - 2; f++) {
            double t = f / rate;
            assertEquals(12 * t * t, m.comAccelerationMps2[3 * f], 1e-9, "frame " + f);
        }
        assertTrue(Double.isNaN(m.comAccelerationMps2[3]), "five-point stencil: no value on frame 1");
    }

    /**
     * A plate loaded with a ramp F = sample index (N) at a fixed COP: frame k is the mean of samples 10k-5 .. 10k+5
     * (= 10k N), the moment about the origin is COP x F.
     */
    @Test
    void platesAreAveragedOverTheSamplesCentredOnEachFrame() {
        int frames = 20;
        int spf = 10;
        int samples = frames * spf;
        double[] fz = new double[samples];
        double[] zero = new double[samples];
        double[] copX = new double[samples];
        double[] copY = new double[samples];
        double[] copZ = new double[samples];
        for (int s = 0; s < samples; s++) {
            fz[s] = s;
            copX[s] = 100;
            copY[s] = 200;
        }
        double[] corners = {500, 500, 0, -500, 500, 0, -500, -500, 0, 500, -500, 0};
        PlateReaction plate = new PlateReaction(1, 2, 1000, zero, zero, fz, copX, copY, copZ, zero, corners, 0);
        PlateContact contact = new PlateContact(1, java.util.Optional.of(Side.LEFT), 0.0, (samples - 1) / 1000.0, true, "synthetic",
                List.of());
        GroundReaction left = GroundReaction.of(Side.LEFT, frames, 100, 0, spf, List.of(plate), List.of(contact), false);
        GroundReaction right = GroundReaction.of(Side.RIGHT, frames, 100, 0, spf, List.of(plate), List.of(contact), false);
        for (int k = 1; k < frames - 1; k++) {
            assertTrue(left.inContact[k]);
            assertEquals(10.0 * k, left.forceN[3 * k + 2], 1e-9, "frame " + k);
            assertEquals(200 * 10.0 * k, left.momentNmm[3 * k], 1e-6, "Mx = y Fz");
            assertEquals(-100 * 10.0 * k, left.momentNmm[3 * k + 1], 1e-6, "My = -x Fz");
            assertTrue(!right.inContact[k], "the contact is the left foot's");
        }
    }

    /**
     * The same ramp with a contact from sample 52 to 147: frames 5 to 15 have samples of it in their window. As Nexus, the
     * edge frames average their whole window (frame 5: samples 45..55, mean 50 N); clipped to the contact the samples
     * 45..51 count as zero (frame 5: (52 + 53 + 54 + 55) / 11 N). Both mark the same frames as in contact.
     */
    @Test
    void edgeFramesAverageTheirWholeWindowUnlessClippedToTheContact() {
        int frames = 20;
        int spf = 10;
        int samples = frames * spf;
        double[] fz = new double[samples];
        double[] zero = new double[samples];
        double[] cop = new double[samples];
        for (int s = 0; s < samples; s++) {
            fz[s] = s;
        }
        double[] corners = {500, 500, 0, -500, 500, 0, -500, -500, 0, 500, -500, 0};
        PlateReaction plate = new PlateReaction(1, 2, 1000, zero, zero, fz, cop, cop, cop, zero, corners, 0);
        PlateContact contact = new PlateContact(1, java.util.Optional.of(Side.LEFT), 0.052, 0.147, true, "synthetic", List.of());
        GroundReaction nexus = GroundReaction.of(Side.LEFT, frames, 100, 0, spf, List.of(plate), List.of(contact), false);
        GroundReaction clipped = GroundReaction.of(Side.LEFT, frames, 100, 0, spf, List.of(plate), List.of(contact), true);
        for (int k = 0; k < frames; k++) {
            boolean expected = k >= 5 && k <= 15;
            assertEquals(expected, nexus.inContact[k], "frame " + k);
            assertEquals(expected, clipped.inContact[k], "frame " + k);
            if (expected) {
                assertEquals(10.0 * k, nexus.forceN[3 * k + 2], 1e-9, "frame " + k + ": whole window");
            }
        }
        assertEquals((52 + 53 + 54 + 55) / 11.0, clipped.forceN[3 * 5 + 2], 1e-9);
        assertEquals((145 + 146 + 147) / 11.0, clipped.forceN[3 * 15 + 2], 1e-9, "frame 15: samples 145..147 of 145..155");
        assertEquals(100.0, clipped.forceN[3 * 10 + 2], 1e-9, "inner frames are the same");
    }
}
