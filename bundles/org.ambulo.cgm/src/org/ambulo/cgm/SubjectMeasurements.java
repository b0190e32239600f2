package org.ambulo.cgm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.ambulo.model.Side;

/**
 * Subject measurements the model needs (Nexus subject parameters).
 *
 * @param source
 *            where they came from, for messages and provenance (file and group, e.g. {@code Static.c3d PROCESSING})
 * @param bodyMassKg
 *            ({@code Bodymass}) kg; needed for kinetics only
 * @param heightMm
 *            ({@code Height}) mm; informative
 * @param interAsisDistanceMm
 *            ({@code InterAsisDistance}) mm; empty: measured from the static trial's ASIS markers
 * @param left
 *            left leg
 * @param right
 *            right leg
 */
public record SubjectMeasurements(String source, double bodyMassKg, double heightMm, OptionalDouble interAsisDistanceMm,
        LegMeasurements left,
        LegMeasurements right) {

    public SubjectMeasurements {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(interAsisDistanceMm, "interAsisDistanceMm");
        if (left.side() != Side.LEFT || right.side() != Side.RIGHT) {
            throw new IllegalArgumentException("left and right leg measurements are swapped");
        }
    }

    public LegMeasurements leg(Side side) {
        return side == Side.LEFT ? left : right;
    }

    /** Mean of the two leg lengths, mm (the Davis hip regression uses it). */
    public double meanLegLengthMm() {
        return (left.legLengthMm() + right.legLengthMm()) / 2;
    }

    /** Nexus names of the missing required measurements (leg lengths, knee and ankle widths). */
    public List<String> missingForKinematics() {
        List<String> out = new ArrayList<>(left.missing());
        out.addAll(right.missing());
        return out;
    }

    /** A copy with another body mass. */
    public SubjectMeasurements withBodyMassKg(double massKg) {
        return new SubjectMeasurements(source, massKg, heightMm, interAsisDistanceMm, left, right);
    }
}
