package org.ambulo.norms;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.ambulo.model.Side;

/**
 * Gait Variable Scores, Gait Profile Scores and the Movement Analysis Profile (Baker et al. 2009), in degrees.
 *
 * @param gvsDeg
 *            per side, the GVS of each of the nine variables
 * @param gpsDeg
 *            per side, RMS of the side's nine GVS
 * @param overallGpsDeg
 *            RMS of the fifteen GVS: both sides' six hip/knee/ankle/foot variables and the left pelvic three (the pelvis
 *            counted once, Baker 2009); empty when a side is missing
 * @param cyclesUsed
 *            per side, the number of cycles with all nine variables complete
 * @param norms
 *            provenance line of the norms used
 * @param notes
 *            cycles left out and why
 */
public record MovementAnalysisProfile(Map<Side, Map<GaitVariable, Double>> gvsDeg, Map<Side, Double> gpsDeg, OptionalDouble overallGpsDeg,
        Map<Side, Integer> cyclesUsed, String norms, List<String> notes) {

    public MovementAnalysisProfile {
        gvsDeg = Map.copyOf(gvsDeg);
        gpsDeg = Map.copyOf(gpsDeg);
        Objects.requireNonNull(overallGpsDeg, "overallGpsDeg");
        cyclesUsed = Map.copyOf(cyclesUsed);
        Objects.requireNonNull(norms, "norms");
        notes = List.copyOf(notes);
    }

    public OptionalDouble gvs(Side side, GaitVariable variable) {
        Double v = gvsDeg.getOrDefault(side, Map.of()).get(variable);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public OptionalDouble gps(Side side) {
        Double v = gpsDeg.get(side);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
