package org.ambulo.emg;

import java.util.List;
import java.util.Objects;

/**
 * One cycle's activity against the normal windows scaled to that cycle's foot off. All figures in % of the cycle.
 *
 * @param activation
 *            the cycle's activity
 * @param norms
 *            the norms compared with (source and provenance)
 * @param normalWindows
 *            the normal windows scaled to the cycle's foot off
 * @param normalActivePct
 *            how long the muscle is normally active
 * @param activeInNormalPct
 *            active where it normally is
 * @param activeOutsideNormalPct
 *            active where it normally is not (premature, prolonged or out-of-phase activity)
 * @param silentInNormalPct
 *            not active where it normally is
 */
public record NormComparison(CycleActivation activation, ActivationNorms norms, List<ActivationInterval> normalWindows,
        double normalActivePct,
        double activeInNormalPct, double activeOutsideNormalPct, double silentInNormalPct) {

    public NormComparison {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(norms, "norms");
        normalWindows = List.copyOf(normalWindows);
    }

    /**
     * @throws IllegalArgumentException
     *             when the norms are for another muscle than the channel's
     */
    public static NormComparison compare(CycleActivation activation, ActivationNorms norms) {
        if (activation.channel().muscle() != norms.muscle()) {
            throw new IllegalArgumentException(activation.channel().label() + " records " + activation.channel().muscle().displayName()
                    + ", the norms are for " + norms.muscle().displayName());
        }
        List<ActivationInterval> normal = norms.scaledTo(activation.footOffPct());
        double normalActive = normal.stream().mapToDouble(ActivationInterval::lengthPct).sum();
        double overlap = 0;
        for (ActivationInterval a : activation.intervals()) {
            for (ActivationInterval n : normal) {
                overlap += a.overlapPct(n);
            }
        }
        double active = activation.activePct();
        return new NormComparison(activation, norms, normal, normalActive, overlap, Math.max(0, active - overlap),
                Math.max(0, normalActive - overlap));
    }
}
