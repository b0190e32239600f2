package org.ambulo.emg;

import java.util.List;
import java.util.Objects;

import org.ambulo.model.Side;

/**
 * Result of {@code org.ambulo.emg.activation}: on/off per channel and cycle, and what could not be analysed.
 *
 * @param trial
 *            file name
 * @param settings
 *            settings used
 * @param activations
 *            per channel (file order) and cycle (time order)
 * @param issues
 *            cycles or channels left out and why, naming them
 */
public record EmgActivations(String trial, ActivationSettings settings, List<CycleActivation> activations, List<String> issues) {

    public EmgActivations {
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(settings, "settings");
        activations = List.copyOf(activations);
        issues = List.copyOf(issues);
    }

    public List<CycleActivation> of(String label) {
        return activations.stream().filter(a -> a.channel().label().equals(label)).toList();
    }

    public List<CycleActivation> of(Muscle muscle, Side side) {
        return activations.stream().filter(a -> a.channel().muscle() == muscle && a.channel().side() == side).toList();
    }
}
