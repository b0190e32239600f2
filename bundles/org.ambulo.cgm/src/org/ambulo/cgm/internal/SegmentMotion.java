package org.ambulo.cgm.internal;

import java.util.Arrays;

/**
 * Velocities and accelerations of a segment from finite differences over the point frames (Δt = 1 / rate): centre of
 * mass acceleration by the five-point second difference {@code (-x₋₂ + 16x₋₁ - 30x₀ + 16x₁ - x₂) / 12Δt²} (m/s²);
 * angular velocity from {@code dR/dt Rᵀ} with {@code dR/dt = (R₂ - R₋₂) / 4Δt}, for the joint powers and for the rate of
 * angular momentum, and angular acceleration by the same ±2-frame difference of that angular velocity,
 * {@code (ω₂ - ω₋₂) / 4Δt} (rad/s, rad/s², lab frame). The centre-of-mass acceleration is NaN within two frames of the
 * trial ends and of missing frames, the angular acceleration within four.
 * <p>
 * Why ±2 frames for the inertia terms too: with the three-point angular velocity and acceleration the ankle moment
 * left PiG_Motion-FlatFoot-One's stored one by 0.4 N·mm/kg RMS (sagittal and transverse) and the hip sagittal moment
 * PiG_Motion-FlatFoot-Hole's by 14; with ±2 frames those are 0.0 and 2.8, and every moment component of every
 * compared trial and side moved closer to Nexus (KineticsTest; e.g. PiG_Motion3 knee transverse 2.5 → 1.6, ankle
 * sagittal 2.3 → 1.1 N·mm/kg), the powers with them. ±1/±2 mixed, or ±3 frames, do worse.
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
 * PiG_Motion3_noFF). The markers are taken as already smoothed (Nexus filters them before Plug-in Gait runs); for
 * unfiltered markers the centre of mass can be smoothed first (KineticsSettings#centreOfMassCutoffHz).
 */
final class SegmentMotion {

    final double[] comAccelerationMps2;
    final double[] angularVelocityRadPerS;
    final double[] angularAccelerationRadPerS2;

    private SegmentMotion(int frames) {
        comAccelerationMps2 = nan(3 * frames);
        angularVelocityRadPerS = nan(3 * frames);
        angularAccelerationRadPerS2 = nan(3 * frames);
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
        return of(comMm, axes, rateHz, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #of(double[], double[], double)}, with the centre of mass smoothed before its acceleration is taken.
     *
     * @param comCutoffHz
     *            cut-off of the QuinticSmoothing of the centre of mass, Hz, below the Nyquist frequency; infinite: not
     *            smoothed
     */
    static SegmentMotion of(double[] rawComMm, double[] axes, double rateHz, double comCutoffHz) {
        double[] comMm = QuinticSmoothing.smoothRuns(rawComMm, 3, QuinticSmoothing.lambdaForCutoff(comCutoffHz, rateHz));
        int n = comMm.length / 3;
        SegmentMotion m = new SegmentMotion(n);
        // mm/frame² -> m/s²
        double second = rateHz * rateHz / 1000.0 / 12.0;
        for (int f = 2; f < n - 2; f++) {
            for (int k = 0; k < 3; k++) {
                int i = 3 * f + k;
                m.comAccelerationMps2[i] = (-comMm[i - 6] + 16 * comMm[i - 3] - 30 * comMm[i] + 16 * comMm[i + 3] - comMm[i + 6]) * second;
            }
        }
        double quarter = rateHz / 4.0;
        for (int f = 2; f < n - 2; f++) {
            angularVelocity(axes, f, 2, quarter, m.angularVelocityRadPerS);
        }
        for (int f = 4; f < n - 4; f++) {
            for (int k = 0; k < 3; k++) {
                int i = 3 * f + k;
                m.angularAccelerationRadPerS2[i] = threePoint(m.angularVelocityRadPerS, i, 6, quarter);
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
