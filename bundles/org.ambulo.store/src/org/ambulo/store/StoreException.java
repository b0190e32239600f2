package org.ambulo.store;

/** A store operation that cannot be done; the message names the database or file and the problem. */
public final class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
