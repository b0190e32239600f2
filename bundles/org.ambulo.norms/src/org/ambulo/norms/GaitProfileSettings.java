package org.ambulo.norms;

import java.util.Objects;

/**
 * Settings of the {@code org.ambulo.norms.gps} processor.
 *
 * @param datasetId
 *            norm dataset to use; empty = automatic selection (default: automatic, the point of this feature)
 * @param binId
 *            bin of that dataset; empty = automatic (by dimensionless speed for Schwartz 2008)
 * @param ageYears
 *            patient age in years; NaN = unknown (C3D files rarely store it; default unknown, which the selection warns
 *            about)
 * @param sex
 *            {@code female}, {@code male} or {@code any} (default {@code any} = unknown)
 * @param markerModel
 *            model of the patient's curves (default {@code PiG}: the Nexus outputs the processor reads)
 */
public record GaitProfileSettings(String datasetId, String binId, double ageYears, String sex, String markerModel) {

    public GaitProfileSettings {
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(binId, "binId");
        Sex.fromId(Objects.requireNonNull(sex, "sex"));
        Objects.requireNonNull(markerModel, "markerModel");
    }

    public static GaitProfileSettings defaults() {
        return new GaitProfileSettings("", "", Double.NaN, "any", "PiG");
    }
}
