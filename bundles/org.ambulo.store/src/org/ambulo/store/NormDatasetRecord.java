package org.ambulo.store;

import java.time.Instant;

/**
 * A lab norm dataset kept in the store: what its JSON file (format {@code ambulo-norms}) states about itself, and where
 * the file is in the content store. Identified by {@code datasetId} and {@code version}.
 *
 * @param ageMinYears
 *            youngest age any of its bins covers (inclusive), as the file states it
 * @param ageMaxYears
 *            oldest age any of its bins covers (exclusive)
 * @param jsonSha256Hex
 *            hash of the JSON file in the content store
 */
public record NormDatasetRecord(String datasetId, String version, String title, String citation, String population,
        String markerModel, double ageMinYears, double ageMaxYears, int binCount, String jsonSha256Hex, long jsonSizeBytes,
        Instant importedAt, String importedBy) {
}
