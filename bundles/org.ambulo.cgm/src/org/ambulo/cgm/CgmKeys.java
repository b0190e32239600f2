package org.ambulo.cgm;

import org.ambulo.pipeline.ResultKey;

/** The results the CGM processors put into a {@link org.ambulo.pipeline.TrialContext}. */
public final class CgmKeys {

    /** The static calibration ({@code org.ambulo.cgm.calibration}); on a dynamic trial, the one to use. */
    public static final ResultKey<StaticCalibration> CALIBRATION = ResultKey.of("org.ambulo.cgm.calibration", StaticCalibration.class);

    /**
     * Angles and joint centres (processor {@code org.ambulo.cgm.kinematics}), plus ground reaction, joint forces, moments
     * and powers (processor {@code org.ambulo.cgm.kinetics}), under their Nexus names, with units
     * ({@code org.ambulo.cgm.outputs}).
     */
    public static final ResultKey<CgmResult> OUTPUTS = ResultKey.of("org.ambulo.cgm.outputs", CgmResult.class);

    private CgmKeys() {
    }
}
