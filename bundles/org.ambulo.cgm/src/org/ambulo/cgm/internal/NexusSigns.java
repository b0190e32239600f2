package org.ambulo.cgm.internal;

import org.ambulo.model.Side;

/** Component order and signs of the Plug-in Gait joint force and moment outputs. */
final class NexusSigns {

    private NexusSigns() {
    }

    // joint order: ankle, knee, hip. Determined against the Nexus outputs of PiG_Motion-FlatFoot-One (left and right).
    private static final int[][] MOMENT_ORDER = {{1, 2, 0}, {1, 0, 2}, {1, 0, 2}};
    private static final double[][] MOMENT_SIGN_LEFT = {{1, -1, 1}, {-1, 1, 1}, {1, 1, 1}};
    private static final double[][] MOMENT_SIGN_RIGHT = {{1, 1, -1}, {-1, -1, -1}, {1, -1, -1}};
    private static final int[][] FORCE_ORDER = {{0, 1, 2}, {0, 1, 2}, {0, 1, 2}};
    private static final double[][] FORCE_SIGN = {{-1, 1, -1}, {1, 1, 1}, {1, 1, 1}};

    static void apply(int joint, Side side, double[] force, double[] moment, int o) {
        remap(force, o, FORCE_ORDER[joint], FORCE_SIGN[joint]);
        remap(moment, o, MOMENT_ORDER[joint], (side == Side.LEFT ? MOMENT_SIGN_LEFT : MOMENT_SIGN_RIGHT)[joint]);
    }

    private static void remap(double[] v, int o, int[] order, double[] sign) {
        double a = v[o], b = v[o + 1], c = v[o + 2];
        double[] in = {a, b, c};
        v[o] = sign[0] * in[order[0]];
        v[o + 1] = sign[1] * in[order[1]];
        v[o + 2] = sign[2] * in[order[2]];
    }
}
