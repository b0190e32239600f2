package org.ambulo.pipeline;

/** A JSON text could not be read; the message says where (line, column) and what was expected. */
public final class JsonException extends Exception {

    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
        super(message);
    }
}
