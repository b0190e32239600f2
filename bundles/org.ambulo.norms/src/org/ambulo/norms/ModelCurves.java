package org.ambulo.norms;

import java.util.List;
import java.util.Optional;

import org.ambulo.c3d.C3dFile;
import org.ambulo.cgm.CgmResult;
import org.ambulo.cgm.CgmSignal;
import org.ambulo.cycles.CycleNormalisation;
import org.ambulo.cycles.GaitCycle;
import org.ambulo.cycles.GaitCycles;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.Side;

/**
 * Ambulo's own Conventional Gait Model outputs, cut into cycles by events and normalised to 101 points: what a trial is
 * compared with norms by, whenever the model ran. ({@link NexusCurves} reads outputs another program stored instead.)
 */
public final class ModelCurves {

    private ModelCurves() {
    }

    /** Every variable of {@link GaitVariable} the model computed, per complete cycle of each side. */
    public static PatientCycles cycles(CgmResult result, C3dFile trial, List<GaitEvent> events) {
        PatientCycles.Builder builder = PatientCycles.builder();
        List<GaitCycle> cycles = GaitCycles.segment(events);
        for (Side side : Side.values()) {
            for (GaitVariable variable : GaitVariable.values()) {
                Optional<CgmSignal> signal = result.signal(side.labelPrefix() + variable.viconLabel());
                if (signal.isEmpty()) {
                    continue;
                }
                double[] component = switch (variable.axis()) {
                    case 0 -> signal.get().x();
                    case 1 -> signal.get().y();
                    default -> signal.get().z();
                };
                for (GaitCycle cycle : cycles) {
                    if (cycle.side() == side) {
                        builder.add(side, variable,
                                CycleNormalisation.normalise(component, trial.pointRateHz(), trial.firstFrame(), cycle).values());
                    }
                }
            }
        }
        return builder.build();
    }
}
