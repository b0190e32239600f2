package org.ambulo.report;

import java.util.List;
import java.util.Objects;

/** How the data were captured and processed. Free text per item, written by the pipeline mapping step. */
public record Methods(List<String> tasks, String markerSet, String model, String filters, String eventMethod,
        NormReference norm) {
    public Methods {
        tasks = Texts.copy(tasks, "tasks");
        Texts.require(markerSet, "markerSet");
        Texts.require(model, "model");
        Texts.require(filters, "filters");
        Texts.require(eventMethod, "eventMethod");
        Objects.requireNonNull(norm, "norm");
    }
}
