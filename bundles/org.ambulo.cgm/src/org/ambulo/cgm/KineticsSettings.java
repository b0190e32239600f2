package org.ambulo.cgm;

import java.util.Objects;

import org.ambulo.forceplate.ContactSettings;
import org.ambulo.forceplate.ForcePlateSettings;

/**
 * How the CGM inverse dynamics runs.
 *
 * @param momentFrame
 *            axes of the joint moments and forces; default {@link MomentFrame#DISTAL} (Plug-in Gait)
 * @param swingFromInertia
 *            also output moments, forces and powers outside the valid stance phases, from the segments' inertia and
 *            gravity alone (no ground reaction). Nexus does this; it is only right while the foot is in the air, so it
 *            is off by default (NaN outside a valid stance).
 * @param plates
 *            how plate signals become ground reactions; default {@link ForcePlateSettings#defaults()}
 * @param contacts
 *            how plate contacts are assigned to feet and judged valid; default {@link ContactSettings#defaults()}
 * @param clipGroundReactionToContact
 *            count the analog samples outside a contact's strike–off interval as zero in the frame means at its first
 *            and last frames. Default false, as Nexus: its GroundReactionForce on those edge frames is the mean of all
 *            the frame's analog samples (spf/2 either side), whatever the contact detection says; this reproduces it to
 *            the file's float precision on every Plug-in Gait trial shared, whatever the software version (Nexus 1.4,
 *            1.8, 2.3, Workstation 5.2.9). True keeps the force of a neighbouring contact on the same plate out of the
 *            edge frames, at the cost of no longer matching Nexus there.
 */
public record KineticsSettings(MomentFrame momentFrame, boolean swingFromInertia, ForcePlateSettings plates, ContactSettings contacts,
        boolean clipGroundReactionToContact) {

    public KineticsSettings {
        Objects.requireNonNull(momentFrame, "momentFrame");
        Objects.requireNonNull(plates, "plates");
        Objects.requireNonNull(contacts, "contacts");
    }

    public static KineticsSettings defaults() {
        return new KineticsSettings(MomentFrame.DISTAL, false, ForcePlateSettings.defaults(), ContactSettings.defaults(), false);
    }

    public KineticsSettings withMomentFrame(MomentFrame frame) {
        return new KineticsSettings(frame, swingFromInertia, plates, contacts, clipGroundReactionToContact);
    }

    public KineticsSettings withSwingFromInertia(boolean on) {
        return new KineticsSettings(momentFrame, on, plates, contacts, clipGroundReactionToContact);
    }

    public KineticsSettings withClipGroundReactionToContact(boolean on) {
        return new KineticsSettings(momentFrame, swingFromInertia, plates, contacts, on);
    }
}
