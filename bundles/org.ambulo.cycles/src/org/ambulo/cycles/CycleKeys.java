package org.ambulo.cycles;

import org.ambulo.pipeline.ResultKey;

/** Results the cycle processors put into a {@link org.ambulo.pipeline.TrialContext}. */
public final class CycleKeys {

    /** The gait cycles of the trial and the events they were cut from ({@code org.ambulo.cycles.segment}). */
    public static final ResultKey<CycleSegmentation> CYCLES = ResultKey.of("org.ambulo.cycles.cycles", CycleSegmentation.class);

    /** The spatiotemporal parameters per cycle and averaged ({@code org.ambulo.cycles.spatiotemporal}). */
    public static final ResultKey<SpatiotemporalTable> SPATIOTEMPORAL = ResultKey.of("org.ambulo.cycles.spatiotemporal",
            SpatiotemporalTable.class);

    private CycleKeys() {
    }
}
