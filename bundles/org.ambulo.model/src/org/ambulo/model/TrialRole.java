package org.ambulo.model;

/** What a trial is for in a clinical session. */
public enum TrialRole {
    /** Standing calibration trial for the marker model. */
    STATIC,
    /** Walking trial with gait cycles. */
    WALKING,
    /** Anything else: functional calibration, EMG reference, other tasks. */
    OTHER
}
