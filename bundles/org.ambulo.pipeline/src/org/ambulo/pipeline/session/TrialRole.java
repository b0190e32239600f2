package org.ambulo.pipeline.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a file of the session is for. */
public enum TrialRole {
    /** Standing calibration trial (C3D). */
    STATIC,
    /** Dynamic walking trial (C3D). */
    WALKING,
    /** Video recording of a trial; listed, not analysed. */
    VIDEO;

    /** Name in the session file: {@code static}, {@code walking}, {@code video}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TrialRole> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }
}
