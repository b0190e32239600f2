package org.ambulo.emg;

/**
 * How a channel picks up its muscle. It decides the billing code: surface EMG is coded per session for 1–12 muscles
 * (CPT 96002), fine-wire EMG per muscle (CPT 96003). A property of the channel, never inferred from the signal.
 */
public enum ElectrodeType {
    /** Skin electrodes; the default for every channel unless the lab's map says otherwise. */
    SURFACE,
    /** Intramuscular fine-wire electrodes. */
    FINE_WIRE
}
