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
 */
public record KineticsSettings(MomentFrame momentFrame, boolean swingFromInertia, ForcePlateSettings plates, ContactSettings contacts) {

    public KineticsSettings {
        Objects.requireNonNull(momentFrame, "momentFrame");
        Objects.requireNonNull(plates, "plates");
        Objects.requireNonNull(contacts, "contacts");
    }

    public static KineticsSettings defaults() {
        return new KineticsSettings(MomentFrame.DISTAL, false, ForcePlateSettings.defaults(), ContactSettings.defaults());
    }

    public KineticsSettings withMomentFrame(MomentFrame frame) {
        return new KineticsSettings(frame, swingFromInertia, plates, contacts);
    }

    public KineticsSettings withSwingFromInertia(boolean on) {
        return new KineticsSettings(momentFrame, on, plates, contacts);
    }
}
