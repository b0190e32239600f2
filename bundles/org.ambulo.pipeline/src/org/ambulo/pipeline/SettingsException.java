package org.ambulo.pipeline;

/**
 * Settings in JSON do not fit the settings record. The message names the field (a path such as
 * {@code quality.dcRatioMax} or {@code rigidSegments[1].name}), the value found and what was expected.
 */
public final class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    public SettingsException(String field, String problem) {
        super((field.isEmpty() ? "" : "field '" + field + "': ") + problem);
        this.field = field;
    }

    public SettingsException(String field, String problem, Throwable cause) {
        super((field.isEmpty() ? "" : "field '" + field + "': ") + problem, cause);
        this.field = field;
    }

    /** Path of the offending field; empty for the settings object as a whole. */
    public String field() {
        return field;
    }
}
