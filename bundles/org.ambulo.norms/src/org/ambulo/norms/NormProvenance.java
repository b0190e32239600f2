package org.ambulo.norms;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a norm dataset comes from; shown with every comparison that uses it.
 *
 * @param id
 *            stable lower-case id, e.g. {@code schwartz2008}
 * @param version
 *            version of the dataset's content (a lab's own norms get a new version per rebuild)
 * @param title
 *            short human name
 * @param citation
 *            the publication to cite
 * @param population
 *            who was measured (n, age, health, centre)
 * @param licence
 *            the licence or permission notice of the data
 * @param markerModel
 *            the biomechanical model that produced the curves, e.g. {@code PiG} (Plug-in Gait / CGM1)
 * @param source
 *            the file the data was converted from (repository, path, commit)
 * @param provenanceWarning
 *            present when the origin of the data is not documented: every report using the dataset must show it
 */
public record NormProvenance(String id, String version, String title, String citation, String population, String licence,
        String markerModel, String source, Optional<String> provenanceWarning) {

    public NormProvenance {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("dataset id must be lower case letters, digits, '.', '_' or '-', was '" + id + "'");
        }
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(markerModel, "markerModel");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(provenanceWarning, "provenanceWarning");
    }

    /** One line for plots and reports: title, version, citation and the provenance warning if any. */
    public String summary() {
        return title + " (" + id + " v" + version + "; " + citation + "; model " + markerModel + ")"
                + provenanceWarning.map(w -> " WARNING: " + w).orElse("");
    }
}
