package org.ambulo.emg;

import org.ambulo.pipeline.ResultKey;

/** Results the EMG processors put into a {@link org.ambulo.pipeline.TrialContext}. */
public final class EmgKeys {

    /** Channel mapping, envelopes and quality ({@code org.ambulo.emg.process}). */
    public static final ResultKey<EmgEnvelopes> ENVELOPES = ResultKey.of("org.ambulo.emg.envelopes", EmgEnvelopes.class);

    /** On/off per channel and cycle ({@code org.ambulo.emg.activation}). */
    public static final ResultKey<EmgActivations> ACTIVATIONS = ResultKey.of("org.ambulo.emg.activations", EmgActivations.class);

    private EmgKeys() {
    }
}
