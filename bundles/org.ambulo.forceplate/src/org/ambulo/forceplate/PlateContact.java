package org.ambulo.forceplate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.ambulo.model.Side;

/**
 * A period during which a plate was loaded (vertical force above the contact threshold), the foot that loaded it and
 * whether the period can be used for kinetics.
 *
 * @param plateNumber
 *            1-based plate number, as in {@link PlateReaction#plateNumber()}
 * @param side
 *            the foot whose mid-foot (heel–toe midpoint) was closest to the centre of pressure during most of the
 *            contact; empty without foot markers or when no foot was near it
 * @param strikeTimeSeconds
 *            capture time of the first loaded analog sample, seconds from capture frame 1 (the {@code EVENT:TIMES}
 *            convention of {@link org.ambulo.model.GaitEvent})
 * @param offTimeSeconds
 *            capture time of the first unloaded sample after the contact (the last sample if the trial ends loaded)
 * @param validForKinetics
 *            one foot entirely on this plate, the other off it, the whole stance inside the trial
 * @param assessment
 *            why valid or not, naming foot and plate, e.g. {@code left foot entirely on plate 2},
 *            {@code both feet on plate 1}, {@code right heel off the edge of plate 1}
 * @param otherPlatesTouched
 *            other plates the same foot loaded during this contact (a cross-plate strike); empty normally
 */
public record PlateContact(int plateNumber, Optional<Side> side, double strikeTimeSeconds, double offTimeSeconds,
        boolean validForKinetics, String assessment, List<Integer> otherPlatesTouched) {

    public PlateContact {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(assessment, "assessment");
        otherPlatesTouched = List.copyOf(otherPlatesTouched);
        if (!(offTimeSeconds >= strikeTimeSeconds)) {
            throw new IllegalArgumentException("plate " + plateNumber + ": contact ends (" + offTimeSeconds + " s) before it starts ("
                    + strikeTimeSeconds + " s)");
        }
        if (validForKinetics && side.isEmpty()) {
            throw new IllegalArgumentException("plate " + plateNumber + ": a contact without a foot cannot be valid for kinetics");
        }
    }

    public double durationSeconds() {
        return offTimeSeconds - strikeTimeSeconds;
    }

    /** Whether capture time {@code timeSeconds} lies within the contact. */
    public boolean covers(double timeSeconds) {
        return timeSeconds >= strikeTimeSeconds && timeSeconds <= offTimeSeconds;
    }
}
