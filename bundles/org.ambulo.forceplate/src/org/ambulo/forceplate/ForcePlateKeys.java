package org.ambulo.forceplate;

import org.ambulo.pipeline.ResultKey;

/** The results the force-plate processors put into a {@link org.ambulo.pipeline.TrialContext}. */
public final class ForcePlateKeys {

    /** Ground reactions of every plate, by {@code org.ambulo.forceplate.reactions}. */
    public static final ResultKey<PlateReactions> REACTIONS = ResultKey.of("org.ambulo.forceplate.reactions", PlateReactions.class);

    /** Plate contacts with their foot and validity, by {@code org.ambulo.forceplate.contacts}. */
    public static final ResultKey<PlateContacts> CONTACTS = ResultKey.of("org.ambulo.forceplate.contacts", PlateContacts.class);

    private ForcePlateKeys() {
    }
}
