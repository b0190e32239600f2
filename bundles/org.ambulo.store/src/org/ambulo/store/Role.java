package org.ambulo.store;

/**
 * What a user may do in the store; checked by {@link AmbuloStore} on every mutating call.
 * <ul>
 * <li>{@link #TECHNICIAN}: import sessions, store analyses (new draft reports), delete draft reports.</li>
 * <li>{@link #PHYSICIAN}: sign and amend reports, export de-identified data, store lab norm datasets; no imports
 * (separation of duties: the person who signs does not also supply the data).</li>
 * <li>{@link #ADMINISTRATOR}: everything.</li>
 * </ul>
 * Reading (patients, sessions, reports, norm datasets, audit verification) needs no role. A refused operation is
 * recorded in the audit trail as {@code access.denied}.
 */
public enum Role {
    TECHNICIAN,
    PHYSICIAN,
    ADMINISTRATOR
}
