-- Ambulo store, schema version 2: a lab's own norm datasets ('ambulo norms build' output, format ambulo-norms).
-- The JSON file itself lives in the content store; the row holds what the file states about itself, for listing
-- without reading every file. Same SQL for H2 2.x and PostgreSQL 15, as V1.

CREATE TABLE norm_datasets (
    dataset_id       VARCHAR(200) NOT NULL,
    dataset_version  VARCHAR(200) NOT NULL,
    title            VARCHAR NOT NULL,
    citation         VARCHAR NOT NULL,
    population       VARCHAR NOT NULL,
    marker_model     VARCHAR NOT NULL,
    age_min_years    DOUBLE PRECISION NOT NULL,   -- youngest bin's ageMinYears (inclusive)
    age_max_years    DOUBLE PRECISION NOT NULL,   -- oldest bin's ageMaxYears (exclusive)
    bin_count        INTEGER NOT NULL,
    json_sha256      CHAR(64) NOT NULL,
    json_size        BIGINT NOT NULL,
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by      VARCHAR(200) NOT NULL,
    PRIMARY KEY (dataset_id, dataset_version)
);
