package org.ambulo.signal;

import java.util.Objects;

/**
 * Settings of the marker low-pass step ({@code org.ambulo.signal.markers.lowpass}).
 *
 * @param orderForward
 *            order N of the designed Butterworth filter; the zero-lag result has order 2N. Default 2 (a 4th-order
 *            zero-lag filter): pyCGM2 {@code markerFiltering} default (domain.md), the common biomechanics choice
 *            (Winter)
 * @param cutoffHz
 *            cutoff in Hz. Default 6 Hz: pyCGM2 {@code markerFiltering} default (domain.md). Nexus' own default is a
 *            Woltring spline, not a Butterworth, and has no cutoff to copy
 * @param cutoffConvention
 *            meaning of the cutoff; default {@link CutoffConvention#AS_DESIGNED} (as pyCGM2, scipy, MATLAB: −6 dB at
 *            the cutoff for the zero-lag filter)
 */
public record MarkerLowPassSettings(int orderForward, double cutoffHz, CutoffConvention cutoffConvention) {

    public static final MarkerLowPassSettings DEFAULTS = new MarkerLowPassSettings(2, 6.0, CutoffConvention.AS_DESIGNED);

    public MarkerLowPassSettings {
        Objects.requireNonNull(cutoffConvention, "cutoffConvention");
    }
}
