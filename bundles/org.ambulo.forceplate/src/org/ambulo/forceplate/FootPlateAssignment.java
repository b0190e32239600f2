package org.ambulo.forceplate;

import java.util.List;
import java.util.Map;

import org.ambulo.c3d.C3dFile;
import org.ambulo.forceplate.internal.ContactDetector;
import org.ambulo.model.MarkerTrajectory;

/**
 * Which foot struck which plate, and whether the strike can be used for kinetics: one foot entirely on the plate (heel
 * and toe markers inside its edges while the vertical force exceeds the validity threshold), the other foot not on it,
 * the same foot on no other plate (cross-plate strikes are reported in {@link PlateContact#otherPlatesTouched()}, never
 * merged) and the whole stance inside the trial.
 */
public final class FootPlateAssignment {

    private FootPlateAssignment() {
    }

    /**
     * Contacts of every plate with the foot that made them (from the heel/toe markers {@code LHEE LTOE RHEE RTOE}, with
     * or without a {@code Subject:} prefix; {@code LANK RANK} stand in for a missing heel or toe when choosing the foot),
     * sorted by strike time. Without foot markers the side is empty and validity false, with the reason.
     *
     * @param file
     *            the trial (for its frame and analog rates and first frame)
     * @param reactions
     *            the plates' reactions, e.g. from {@link ForcePlates#compute}
     * @param markers
     *            marker trajectories in mm by label, one sample per point frame of {@code file}
     */
    public static List<PlateContact> assign(C3dFile file, List<PlateReaction> reactions, Map<String, MarkerTrajectory> markers,
            ContactSettings settings) {
        return ContactDetector.assign(file, reactions, markers, settings).contacts();
    }

    /** As {@link #assign}, with the plates that had no contact at all. */
    public static PlateContacts assignAll(C3dFile file, List<PlateReaction> reactions, Map<String, MarkerTrajectory> markers,
            ContactSettings settings) {
        return ContactDetector.assign(file, reactions, markers, settings);
    }
}
