package org.ambulo.store;

/** Life cycle of one report version. */
public enum ReportState {
    /** Editable by replacing it with a new analysis; may be deleted. */
    DRAFT,
    /** Signed by a physician; immutable. */
    SIGNED,
    /** Signed, then superseded by an amendment (a newer version); immutable and still readable. */
    AMENDED
}
