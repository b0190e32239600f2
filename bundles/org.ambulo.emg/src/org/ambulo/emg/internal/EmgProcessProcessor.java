package org.ambulo.emg.internal;

import org.ambulo.emg.EmgEnvelopes;
import org.ambulo.emg.EmgKeys;
import org.ambulo.emg.EmgProcessing;
import org.ambulo.emg.EmgProcessingSettings;
import org.ambulo.pipeline.ProcessingException;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.TrialContext;
import org.osgi.service.component.annotations.Component;

/** Maps EMG channels to muscles, computes their envelopes and checks their quality ({@link EmgKeys#ENVELOPES}). */
@Component(service = Processor.class)
public final class EmgProcessProcessor implements Processor<EmgProcessingSettings> {

    public static final String ID = "org.ambulo.emg.process";

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
        return "EMG: channel to muscle mapping, band-pass, envelope, signal quality checks";
    }

    @Override
    public Class<EmgProcessingSettings> settingsType() {
        return EmgProcessingSettings.class;
    }

    @Override
    public EmgProcessingSettings defaultSettings() {
        return EmgProcessingSettings.DEFAULTS;
    }

    @Override
    public TrialContext process(TrialContext context, EmgProcessingSettings settings) throws ProcessingException {
        String trial = context.source().sourceName();
        EmgEnvelopes envelopes;
        try {
            envelopes = EmgProcessing.process(context.source(), settings);
        } catch (IllegalArgumentException e) {
            throw new ProcessingException(trial, ID, e.getMessage(), e);
        }
        // A trial without mapped EMG is normal (no EMG recorded, or sensors named by number): the result says which
        // channels were left out and why, and later steps and the report show that instead of failing the session.
        return context.with(EmgKeys.ENVELOPES, envelopes, ID);
    }
}
