package org.ambulo.events;

import java.util.Objects;

/**
 * How gait events are detected and checked. Times are in seconds so that one setting fits every capture rate.
 *
 * @param detector
 *            which method runs; default {@link Detector#COMBINED}
 * @param plateThresholdN
 *            vertical force (on the subject, N) above which a foot is on a plate: plate strikes and offs are where the
 *            force crosses it. The force-plate detector hands it to the force-plate bundle as
 *            {@code ContactSettings.contactThresholdN}, so it also opens and closes the contacts there (the other
 *            {@code ContactSettings} are that bundle's defaults). Default 20 N, the force-plate bundle's contact
 *            default (upper end of the 5–20 N range in domain.md; BTK uses 10 N): above amplifier drift, and the
 *            threshold with which Nexus' stored strikes are met within a frame
 * @param plateMinPeakN
 *            a contact gives events only when its vertical force peaks above this; default 50 N, pyCGM2's
 *            side-matching force threshold, so that a brushing swing foot or plate noise is no strike
 * @param markerLowPassHz
 *            cutoff of the zero-lag Butterworth low-pass ({@code org.ambulo.signal.Butterworth}, cutoff as designed:
 *            −6 dB there after both passes) for the heel, toe and pelvis markers; default 6 Hz, pyCGM2's marker filter
 *            default; 0 switches filtering off
 * @param markerFilterOrder
 *            designed (single-pass) order of that filter; applied forwards and backwards, so the effective order is
 *            twice this; default 2 as in pyCGM2
 * @param heelMarker
 *            heel marker name without side prefix (side from the prefix {@code L}/{@code R}); default {@code HEE}
 *            (Plug-in Gait)
 * @param heelFallbackMarker
 *            used in place of a missing heel marker (with a warning); default {@code ANK} (Plug-in Gait lateral
 *            malleolus, which old Vicon Clinical Manager marker sets have instead of a heel marker); empty for none.
 *            The heel and toe markers chosen here are also the ones the force-plate detector's foot assignment checks
 *            against the plate edges
 * @param toeMarker
 *            toe marker name without side prefix; default {@code TOE} (Plug-in Gait)
 * @param sacrumMarker
 *            sacrum marker used as pelvis reference when present; default {@code SACR} (Plug-in Gait)
 * @param psisMarker
 *            posterior superior iliac spine marker without side prefix, whose left/right midpoint is the pelvis
 *            reference when there is no sacrum marker; default {@code PSI} (Plug-in Gait), as in pyCGM2's Zeni
 *            procedure
 * @param progressionAxis
 *            walking direction; default {@link ProgressionAxis#AUTO}: from the pelvis displacement overground, from the
 *            heel-to-toe direction on a treadmill
 * @param minStrideSeconds
 *            two events of the same side and type closer than this are one event; default 0.4 s, well below the
 *            shortest strides of children walking fast (normal stride about 1 s, gaitutils normal data 0.99 s)
 * @param maxStrideSeconds
 *            a stride (strike to strike of one foot) longer than this is implausible; default 3.0 s, three times the
 *            normal stride, which leaves room for very slow pathological gait
 * @param agreementSeconds
 *            plate and kinematic events further apart than this disagree and are flagged; default 0.03 s (3 frames at
 *            100 Hz)
 * @param matchWindowSeconds
 *            an event of one method is the same event as one of another method when they are closer than this;
 *            default 0.2 s, a fifth of a normal stride
 * @param learnKinematicOffset
 *            whether the combined strategy shifts kinematic events by the median difference to the plate events of the
 *            same side and type (gaitutils learns velocity thresholds from plate events the same way); default true
 */
public record EventSettings(Detector detector, double plateThresholdN, double plateMinPeakN, double markerLowPassHz, int markerFilterOrder,
        String heelMarker, String heelFallbackMarker, String toeMarker, String sacrumMarker, String psisMarker,
        ProgressionAxis progressionAxis,
        double minStrideSeconds, double maxStrideSeconds, double agreementSeconds, double matchWindowSeconds,
        boolean learnKinematicOffset) {

    /** The detection method. */
    public enum Detector {
        /** Force-plate threshold crossings of the contacts the force-plate bundle finds valid, side from its foot assignment. */
        FORCE_PLATE,
        /** Zeni et al. 2008 coordinate method: heel and toe extremes relative to the pelvis along the progression. */
        ZENI,
        /** O'Connor et al. 2007 foot-velocity algorithm: extremes of the mid-foot vertical velocity. */
        OCONNOR,
        /** Plate events where a valid plate contact exists, offset-corrected Zeni events elsewhere. */
        COMBINED
    }

    /** Lab axis along which the subject walks. */
    public enum ProgressionAxis {
        AUTO,
        X,
        Y
    }

    public EventSettings {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(heelMarker, "heelMarker");
        Objects.requireNonNull(heelFallbackMarker, "heelFallbackMarker");
        Objects.requireNonNull(toeMarker, "toeMarker");
        Objects.requireNonNull(sacrumMarker, "sacrumMarker");
        Objects.requireNonNull(psisMarker, "psisMarker");
        Objects.requireNonNull(progressionAxis, "progressionAxis");
        requirePositive("plateThresholdN", plateThresholdN);
        requirePositive("plateMinPeakN", plateMinPeakN);
        requirePositive("minStrideSeconds", minStrideSeconds);
        requirePositive("agreementSeconds", agreementSeconds);
        requirePositive("matchWindowSeconds", matchWindowSeconds);
        if (!(markerLowPassHz >= 0)) {
            throw new IllegalArgumentException("markerLowPassHz must be >= 0 (0 = no filter), was " + markerLowPassHz);
        }
        if (markerFilterOrder < 1 || markerFilterOrder > 8) {
            throw new IllegalArgumentException("markerFilterOrder must be 1 to 8, was " + markerFilterOrder);
        }
        if (!(maxStrideSeconds > minStrideSeconds)) {
            throw new IllegalArgumentException(
                    "maxStrideSeconds (" + maxStrideSeconds + ") must be larger than minStrideSeconds (" + minStrideSeconds + ")");
        }
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number, was " + value);
        }
    }

    public static EventSettings defaults() {
        return new EventSettings(Detector.COMBINED, 20.0, 50.0, 6.0, 2, "HEE", "ANK", "TOE", "SACR", "PSI", ProgressionAxis.AUTO, 0.4, 3.0,
                0.03,
                0.2, true);
    }

    /** The same settings with another detector. */
    public EventSettings withDetector(Detector newDetector) {
        return new EventSettings(newDetector, plateThresholdN, plateMinPeakN, markerLowPassHz, markerFilterOrder, heelMarker,
                heelFallbackMarker, toeMarker,
                sacrumMarker, psisMarker, progressionAxis, minStrideSeconds, maxStrideSeconds, agreementSeconds, matchWindowSeconds,
                learnKinematicOffset);
    }
}
