package org.ambulo.cycles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.model.Side;

/** The Nexus "Generate Gait Cycle Parameters" values stored in a file's ANALYSIS group, converted to our units. */
record NexusAnalysis(Side side, String nexusName, SpatiotemporalParameter parameter, double value, String storedUnit) {

    static List<NexusAnalysis> of(C3dFile file) {
        List<String> names = file.parameters().strings("ANALYSIS", "NAMES");
        List<String> contexts = file.parameters().strings("ANALYSIS", "CONTEXTS");
        List<String> units = file.parameters().strings("ANALYSIS", "UNITS");
        double[] values = file.parameters().parameter("ANALYSIS", "VALUES").map(C3dParameter::numbers).orElse(new double[0]);
        List<NexusAnalysis> out = new ArrayList<>();
        for (int i = 0; i < Math.min(names.size(), values.length); i++) {
            Optional<Side> side = i < contexts.size() ? Side.fromName(contexts.get(i)) : Optional.empty();
            String unit = i < units.size() ? units.get(i).trim() : "";
            Optional<SpatiotemporalParameter> parameter = parameter(names.get(i).trim(), unit);
            if (side.isPresent() && parameter.isPresent()) {
                out.add(new NexusAnalysis(side.get(), names.get(i).trim(), parameter.get(), convert(values[i], unit), unit));
            }
        }
        return out;
    }

    /** Nexus names; support values are in seconds or % depending on the lab's preference. */
    private static Optional<SpatiotemporalParameter> parameter(String name, String unit) {
        boolean pct = unit.equals("%");
        return Optional.ofNullable(switch (name) {
            case "Cadence" -> unit.equals("steps/min") ? SpatiotemporalParameter.CADENCE : null;
            case "Walking Speed" -> SpatiotemporalParameter.WALKING_SPEED;
            case "Stride Time" -> unit.equals("s") ? SpatiotemporalParameter.STRIDE_TIME : null;
            case "Step Time" -> unit.equals("s") ? SpatiotemporalParameter.STEP_TIME : null;
            case "Stride Length" -> SpatiotemporalParameter.STRIDE_LENGTH;
            case "Step Length" -> SpatiotemporalParameter.STEP_LENGTH;
            case "Foot Off" -> SpatiotemporalParameter.FOOT_OFF_PCT;
            case "Opposite Foot Off" -> SpatiotemporalParameter.OPPOSITE_FOOT_OFF_PCT;
            case "Opposite Foot Contact" -> SpatiotemporalParameter.OPPOSITE_FOOT_CONTACT_PCT;
            case "Single Support" -> pct ? SpatiotemporalParameter.SINGLE_SUPPORT_PCT : SpatiotemporalParameter.SINGLE_SUPPORT_TIME;
            case "Double Support" -> pct ? SpatiotemporalParameter.DOUBLE_SUPPORT_PCT : SpatiotemporalParameter.DOUBLE_SUPPORT_TIME;
            default -> null;
        });
    }

    private static double convert(double value, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "mm", "mm/s" -> value / 1000;
            case "cm", "cm/s" -> value / 100;
            default -> value;
        };
    }
}
