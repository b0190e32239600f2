package org.ambulo.emg;

import java.util.Objects;

import org.ambulo.model.Side;

/**
 * What the lab says a channel records: an entry of the explicit channel map in {@link EmgProcessingSettings}.
 *
 * @param muscle
 *            the muscle
 * @param side
 *            its side
 * @param electrode
 *            surface or fine-wire
 */
public record MuscleAssignment(Muscle muscle, Side side, ElectrodeType electrode) {

    public MuscleAssignment {
        Objects.requireNonNull(muscle, "muscle");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(electrode, "electrode");
    }

    public static MuscleAssignment surface(Muscle muscle, Side side) {
        return new MuscleAssignment(muscle, side, ElectrodeType.SURFACE);
    }
}
