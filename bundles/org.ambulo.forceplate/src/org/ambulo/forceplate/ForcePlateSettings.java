package org.ambulo.forceplate;

/**
 * How plate signals become {@link PlateReaction}s.
 *
 * @param copThresholdN
 *            force along the plate's upward normal (vertical force on the subject), in newtons, below which the centre
 *            of pressure and the free moment are masked (NaN): the COP is a moment divided by this force and turns into
 *            noise as the force tends to zero. Default 10 N: BTK and pyCGM2 zero the COP below 10 N, inside the 5–20 N
 *            range of domain.md (checklist item 18). 0 N disables the masking (the COP is then only undefined where the
 *            force is exactly zero), as in tools that do not mask, e.g. ezc3d.
 * @param applyZeroBaseline
 *            subtract the mean of the plate signals over the {@code FORCE_PLATFORM:ZERO} frame range (default true, as the
 *            C3D standard asks). ZERO holds 1-based frames of the stored data. No baseline when the file disables it
 *            (first frame 0, e.g. {@code 0,0} or Vicon Workstation's {@code 0,10}; or first &gt; last, as Nexus writes
 *            {@code 1,0}); skipped with a note when the range lies outside the stored frames or the plate was loaded
 *            during it (more than 100 N pushing: subtracting it would remove body weight).
 */
public record ForcePlateSettings(double copThresholdN, boolean applyZeroBaseline) {

    /** Default COP threshold in newtons (see the record description). */
    public static final double DEFAULT_COP_THRESHOLD_N = 10.0;

    public ForcePlateSettings {
        if (!Double.isFinite(copThresholdN) || copThresholdN < 0) {
            throw new IllegalArgumentException("copThresholdN must be a finite force >= 0 N, was " + copThresholdN);
        }
    }

    public static ForcePlateSettings defaults() {
        return new ForcePlateSettings(DEFAULT_COP_THRESHOLD_N, true);
    }
}
