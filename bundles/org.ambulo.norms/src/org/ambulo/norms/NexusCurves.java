package org.ambulo.norms;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.ambulo.c3d.C3dFile;
import org.ambulo.cycles.CycleNormalisation;
import org.ambulo.cycles.GaitCycle;
import org.ambulo.cycles.GaitCycles;
import org.ambulo.model.GaitEvent;
import org.ambulo.model.Side;

/**
 * The Plug-in Gait outputs a Vicon Nexus / Workstation file stores ({@code LHipAngles}, {@code RKneeMoment}, ...),
 * cut into cycles by events and normalised to 101 points. Until Ambulo's own CGM is ready, this is how trials are
 * compared with norms. Label variants: plain, with a subject prefix ({@code A22:LHipAngles}) or the {@code ...V}
 * suffix some OpenMA files use for the Vicon copies.
 */
public final class NexusCurves {

    private NexusCurves() {
    }

    /** Every variable found for each side's complete cycles; variables the file lacks are simply absent. */
    public static PatientCycles cycles(C3dFile file, List<GaitEvent> events) {
        PatientCycles.Builder builder = PatientCycles.builder();
        List<GaitCycle> cycles = GaitCycles.segment(events);
        for (Side side : Side.values()) {
            String prefix = side == Side.LEFT ? "L" : "R";
            for (GaitVariable variable : GaitVariable.values()) {
                OptionalInt point = find(file, prefix + variable.viconLabel());
                if (point.isEmpty()) {
                    continue;
                }
                double[] signal = component(file, point.getAsInt(), variable.axis());
                for (GaitCycle cycle : cycles) {
                    if (cycle.side() == side) {
                        builder.add(side, variable,
                                CycleNormalisation.normalise(signal, file.pointRateHz(), file.firstFrame(), cycle).values());
                    }
                }
            }
        }
        return builder.build();
    }

    static OptionalInt find(C3dFile file, String label) {
        OptionalInt exact = file.pointIndex(label);
        if (exact.isPresent()) {
            return exact;
        }
        String suffix = ":" + label.toLowerCase(Locale.ROOT);
        for (int i = 0; i < file.points().size(); i++) {
            if (file.points().get(i).label().toLowerCase(Locale.ROOT).endsWith(suffix)) {
                return OptionalInt.of(i);
            }
        }
        return file.pointIndex(label + "V");
    }

    private static double[] component(C3dFile file, int point, int axis) {
        double[] out = new double[file.frameCount()];
        for (int f = 0; f < out.length; f++) {
            if (!file.pointData().isValid(f, point)) {
                out[f] = Double.NaN;
                continue;
            }
            out[f] = switch (axis) {
                case 0 -> file.pointData().x(f, point);
                case 1 -> file.pointData().y(f, point);
                default -> file.pointData().z(f, point);
            };
        }
        return out;
    }
}
