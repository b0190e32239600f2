package org.ambulo.cgm;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.forceplate.FootPlateAssignment;
import org.ambulo.forceplate.ForcePlates;
import org.ambulo.forceplate.PlateContact;
import org.ambulo.forceplate.PlateReaction;
import org.ambulo.forceplate.PlateReactions;
import org.ambulo.model.MarkerTrajectory;

/**
 * What the inverse dynamics needs from a trial besides the markers: the plate reactions, which foot made which
 * contact (only contacts {@link PlateContact#validForKinetics() valid for kinetics} are used) and the timing that maps
 * analog samples to point frames.
 *
 * @param pointRateHz
 *            point (marker) rate
 * @param firstFrameTimeSeconds
 *            capture time of point frame 0, {@code (firstFrame - 1) / pointRateHz} (the {@code EVENT:TIMES} clock)
 * @param analogSamplesPerFrame
 *            analog samples per point frame (the plate arrays start at point frame 0)
 * @param reactions
 *            plate reactions
 * @param contacts
 *            plate contacts with their foot
 * @param notes
 *            remarks from the plate processing
 */
public record KineticsInput(double pointRateHz, double firstFrameTimeSeconds, int analogSamplesPerFrame, List<PlateReaction> reactions,
        List<PlateContact> contacts, List<String> notes) {

    public KineticsInput {
        reactions = List.copyOf(reactions);
        contacts = List.copyOf(contacts);
        notes = List.copyOf(notes);
        if (!(pointRateHz > 0) || analogSamplesPerFrame < 1) {
            throw new IllegalArgumentException(
                    "point rate " + pointRateHz + " Hz and " + analogSamplesPerFrame + " analog samples per frame");
        }
    }

    /** Plates, contacts and timing of a trial, with the given settings. */
    public static KineticsInput of(C3dFile trial, Map<String, MarkerTrajectory> markers, KineticsSettings settings) throws CgmException {
        Objects.requireNonNull(settings, "settings");
        if (trial.forcePlatforms().isEmpty()) {
            return new KineticsInput(trial.pointRateHz(), 0, Math.max(1, trial.analogSamplesPerFrame()), List.of(), List.of(),
                    List.of(trial.sourceName() + ": no force plates (FORCE_PLATFORM group empty): kinetics are NaN"));
        }
        try {
            PlateReactions reactions = ForcePlates.computeWithNotes(trial, settings.plates());
            List<PlateContact> contacts = FootPlateAssignment.assign(trial, reactions.plates(), markers, settings.contacts());
            List<String> notes = new java.util.ArrayList<>(reactions.notes());
            for (PlateContact c : contacts) {
                if (!c.validForKinetics()) {
                    notes.add("plate " + c.plateNumber() + " contact at "
                            + String.format(java.util.Locale.ROOT, "%.3f", c.strikeTimeSeconds())
                            + " s not used for kinetics: " + c.assessment());
                }
            }
            return new KineticsInput(trial.pointRateHz(), (trial.firstFrame() - 1) / trial.pointRateHz(), trial.analogSamplesPerFrame(),
                    reactions.plates(), contacts, notes);
        } catch (C3dFormatException e) {
            throw new CgmException(trial.sourceName(), e.getMessage(), e);
        }
    }
}
