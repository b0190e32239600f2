package org.ambulo.forceplate;

import java.util.List;

/**
 * The reactions of all plates of a trial and what was noticed while computing them (e.g. a ZERO baseline skipped
 * because the plate was loaded), the value of {@link ForcePlateKeys#REACTIONS}.
 *
 * @param plates
 *            one per plate of {@code FORCE_PLATFORM}, in plate order
 * @param notes
 *            human-readable remarks naming the plate; empty when nothing deviated from the standard computation
 */
public record PlateReactions(List<PlateReaction> plates, List<String> notes) {

    public PlateReactions {
        plates = List.copyOf(plates);
        notes = List.copyOf(notes);
    }
}
