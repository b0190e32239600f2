package org.ambulo.emg.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.ambulo.c3d.C3dTrials;
import org.ambulo.cycles.CycleIssue;
import org.ambulo.cycles.CycleKeys;
import org.ambulo.cycles.CycleSegmentation;
import org.ambulo.cycles.GaitCycle;
import org.ambulo.cycles.GaitCycles;
import org.ambulo.emg.ActivationSettings;
import org.ambulo.emg.EmgActivation;
import org.ambulo.emg.EmgActivations;
import org.ambulo.emg.EmgEnvelopes;
import org.ambulo.emg.EmgKeys;
import org.ambulo.model.GaitEvent;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;
import org.osgi.service.component.annotations.Component;

/**
 * On/off per EMG channel and gait cycle ({@link EmgKeys#ACTIVATIONS}). Needs the envelopes of
 * {@code org.ambulo.emg.process}; takes the cycles of {@code org.ambulo.cycles.segment} when that step ran, else cuts
 * the events stored in the file.
 */
@Component(service = Processor.class)
public final class EmgActivationProcessor implements Processor<ActivationSettings> {

    public static final String ID = "org.ambulo.emg.activation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "EMG activation on/off per gait cycle (threshold, minimum on/off durations), amplitude normalisation";
    }

    @Override
    public Class<ActivationSettings> settingsType() {
        return ActivationSettings.class;
    }

    @Override
    public ActivationSettings defaultSettings() {
        return ActivationSettings.DEFAULTS;
    }

    @Override
    public TrialContext process(TrialContext context, ActivationSettings settings) throws ProcessingException {
        String trial = context.source().sourceName();
        EmgEnvelopes envelopes = context.require(EmgKeys.ENVELOPES, ID);
        List<GaitCycle> cycles;
        if (context.get(CycleKeys.CYCLES).isPresent()) {
            cycles = context.get(CycleKeys.CYCLES).get().cycles();
        } else {
            List<GaitEvent> stored = C3dTrials.gaitEvents(context.source());
            if (stored.isEmpty()) {
                throw new ProcessingException(trial, ID,
                        "no gait cycles: the file stores no events and no cycle step (org.ambulo.cycles.segment) ran before this one");
            }
            CycleSegmentation segmentation = GaitCycles.analyse(stored);
            cycles = segmentation.cycles();
            if (cycles.isEmpty()) {
                throw new ProcessingException(trial, ID, "no complete gait cycle in the " + stored.size() + " stored events: "
                        + segmentation.issues().stream().map(CycleIssue::toString).collect(Collectors.joining("; ")));
            }
        }
        EmgActivations activations = EmgActivation.detect(envelopes, cycles, settings);
        return context.with(EmgKeys.ACTIVATIONS, activations, ID);
    }
}
