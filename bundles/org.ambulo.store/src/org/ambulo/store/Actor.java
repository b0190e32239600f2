package org.ambulo.store;

import java.util.Objects;

/** The user on whose behalf an operation runs; the caller authenticates, the store records and checks the role. */
public record Actor(String userName, Role role) {

    public Actor {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(role, "role");
        if (userName.isBlank()) {
            throw new IllegalArgumentException("userName is empty");
        }
    }
}
