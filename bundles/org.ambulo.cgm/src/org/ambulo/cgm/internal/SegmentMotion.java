package org.ambulo.cgm.internal;

import java.util.Arrays;

/**
 * Velocities and accelerations of a segment from finite differences over the point frames (Δt = 1 / rate): centre of
 * mass acceleration by the five-point second difference {@code (-x₋₂ + 16x₋₁ - 30x₀ + 16x₁ - x₂) / 12Δt²} (m/s²);
 * angular velocity from {@code dR/dt Rᵀ} with the central difference {@code dR/dt = (R₁ - R₋₁) / 2Δt} and angular
 * acceleration by the central difference of the angular velocity (rad/s, rad/s², lab frame), both for the rate of
 * angular momentum; for the joint powers the angular velocity from {@code dR/dt = (R₂ - R₋₂) / 4Δt}. NaN within two
 * frames of the trial ends and next to missing frames.
 * <p>
 * Why these stencils: the joint forces Nexus Plug-in Gait writes imply tibia and femur centre-of-mass accelerations
 * ({@code (F_proximal - F_distal) / m + g}) that equal the five-point stencil to 1e-3 m/s² RMS (PiGKadMed_Motion,
 * PiG_Motion3_noFF), where the three-point second difference leaves 0.05–0.1 m/s² and smoothing stencils (Savitzky–
 * Golay 5/7, central difference over ±2 frames) 0.2–0.9 m/s². The Nexus powers recomputed from the Nexus moments
 * (RMS over stance against the stored powers, so our moment error is excluded) agree best with the ±2-frame
 * difference: ankle 0.003–0.004 W/kg on PiG_Motion-FlatFoot-One/Hole left (three-point 0.010–0.012, five-point
 * derivative 0.012–0.016), 0.031 against 0.056 on PiG_Motion-FlatFoot-Full left, 0.017 against 0.045 on the KAD
 * trials, hip 0.008–0.015 against 0.012–0.024; ±3 frames, [1 2 1]-smoothed three-point, Savitzky–Golay 5, Cardan
 * angle rates mapped through the JCS and per-component products (distal-frame moment with proximal-frame or Cardan
 * rates) all do worse. The angular velocities of the Nexus segment axes stored in the trials ({@code LFOO/LFOA/
 * LFOL/LFOP}, {@code LTIO…}, {@code LFEO…}, {@code PELO…}) give the same powers as ours to 1e-4 W/kg, so the frames
 * are the same and only the difference stencil matters; it is not yet exact (up to 0.048 W/kg left on the ankle of
 * PiG_Motion3_noFF). The markers are taken as already smoothed (Nexus filters them before Plug-in Gait runs).
 */
final class SegmentMotion {

    final double[] comAccelerationMps2;
    final double[] angularVelocityRadPerS;
    final double[] angularAccelerationRadPerS2;
    /** Angular velocity for the joint powers: (R₂ − R₋₂) / 4Δt, see the class comment (rad/s, lab frame). */
    final double[] powerAngularVelocityRadPerS;

    private SegmentMotion(int frames) {
        comAccelerationMps2 = nan(3 * frames);
        angularVelocityRadPerS = nan(3 * frames);
        angularAccelerationRadPerS2 = nan(3 * frames);
        powerAngularVelocityRadPerS = nan(3 * frames);
    }

    static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /**
     * @param comMm
     *            centre of mass, mm, interleaved
     * @param axes
     *            segment axes, 9 per frame
     */
    static SegmentMotion of(double[] comMm, double[] axes, double rateHz) {
        int n = comMm.length / 3;
        SegmentMotion m = new SegmentMotion(n);
        // mm/frame² -> m/s²
        double second = rateHz * rateHz / 1000.0 / 12.0;
        double half = rateHz / 2.0;
        for (int f = 2; f < n - 2; f++) {
            for (int k = 0; k < 3; k++) {
                int i = 3 * f + k;
                m.comAccelerationMps2[i] = (-comMm[i - 6] + 16 * comMm[i - 3] - 30 * comMm[i] + 16 * comMm[i + 3] - comMm[i + 6]) * second;
            }
        }
        for (int f = 1; f < n - 1; f++) {
            angularVelocity(axes, f, 1, half, m.angularVelocityRadPerS);
        }
        for (int f = 2; f < n - 2; f++) {
            angularVelocity(axes, f, 2, rateHz / 4.0, m.powerAngularVelocityRadPerS);
        }
        for (int f = 2; f < n - 2; f++) {
            for (int k = 0; k < 3; k++) {
                int i = 3 * f + k;
                m.angularAccelerationRadPerS2[i] = threePoint(m.angularVelocityRadPerS, i, 3, half);
            }
        }
        return m;
    }

    /**
     * The axial vector of {@code W = dR/dt Rᵀ} (skew-symmetric; R's columns are the axes) at frame f, with
     * {@code dR/dt = (R_{f+step} − R_{f−step}) · scale}, into out.
     */
    private static void angularVelocity(double[] axes, int f, int step, double scale, double[] out) {
        int a = 9 * f;
        int stride = 9 * step;
        double wx = 0, wy = 0, wz = 0;
        for (int c = 0; c < 3; c++) {
            int col = a + 3 * c;
            double dx = threePoint(axes, col, stride, scale);
            double dy = threePoint(axes, col + 1, stride, scale);
            double dz = threePoint(axes, col + 2, stride, scale);
            double rx = axes[col];
            double ry = axes[col + 1];
            double rz = axes[col + 2];
            wx += dz * ry - dy * rz;
            wy += dx * rz - dz * rx;
            wz += dy * rx - dx * ry;
        }
        int o = 3 * f;
        out[o] = wx / 2;
        out[o + 1] = wy / 2;
        out[o + 2] = wz / 2;
    }

    /** {@code (x₁ - x₋₁) · scale}, samples {@code stride} apart around index i. */
    private static double threePoint(double[] x, int i, int stride, double scale) {
        return (x[i + stride] - x[i - stride]) * scale;
    }
}
