package org.ambulo.norms;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One population of a dataset: an age band, sex and/or speed group with its curves and scalar norms.
 *
 * @param id
 *            stable lower-case id inside the dataset, e.g. {@code free}, {@code very-slow}, {@code female-5-normal}
 * @param label
 *            human name
 * @param n
 *            number of subjects (0 when the source does not say)
 * @param age
 *            ages covered
 * @param sex
 *            sex of the population
 * @param dimensionlessSpeed
 *            walking speed v / sqrt(g·L) of the group, when the group is defined by it (Schwartz 2008)
 * @param walkingSpeedMPerS
 *            walking speed in m/s, when the group is defined by it (pace of a spatiotemporal table)
 * @param curves
 *            mean/SD curves per variable
 * @param spatiotemporal
 *            per {@code SpatiotemporalParameter} id
 * @param emgActivation
 *            per muscle
 * @param gdiControls
 *            individual control gait vectors (9 × 51 = 459 values, see {@link GaitVector}) for a GDI basis; lab norms
 *            carry them, published datasets do not
 */
public record NormBin(String id, String label, int n, AgeRange age, Sex sex, Optional<SpeedRange> dimensionlessSpeed,
        Optional<SpeedRange> walkingSpeedMPerS, Map<GaitVariable, NormCurve> curves, Map<String, SpatiotemporalNorm> spatiotemporal,
        Map<String, EmgActivationNorm> emgActivation, List<double[]> gdiControls) {

    public NormBin {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("bin id must be lower case letters, digits, '.', '_' or '-', was '" + id + "'");
        }
        Objects.requireNonNull(label, "label");
        if (n < 0) {
            throw new IllegalArgumentException("bin " + id + ": n must be >= 0, was " + n);
        }
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(dimensionlessSpeed, "dimensionlessSpeed");
        Objects.requireNonNull(walkingSpeedMPerS, "walkingSpeedMPerS");
        curves = Map.copyOf(curves);
        spatiotemporal = Map.copyOf(spatiotemporal);
        emgActivation = Map.copyOf(emgActivation);
        gdiControls = List.copyOf(gdiControls);
        for (double[] vector : gdiControls) {
            if (vector.length != GaitVector.LENGTH) {
                throw new IllegalArgumentException("bin " + id + ": a GDI control gait vector has " + vector.length + " values, expected "
                        + GaitVector.LENGTH);
            }
        }
    }

    public Optional<NormCurve> curve(GaitVariable variable) {
        return Optional.ofNullable(curves.get(variable));
    }

    public Optional<SpatiotemporalNorm> spatiotemporal(String parameter) {
        return Optional.ofNullable(spatiotemporal.get(parameter));
    }

    /** Whether the bin has curves for all nine GPS variables ({@link GaitIndices}). */
    public boolean hasGpsCurves() {
        return GaitVariable.gpsVariables().stream().allMatch(curves::containsKey);
    }
}
