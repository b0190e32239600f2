package org.ambulo.report;

import java.util.Objects;

/** A data-quality remark: which trial, what kind, and what happened (gap filled, event flagged, file quirk...). */
public record QualityNote(Kind kind, String trial, String text) {
    public enum Kind {
        GAP_FILLED("Gap filled"),
        EVENT_FLAGGED("Event flagged"),
        FILE_QUIRK("File quirk"),
        OTHER("Note");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public QualityNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(trial, "trial");
        Texts.require(text, "quality note text");
    }
}
