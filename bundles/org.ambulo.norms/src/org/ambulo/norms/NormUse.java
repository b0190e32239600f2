package org.ambulo.norms;

/** What the selected norms will be compared with: bins without that kind of data are not candidates. */
public enum NormUse {
    /** Kinematic/kinetic curves with all nine GPS variables. */
    CURVES,
    /** Spatiotemporal parameters. */
    SPATIOTEMPORAL,
    /** EMG activation windows. */
    EMG;

    boolean accepts(NormBin bin) {
        return switch (this) {
            case CURVES -> bin.hasGpsCurves();
            case SPATIOTEMPORAL -> !bin.spatiotemporal().isEmpty();
            case EMG -> !bin.emgActivation().isEmpty();
        };
    }
}
