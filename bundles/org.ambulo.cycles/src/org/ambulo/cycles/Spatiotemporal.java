package org.ambulo.cycles;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.cycles.internal.LegLength;
import org.ambulo.cycles.internal.SpatiotemporalCalculator;
import org.ambulo.model.GaitEvent;

/**
 * Spatiotemporal parameters of a trial from its gait events and foot markers, as Vicon Nexus' "Generate Gait Cycle
 * Parameters" defines them (see {@link SpatiotemporalParameter}), per complete cycle and averaged per side. Bad input
 * (no events, missing markers, treadmill) leaves the affected parameters out and says why in
 * {@link SpatiotemporalTable#issues()}; it never yields made-up numbers.
 */
public final class Spatiotemporal {

    private Spatiotemporal() {
    }

    /**
     * With the default settings ({@link SpatiotemporalSettings#defaults()}).
     *
     * @param legLengthMm
     *            for the dimensionless speed; empty = from the file's Nexus subject parameters, if any
     */
    public static SpatiotemporalTable compute(C3dFile file, List<GaitEvent> events, OptionalDouble legLengthMm) {
        Objects.requireNonNull(legLengthMm, "legLengthMm");
        if (legLengthMm.isPresent() && !(legLengthMm.getAsDouble() > 0 && Double.isFinite(legLengthMm.getAsDouble()))) {
            throw new IllegalArgumentException(
                    file.sourceName() + ": leg length must be a positive number of mm, was " + legLengthMm.getAsDouble());
        }
        SpatiotemporalSettings settings = SpatiotemporalSettings.defaults();
        return compute(file, events, legLengthMm.isPresent() ? settings.withLegLengthMm(legLengthMm.getAsDouble()) : settings);
    }

    public static SpatiotemporalTable compute(C3dFile file, List<GaitEvent> events, SpatiotemporalSettings settings) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(settings, "settings");
        return SpatiotemporalCalculator.compute(file, events, settings);
    }

    /** The leg length in the file's Nexus subject parameters ({@code PROCESSING:LLegLength}/{@code RLegLength}), in mm. */
    public static OptionalDouble legLengthMm(C3dFile file) {
        return LegLength.fromFile(file);
    }
}
