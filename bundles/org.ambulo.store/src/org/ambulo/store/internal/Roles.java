package org.ambulo.store.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.ambulo.store.Actor;
import org.ambulo.store.Role;
import org.ambulo.store.StoreException;

/**
 * Role checks: each mutating operation names the roles allowed; {@link Role#ADMINISTRATOR} is always allowed. A refusal
 * is itself audited ({@value #DENIED}), in its own transaction, because security reviews look for denied attempts.
 */
public final class Roles {

    /** Audit action of a refused operation. */
    public static final String DENIED = "access.denied";

    private Roles() {
    }

    /**
     * @param operation
     *            what was attempted, e.g. "sign reports" (no patient data)
     * @param subject
     *            the audit subject it was attempted on, e.g. "report 7" or "sessions" (no patient names)
     * @throws StoreException
     *             when the role is not allowed, after the refusal was recorded; should recording fail, the refusal is
     *             still thrown with the recording problem attached as suppressed
     */
    public static void require(Database db, Actor actor, String operation, String subject, Role... allowed) throws StoreException {
        if (actor.role() == Role.ADMINISTRATOR || Arrays.asList(allowed).contains(actor.role())) {
            return;
        }
        String allowedNames = Arrays.stream(allowed).map(Role::name).collect(Collectors.joining(", ")) + ", ADMINISTRATOR";
        StoreException refusal = new StoreException(
                "User " + actor.userName() + " (" + actor.role() + ") may not " + operation + "; allowed: " + allowedNames);
        try {
            db.inTransaction("Recording the refused attempt to " + operation,
                    c -> AuditLog.append(c, actor, DENIED, subject, "operation: " + operation + "; allowed: " + allowedNames));
        } catch (StoreException | RuntimeException e) {
            refusal.addSuppressed(e);
        }
        throw refusal;
    }
}
