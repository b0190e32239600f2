package org.ambulo.cgm;

import java.util.Objects;

import org.ambulo.forceplate.ContactSettings;
import org.ambulo.forceplate.ForcePlateSettings;

/**
 * How the CGM inverse dynamics runs.
 *
 * @param momentFrame
 *            axes of the joint moments and forces; default {@link MomentFrame#DISTAL} (Plug-in Gait)
 * @param swingFromInertia
 *            also output moments, forces and powers outside the valid stance phases, from the segments' inertia and
 *            gravity alone (no ground reaction). Nexus does this; it is only right while the foot is in the air, so it
 *            is off by default (NaN outside a valid stance).
 * @param plates
 *            how plate signals become ground reactions; default {@link ForcePlateSettings#defaults()}
 * @param contacts
 *            how plate contacts are assigned to feet and judged valid; default {@link ContactSettings#defaults()}
 * @param clipGroundReactionToContact
 *            count the analog samples outside a contact's strike–off interval as zero in the frame means at its first
 *            and last frames. Default false, as Nexus: its GroundReactionForce on those edge frames is the mean of all
 *            the frame's analog samples (spf/2 either side), whatever the contact detection says; this reproduces it to
 *            the file's float precision on every Plug-in Gait trial shared, whatever the software version (Nexus 1.4,
 *            1.8, 2.3, Workstation 5.2.9). True keeps the force of a neighbouring contact on the same plate out of the
 *            edge frames, at the cost of no longer matching Nexus there.
 * @param markerNoiseThresholdMm
 *            largest RMS fourth difference (mm, per marker, over its valid runs) of a marker the kinetics use before the
 *            result gets a note that the markers look unfiltered and the kinetics are unreliable. Default
 *            {@value #DEFAULT_MARKER_NOISE_THRESHOLD_MM} mm; {@code Double.POSITIVE_INFINITY} turns the check off. Inverse
 *            dynamics differentiates the markers twice, so raw marker noise dominates the joint moments while the
 *            kinematics stay right. Measured on the shared trials (the first and last 5 frames of each valid run left
 *            out): raw markers 1.06–3.5 mm (PiGKad_Motion, whose hip moment is 127 N·mm/kg off Nexus; FunctionalWalk
 *            0.6–7.6 mm), Nexus-filtered markers 0.003–0.05 mm (KAD trials), 0.004–0.13 mm (PiG_Motion3), 0.02–0.26 mm
 *            (PiG_Motion-FlatFoot), whose kinetics match Nexus (KineticsTest). 0.5 mm lies twice above the largest
 *            filtered and twice below the smallest raw value. The measure is the RMS length of
 *            {@code p[f-2] − 4p[f-1] + 6p[f] − 4p[f+1] + p[f+2]}: white noise of SD σ per axis gives √210 σ ≈ 14.5 σ, so
 *            0.5 mm is noise of about 0.035 mm SD. Smooth gait motion stays far below at the usual 100–200 Hz; its
 *            fourth difference grows with the 4th power of the sample interval, so at 50 Hz or less the motion itself
 *            may reach the threshold.
 * @param centreOfMassCutoffHz
 *            cut-off (Hz) of a quintic smoothing spline applied to each segment's centre-of-mass trajectory before its
 *            acceleration is taken, for trials whose markers were not low-pass filtered; the kinematic outputs, the joint
 *            centres and the segment axes are not affected. The spline is the discrete form of Woltring's quintic
 *            smoothing spline (GCVSPL, half-order 3) with gain {@code 1 / (1 + (sin(π f / fs) / sin(π fc / fs))⁶)}, one
 *            half at the cut-off, zero lag. Default {@code Double.POSITIVE_INFINITY}, no smoothing: Nexus Plug-in Gait
 *            filters nothing in its modelling stage (its Woltring filter runs on the markers before it, docs.vicon.com
 *            "Plug-in Gait Dynamic pipeline"), and the filtered trials match it without. For raw markers
 *            {@value #RAW_MARKERS_CENTRE_OF_MASS_CUTOFF_HZ} Hz brings PiGKad_Motion within the goals (KineticsTest).
 */
