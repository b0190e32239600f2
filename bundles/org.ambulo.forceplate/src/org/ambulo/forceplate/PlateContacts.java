package org.ambulo.forceplate;

import java.util.List;

/**
 * All plate contacts of a trial, sorted by strike time, and the plates nobody loaded; the value of
 * {@link ForcePlateKeys#CONTACTS}.
 *
 * @param contacts
 *            every contact of every plate
 * @param unloadedPlates
 *            1-based numbers of the plates without any contact ("no contact")
 */
public record PlateContacts(List<PlateContact> contacts, List<Integer> unloadedPlates) {

    public PlateContacts {
        contacts = List.copyOf(contacts);
        unloadedPlates = List.copyOf(unloadedPlates);
    }

    /** The contacts valid for kinetics. */
    public List<PlateContact> valid() {
        return contacts.stream().filter(PlateContact::validForKinetics).toList();
    }
}
