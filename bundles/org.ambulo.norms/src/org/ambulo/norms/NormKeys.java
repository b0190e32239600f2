package org.ambulo.norms;

import org.ambulo.pipeline.ResultKey;

/** Results the norm processors put into a {@link org.ambulo.pipeline.TrialContext}. */
public final class NormKeys {

    /** The GVS/GPS/MAP of the trial's cycles against the selected norms ({@code org.ambulo.norms.gps}). */
    public static final ResultKey<NormIndicesResult> GAIT_PROFILE = ResultKey.of("org.ambulo.norms.gaitProfile", NormIndicesResult.class);

    private NormKeys() {
    }
}
