package org.ambulo.cycles.internal;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.DoubleStream;

import org.ambulo.c3d.C3dFile;

/** The subject's leg length from the Nexus subject parameters in {@code PROCESSING}, in mm. */
public final class LegLength {

    private LegLength() {
    }

    /** Mean of {@code LLegLength} and {@code RLegLength} (those above zero), else {@code LegLength}; empty if none. */
    public static OptionalDouble fromFile(C3dFile file) {
        OptionalDouble sides = DoubleStream.of(number(file, "LLegLength"), number(file, "RLegLength")).filter(v -> v > 0).average();
        if (sides.isPresent()) {
            return sides;
        }
        double single = number(file, "LegLength");
        return single > 0 ? OptionalDouble.of(single) : OptionalDouble.empty();
    }

    private static double number(C3dFile file, String name) {
        return file.parameters().parameter("PROCESSING", name).flatMap(p -> {
            OptionalDouble n = p.firstNumber();
            return n.isPresent() && Double.isFinite(n.getAsDouble()) ? Optional.of(n.getAsDouble()) : Optional.<Double>empty();
        }).orElse(Double.NaN);
    }
}
