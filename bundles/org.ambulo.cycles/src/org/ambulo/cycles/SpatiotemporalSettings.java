package org.ambulo.cycles;

import java.util.Objects;

/**
 * How spatiotemporal parameters are computed; the settings of the processor {@code org.ambulo.cycles.spatiotemporal}.
 *
 * @param footMarker
 *            marker (without side prefix) whose positions at the strikes give stride and step length; default
 *            {@code TOE}: Nexus' default, which reproduces the stored Nexus ANALYSIS stride and step lengths exactly
 *            (heel and ankle markers differ by 5 to 40 mm on the shared files)
 * @param heelMarker
 *            marker for step width, "the distance between the heels"; default {@code HEE} (Plug-in Gait); where a
 *            marker set has none, {@code ANK} and then {@code footMarker} are used, and the table says so
 * @param legLengthMm
 *            leg length for the dimensionless speed; default 0 = take the mean of the Nexus subject parameters
 *            {@code PROCESSING:LLegLength}/{@code RLegLength} (or {@code LegLength}) from the file, if any
 * @param minPelvisTravelMm
 *            the pelvis must travel at least this far along the progression for stride length, step length and speed
 *            to mean anything; default 500 mm, under half a stride of a small child: below it the trial is taken as
 *            treadmill or walking in place and the spatial parameters are left out with an issue
 */
public record SpatiotemporalSettings(String footMarker, String heelMarker, double legLengthMm, double minPelvisTravelMm) {

    public SpatiotemporalSettings {
        Objects.requireNonNull(footMarker, "footMarker");
        Objects.requireNonNull(heelMarker, "heelMarker");
        if (footMarker.isBlank() || heelMarker.isBlank()) {
            throw new IllegalArgumentException("foot and heel marker names must not be blank");
        }
        if (!(legLengthMm >= 0) || Double.isInfinite(legLengthMm)) {
            throw new IllegalArgumentException("legLengthMm must be >= 0 (0 = from the file), was " + legLengthMm);
        }
        if (!(minPelvisTravelMm >= 0) || Double.isInfinite(minPelvisTravelMm)) {
            throw new IllegalArgumentException("minPelvisTravelMm must be >= 0, was " + minPelvisTravelMm);
        }
    }

    public static SpatiotemporalSettings defaults() {
        return new SpatiotemporalSettings("TOE", "HEE", 0, 500);
    }

    public SpatiotemporalSettings withLegLengthMm(double newLegLengthMm) {
        return new SpatiotemporalSettings(footMarker, heelMarker, newLegLengthMm, minPelvisTravelMm);
    }
}
