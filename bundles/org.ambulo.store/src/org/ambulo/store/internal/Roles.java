package org.ambulo.store.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.ambulo.store.Actor;
import org.ambulo.store.Role;
import org.ambulo.store.StoreException;

/** Role checks: each mutating operation names the roles allowed; {@link Role#ADMINISTRATOR} is always allowed. */
public final class Roles {

    private Roles() {
    }

    public static void require(Actor actor, String operation, Role... allowed) throws StoreException {
        if (actor.role() == Role.ADMINISTRATOR || Arrays.asList(allowed).contains(actor.role())) {
            return;
        }
        throw new StoreException("User " + actor.userName() + " (" + actor.role() + ") may not " + operation + "; allowed: "
                + Arrays.stream(allowed).map(Role::name).collect(Collectors.joining(", ")) + ", ADMINISTRATOR");
    }
}
