package org.ambulo.emg;

/** Optional band-stop for mains interference; the mains frequency depends on the country of the lab. */
public enum MainsFilter {
    NONE(0),
    /** 49.9–50.1 Hz (Europe, most of Asia, Africa, Australia). */
    HZ_50(50),
    /** 59.9–60.1 Hz (Americas, parts of Asia). */
    HZ_60(60);

    private final double frequencyHz;

    MainsFilter(double frequencyHz) {
        this.frequencyHz = frequencyHz;
    }

    /** The mains frequency, 0 for {@link #NONE}. */
    public double frequencyHz() {
        return frequencyHz;
    }
}
