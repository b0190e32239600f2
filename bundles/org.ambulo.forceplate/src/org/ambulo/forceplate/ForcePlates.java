package org.ambulo.forceplate;

import java.util.ArrayList;
import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.ForcePlatform;
import org.ambulo.forceplate.internal.PlateCalculator;

/**
 * Ground reactions from the {@code FORCE_PLATFORM} group and the plate's analog channels, for plate types 1 to 5 and 7
 * (type 3 with the Kistler {@code FPCOPPOLY} correction when present). Conventions, all in the lab (C3D point) frame:
 * <ul>
 * <li>force: the force the plate exerts ON the subject, newtons. By the C3D convention (BTK, ezc3d, Nexus) the plate
 * outputs rotated by the corner axes are that reaction; a plate whose vertical force points down while loaded (a writer
 * storing the force on the plate, e.g. Kistler BioWare) is negated, with a note;</li>
 * <li>centre of pressure: on the plate's top surface, mm; NaN while the normal force is below the threshold;</li>
 * <li>free moment: about the plate's upward normal through the COP, on the subject, N·mm;</li>
 * <li>plate axes from the corners ({@code x = c1 - c2}, {@code y = c1 - c4}, {@code z = x × y}) and the plate centre =
 * mean of the four corners;</li>
 * <li>{@code ORIGIN} = sensor origin to surface centre in plate axes; Vicon/Qualisys files that store it with positive z
 * are negated (the surface is above the sensor and plate z points down); type 3 uses |a|, |b| and -|az0|;</li>
 * <li>moments in analog units {@code Nmm}/{@code Nm} are converted; unknown units are taken as N × POINT:UNITS.</li>
 * </ul>
 * Analog sample i lies at capture time {@code (firstFrame - 1) / pointRateHz + i / analogRateHz} seconds, the
 * {@code EVENT:TIMES} convention of {@link org.ambulo.model.GaitEvent}.
 */
public final class ForcePlates {

    private ForcePlates() {
    }

    /**
     * One {@link PlateReaction} per plate of {@code FORCE_PLATFORM}, in plate order.
     *
     * @throws C3dFormatException
     *             naming the file and the plate when a plate's parameters are inconsistent (channels missing or out of
     *             range, degenerate corners, missing calibration matrix, unsupported type)
     */
    public static List<PlateReaction> compute(C3dFile file, ForcePlateSettings settings) throws C3dFormatException {
        return computeWithNotes(file, settings).plates();
    }

    /** As {@link #compute}, with the remarks made on the way (skipped baselines and the like). */
    public static PlateReactions computeWithNotes(C3dFile file, ForcePlateSettings settings) throws C3dFormatException {
        List<PlateReaction> plates = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ForcePlatform plate : file.forcePlatforms()) {
            plates.add(PlateCalculator.compute(file, plate, settings, notes));
        }
        return new PlateReactions(plates, notes);
    }

    /**
     * The reaction of one plate, for callers that want the good plates of a file in which another plate is corrupt
     * (e.g. ezc3d's FP_Type1.c3d, whose plates 2 to 4 have garbage CORNERS).
     *
     * @param plateNumber
     *            1-based, as in {@link PlateReaction#plateNumber()}
     * @throws C3dFormatException
     *             naming the file and the plate when this plate's parameters are inconsistent or it does not exist
     */
    public static PlateReaction computePlate(C3dFile file, int plateNumber, ForcePlateSettings settings) throws C3dFormatException {
        List<ForcePlatform> plates = file.forcePlatforms();
        if (plateNumber < 1 || plateNumber > plates.size()) {
            throw new C3dFormatException(file.sourceName(), -1,
                    "force plate " + plateNumber + " does not exist: FORCE_PLATFORM describes " + plates.size() + " plates");
        }
        return PlateCalculator.compute(file, plates.get(plateNumber - 1), settings, new ArrayList<>());
    }

    /** Capture time in seconds of analog sample {@code sample} of {@code file} (see the class description). */
    public static double captureTimeSeconds(C3dFile file, int sample) {
        return (file.firstFrame() - 1) / file.pointRateHz() + sample / file.analogRateHz();
    }
}