public record KineticsSettings(MomentFrame momentFrame, boolean swingFromInertia, ForcePlateSettings plates, ContactSettings contacts,
        boolean clipGroundReactionToContact, double markerNoiseThresholdMm, double centreOfMassCutoffHz) {

    /** Default {@link #markerNoiseThresholdMm()}: between filtered (≤ 0.26 mm) and raw (≥ 1.06 mm) trials. */
    public static final double DEFAULT_MARKER_NOISE_THRESHOLD_MM = 0.5;

    /**
     * {@link #centreOfMassCutoffHz()} for unfiltered markers: on PiGKad_Motion (raw markers, Nexus 2.3) the right leg's
     * kinetics then meet the goals (moments ≤ 19.1 N·mm/kg, powers ≤ 0.046 W/kg RMS over stance; without: 127 N·mm/kg,
     * 0.26 W/kg). Chosen on that one trial (30 Hz: hip 27 N·mm/kg, 33: 17.9, 37: 24, 40: 32); its gain at 30 Hz, 0.64,
     * agrees with a 15-tap kernel fitted to the centre-of-mass accelerations the Nexus joint forces imply (0.5–0.7).
     * No second raw-marker trial with Nexus kinetics is shared to confirm it.
     */
    public static final double RAW_MARKERS_CENTRE_OF_MASS_CUTOFF_HZ = 35;

    public KineticsSettings {
        Objects.requireNonNull(momentFrame, "momentFrame");
        Objects.requireNonNull(plates, "plates");
        Objects.requireNonNull(contacts, "contacts");
        if (!(markerNoiseThresholdMm > 0)) {
            throw new IllegalArgumentException("markerNoiseThresholdMm must be positive (infinite turns the check off), got "
                    + markerNoiseThresholdMm);
        }
        if (!(centreOfMassCutoffHz > 0)) {
            throw new IllegalArgumentException(
                    "centreOfMassCutoffHz must be positive (infinite: no smoothing), got " + centreOfMassCutoffHz);
        }
    }

    public static KineticsSettings defaults() {
        return new KineticsSettings(MomentFrame.DISTAL, false, ForcePlateSettings.defaults(), ContactSettings.defaults(), false,
                DEFAULT_MARKER_NOISE_THRESHOLD_MM, Double.POSITIVE_INFINITY);
    }

    public KineticsSettings withMomentFrame(MomentFrame frame) {
        return new KineticsSettings(frame, swingFromInertia, plates, contacts, clipGroundReactionToContact, markerNoiseThresholdMm,
                centreOfMassCutoffHz);
    }

    public KineticsSettings withSwingFromInertia(boolean on) {
        return new KineticsSettings(momentFrame, on, plates, contacts, clipGroundReactionToContact, markerNoiseThresholdMm,
                centreOfMassCutoffHz);
    }

    public KineticsSettings withClipGroundReactionToContact(boolean on) {
        return new KineticsSettings(momentFrame, swingFromInertia, plates, contacts, on, markerNoiseThresholdMm, centreOfMassCutoffHz);
    }

    /** With another {@link #markerNoiseThresholdMm()} (mm; infinite: no check). */
    public KineticsSettings withMarkerNoiseThresholdMm(double thresholdMm) {
        return new KineticsSettings(momentFrame, swingFromInertia, plates, contacts, clipGroundReactionToContact, thresholdMm,
                centreOfMassCutoffHz);
    }

    /** With another {@link #centreOfMassCutoffHz()} (Hz; infinite: no smoothing). */
    public KineticsSettings withCentreOfMassCutoffHz(double cutoffHz) {
        return new KineticsSettings(momentFrame, swingFromInertia, plates, contacts, clipGroundReactionToContact, markerNoiseThresholdMm,
                cutoffHz);
    }
}
