package org.ambulo.cgm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Model outputs of one dynamic trial.
 *
 * @param trial
 *            the dynamic trial
 * @param calibration
 *            the calibration used
 * @param signals
 *            outputs in Nexus order and naming
 * @param notes
 *            what was left out and why (e.g. kinetics without a valid force-plate strike)
 */
public record CgmResult(String trial, StaticCalibration calibration, List<CgmSignal> signals, List<String> notes) {

    public CgmResult {
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(calibration, "calibration");
        signals = List.copyOf(signals);
        notes = List.copyOf(notes);
    }

    /** The output with this Nexus name, e.g. {@code RKneeAngles}. */
    public Optional<CgmSignal> signal(String name) {
        return signals.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** A result with more outputs and notes (e.g. kinetics added to kinematics). */
    public CgmResult plus(List<CgmSignal> moreSignals, List<String> moreNotes) {
        List<CgmSignal> all = new java.util.ArrayList<>(signals);
        all.addAll(moreSignals);
        List<String> allNotes = new java.util.ArrayList<>(notes);
        allNotes.addAll(moreNotes);
        return new CgmResult(trial, calibration, all, allNotes);
    }
}
