package org.ambulo.signal;

import java.util.Map;

import org.ambulo.model.MarkerTrajectory;
import org.ambulo.pipeline.ResultKey;

/** The results the signal processors put into a {@code TrialContext}. */
public final class SignalKeys {

    private SignalKeys() {
    }

    /**
     * The trial's marker trajectories (label → trajectory, mm, file order) as conditioned so far: filtered and/or
     * gap-filled. Later steps read these instead of the file's markers when present.
     */
    @SuppressWarnings("unchecked")
    public static final ResultKey<Map<String, MarkerTrajectory>> MARKERS = ResultKey.of("org.ambulo.signal.markers",
            (Class<Map<String, MarkerTrajectory>>) (Class<?>) Map.class);

    /** Per-marker fill flags, fills and open gaps of the gap-fill step. */
    public static final ResultKey<GapFillResult> GAP_FILL = ResultKey.of("org.ambulo.signal.gapfill", GapFillResult.class);
}
