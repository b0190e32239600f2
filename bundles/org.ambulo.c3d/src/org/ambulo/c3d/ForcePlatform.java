package org.ambulo.c3d;

import java.util.Optional;

/**
 * FORCE_PLATFORM group entries for one plate, as stored (no force computation here). Lengths are in
 * POINT:UNITS.
 *
 * @param index 0-based plate index
 * @param type FORCE_PLATFORM:TYPE (1..7, 11, 12, 21 ...)
 * @param channels 1-based analog channel numbers (CHANNEL column)
 * @param corners 4 corners x (x, y, z) in the lab frame, 12 values
 * @param origin sensor origin (ORIGIN column) relative to the plate centre, 3 values
 * @param calibrationMatrix CAL_MATRIX block of this plate, row count x column count as stored
 */
public record ForcePlatform(int index, int type, int[] channels, float[] corners, float[] origin,
        Optional<float[]> calibrationMatrix) {

    public ForcePlatform {
        channels = channels.clone();
        corners = corners.clone();
        origin = origin.clone();
        calibrationMatrix = calibrationMatrix.map(float[]::clone);
    }

    @Override
    public int[] channels() {
        return channels.clone();
    }

    @Override
    public float[] corners() {
        return corners.clone();
    }

    @Override
    public float[] origin() {
        return origin.clone();
    }

    @Override
    public Optional<float[]> calibrationMatrix() {
        return calibrationMatrix.map(float[]::clone);
    }
}
