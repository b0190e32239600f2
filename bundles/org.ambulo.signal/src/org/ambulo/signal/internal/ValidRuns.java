package org.ambulo.signal.internal;

/** Maximal runs of finite samples, as {start, end (exclusive)} pairs, without allocating per run. */
public final class ValidRuns {

    private ValidRuns() {
    }

    /** Index just past the run that starts at or after {@code from}; the run's start is returned in startOut[0]. */
    public static int nextRun(double[] signal, int from, int[] startOut) {
        int i = from;
        while (i < signal.length && !Double.isFinite(signal[i])) {
            i++;
        }
        startOut[0] = i;
        while (i < signal.length && Double.isFinite(signal[i])) {
            i++;
        }
        return i;
    }

    /** Start of the run containing {@code index} (which must be finite). */
    public static int runStart(double[] signal, int index) {
        int i = index;
        while (i > 0 && Double.isFinite(signal[i - 1])) {
            i--;
        }
        return i;
    }

    /** End (exclusive) of the run containing {@code index} (which must be finite). */
    public static int runEnd(double[] signal, int index) {
        int i = index + 1;
        while (i < signal.length && Double.isFinite(signal[i])) {
            i++;
        }
        return i;
    }
}
