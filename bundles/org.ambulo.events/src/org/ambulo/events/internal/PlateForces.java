package org.ambulo.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ambulo.c3d.AnalogData;
import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.ForcePlatform;
import org.ambulo.events.EventIssue;
import org.ambulo.model.LengthUnit;

/**
 * Vertical load on each force plate, straight from the analog channels. A minimal private helper: the force-plate
 * bundle's {@code ForcePlates.compute} was not available when this bundle was written. Events need only the vertical
 * force and the plate outline, so no moments or centre of pressure are computed here.
 */
final class PlateForces {

    /** Vertical load (positive = pressed) above the unloaded level, in newtons, and the plate outline in mm. */
    record PlateLoad(int plateNumber, double[] loadN, double[] cornersMm) {
    }

    private PlateForces() {
    }

    static List<PlateLoad> of(C3dFile file, List<EventIssue> issues) {
        List<ForcePlatform> plates = file.forcePlatforms();
        List<PlateLoad> loads = new ArrayList<>(plates.size());
        if (plates.isEmpty() || file.analogCount() == 0) {
            return loads;
        }
        double mmPerUnit = file.parameters().string("POINT", "UNITS").flatMap(LengthUnit::fromSymbol).map(u -> u.toMillimetres(1.0))
                .orElse(1.0);
        for (ForcePlatform plate : plates) {
            int number = plate.index() + 1;
            Optional<double[]> vertical = verticalForce(file, plate, issues);
            if (vertical.isEmpty()) {
                continue;
            }
            float[] corners = plate.corners();
            double[] cornersMm = new double[12];
            boolean cornersOk = true;
            for (int k = 0; k < 12; k++) {
                cornersMm[k] = corners[k] * mmPerUnit;
                cornersOk &= Double.isFinite(cornersMm[k]);
            }
            if (!cornersOk) {
                issues.add(new EventIssue(EventIssue.Severity.WARNING,
                        file.sourceName() + ": force plate " + number + " has no valid FORCE_PLATFORM:CORNERS, its contacts are not used"));
                continue;
            }
            loads.add(new PlateLoad(number, orient(vertical.get()), cornersMm));
        }
        return loads;
    }

    private static Optional<double[]> verticalForce(C3dFile file, ForcePlatform plate, List<EventIssue> issues) {
        int number = plate.index() + 1;
        int[] channels = plate.channels();
        int[] needed = switch (plate.type()) {
            case 1, 2 -> channels.length >= 3 ? new int[]{channels[2]} : null;
            case 3 -> channels.length >= 8 ? new int[]{channels[4], channels[5], channels[6], channels[7]} : null;
            case 4, 5, 7 -> channels.length >= 6 ? channels : null;
            default -> null;
        };
        if (needed == null) {
            issues.add(
                    new EventIssue(EventIssue.Severity.WARNING, file.sourceName() + ": force plate " + number + " of type " + plate.type()
                            + " with " + channels.length + " channels is not supported for event detection, its contacts are not used"));
            return Optional.empty();
        }
        for (int c : needed) {
            if (c < 1 || c > file.analogCount()) {
                issues.add(new EventIssue(EventIssue.Severity.WARNING,
                        file.sourceName() + ": force plate " + number + " refers to analog channel "
                                + c + ", but the file has " + file.analogCount() + " channels; its contacts are not used"));
                return Optional.empty();
            }
        }
        AnalogData analog = file.analogData();
        int count = analog.channelCount();
        int samples = analog.sampleCount();
        float[] raw = analog.raw();
        double[] factors = analog.factors();
        double[] offsets = analog.offsets();
        double[] weights = new double[needed.length];
        if (plate.type() >= 4) {
            // Fz is the third row of the calibration matrix times the channel vector. CAL_MATRIX is stored column by
            // column (first dimension fastest), so row 2 of column j is at 2 + rows * j.
            Optional<float[]> matrix = plate.calibrationMatrix();
            int columns = needed.length;
            if (matrix.isEmpty() || matrix.get().length < 3 * columns || matrix.get().length % columns != 0) {
                issues.add(new EventIssue(EventIssue.Severity.WARNING,
                        file.sourceName() + ": force plate " + number + " of type " + plate.type()
                                + " has no usable CAL_MATRIX, its contacts are not used"));
                return Optional.empty();
            }
            int rows = matrix.get().length / columns;
            for (int j = 0; j < columns; j++) {
                weights[j] = matrix.get()[2 + rows * j];
            }
        } else {
            java.util.Arrays.fill(weights, 1.0);
        }
        double[] fz = new double[samples];
        for (int k = 0; k < needed.length; k++) {
            int c = needed[k] - 1;
            double factor = factors[c] * weights[k];
            double offset = offsets[c];
            for (int s = 0, i = c; s < samples; s++, i += count) {
                fz[s] += (raw[i] - offset) * factor;
            }
        }
        return Optional.of(fz);
    }

    /**
     * Turns the signal so that loading is positive and subtracts the unloaded level. Vendors differ in the sign of Fz
     * (force on the plate or reaction on the subject) and not all zero their plates.
     */
    static double[] orient(double[] fz) {
        int stride = Math.max(1, fz.length / 1000); // a thousand samples estimate the unloaded level well
        // The largest magnitude is a loaded sample: body weight dwarfs offsets of plates that were not zeroed. (The
        // median is no reference: treadmill belts are loaded most of the time.)
        int extreme = 0;
        for (int s = 1; s < fz.length; s++) {
            if (Math.abs(fz[s]) > Math.abs(fz[extreme])) {
                extreme = s;
            }
        }
        double sign = fz.length == 0 || fz[extreme] >= 0 ? 1 : -1;
        double[] load = new double[fz.length];
        for (int s = 0; s < fz.length; s++) {
            load[s] = sign * fz[s];
        }
        // Unloaded level: plates (and treadmill belts) are unloaded for more than a tenth of any walking trial.
        double unloaded = Peaks.quantile(load, 0.05, stride);
        for (int s = 0; s < load.length; s++) {
            load[s] -= unloaded;
        }
        return load;
    }
}
