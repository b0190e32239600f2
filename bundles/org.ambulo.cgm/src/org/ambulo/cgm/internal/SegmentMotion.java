package org.ambulo.cgm.internal;

import java.util.Arrays;

/**
 * Velocities and accelerations of a segment by central differences over the point frames (Δt = 1 / rate): centre of
 * mass acceleration (m/s²), angular velocity and angular acceleration (rad/s, rad/s², lab frame) from the change of the
 * segment axes. NaN at the trial ends and next to missing frames. The markers are taken as already smoothed (Nexus
 * filters them before Plug-in Gait runs).
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
        int n = comMm.length / 3;
        SegmentMotion m = new SegmentMotion(n);
        double rate2 = rateHz * rateHz / 1000.0;
        double half = rateHz / 2;
        for (int f = 1; f < n - 1; f++) {
            int o = 3 * f;
            for (int k = 0; k < 3; k++) {
                m.comAccelerationMps2[o + k] = (comMm[o + 3 + k] - 2 * comMm[o + k] + comMm[o - 3 + k]) * rate2;
            }
            // dR/dt R^T is skew-symmetric with the angular velocity as its axial vector; R columns are the axes
            int a = 9 * f;
            double wx = 0, wy = 0, wz = 0;
            for (int c = 0; c < 3; c++) {
                int col = a + 3 * c;
                double dx = (axes[col + 9] - axes[col - 9]) * half;
                double dy = (axes[col + 10] - axes[col - 8]) * half;
                double dz = (axes[col + 11] - axes[col - 7]) * half;
                double rx = axes[col];
                double ry = axes[col + 1];
                double rz = axes[col + 2];
                // sum over columns of (dR e_c) x-ish terms: W = dR R^T, w = (W32 - W23, W13 - W31, W21 - W12) / 2
                wx += dz * ry - dy * rz;
                wy += dx * rz - dz * rx;
                wz += dy * rx - dx * ry;
            }
            m.angularVelocityRadPerS[o] = wx / 2;
            m.angularVelocityRadPerS[o + 1] = wy / 2;
            m.angularVelocityRadPerS[o + 2] = wz / 2;
        }
        for (int f = 1; f < n - 1; f++) {
            int o = 3 * f;
            for (int k = 0; k < 3; k++) {
                m.angularAccelerationRadPerS2[o + k] = (m.angularVelocityRadPerS[o + 3 + k] - m.angularVelocityRadPerS[o - 3 + k]) * half;
            }
        }
        return m;
    }
}
