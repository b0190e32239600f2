package org.ambulo.c3d;

/**
 * All 3D samples in one primitive array, frame-major as in the file: for frame f and point p the
 * four words are at {@code ((f * pointCount) + p) * 4}: x, y, z (already multiplied by the scale
 * for integer files) and the 4th word as stored (residual and camera mask, as a float).
 * <p>
 * The array is shared, not copied, for speed (files may hold hundreds of MB): do not modify it.
 *
 * @param frameCount frames
 * @param pointCount points per frame
 * @param residualScale |POINT:SCALE|: the residual byte is multiplied by it
 * @param occlusionSentinel coordinates equal to +-9999999 mean "occluded" (Motion Analysis)
 * @param samples frameCount * pointCount * 4 floats
 */
public record PointData(int frameCount, int pointCount, float residualScale, boolean occlusionSentinel, float[] samples) {

    /** Motion Analysis writes this value in all coordinates of an occluded marker. */
    public static final float OCCLUDED = 9999999f;

    public PointData {
        if (frameCount < 0 || pointCount < 0 || (long) frameCount * pointCount * 4 != samples.length) {
            throw new IllegalArgumentException(
                    "samples length " + samples.length + " != frames " + frameCount + " x points " + pointCount + " x 4");
        }
    }

    public static PointData empty(int frameCount) {
        return new PointData(frameCount, 0, 1f, false, new float[0]);
    }

    private int base(int frame, int point) {
        if (frame < 0 || frame >= frameCount || point < 0 || point >= pointCount) {
            throw new IndexOutOfBoundsException("frame " + frame + ", point " + point);
        }
        return (frame * pointCount + point) * 4;
    }

    public float x(int frame, int point) {
        return samples[base(frame, point)];
    }

    public float y(int frame, int point) {
        return samples[base(frame, point) + 1];
    }

    public float z(int frame, int point) {
        return samples[base(frame, point) + 2];
    }

    /** The 4th word as stored. */
    public float fourthWord(int frame, int point) {
        return samples[base(frame, point) + 3];
    }

    /**
     * Residual in point units: -1 for an invalid sample, 0 for an interpolated/modified one, else
     * the low byte of the 4th word times |POINT:SCALE|.
     */
    public float residual(int frame, int point) {
        int i = base(frame, point);
        if (!valid(i)) {
            return -1f;
        }
        return (wordOf(samples[i + 3]) & 0xFF) * residualScale;
    }

    /** Bit i set: camera i+1 saw the marker (high byte of the 4th word, 7 bits). 0 if invalid. */
    public int cameraMask(int frame, int point) {
        int i = base(frame, point);
        return valid(i) ? (wordOf(samples[i + 3]) >> 8) & 0x7F : 0;
    }

    public boolean isValid(int frame, int point) {
        return valid(base(frame, point));
    }

    private boolean valid(int i) {
        float w = samples[i + 3];
        if (w < 0 || Float.isNaN(w) || wordOf(w) < 0) {
            return false;
        }
        if (occlusionSentinel && (Math.abs(samples[i]) == OCCLUDED || Math.abs(samples[i + 1]) == OCCLUDED
                || Math.abs(samples[i + 2]) == OCCLUDED)) {
            return false;
        }
        return true;
    }

    /** The 4th word as the 16-bit integer the standard defines (floats are truncated). */
    static int wordOf(float w) {
        return (short) (int) w;
    }

    /** x, y, z of one point over all frames (copy; NaN where invalid). */
    public float[] trajectory(int point) {
        float[] out = new float[frameCount * 3];
        for (int f = 0; f < frameCount; f++) {
            int i = base(f, point);
            boolean ok = valid(i);
            out[f * 3] = ok ? samples[i] : Float.NaN;
            out[f * 3 + 1] = ok ? samples[i + 1] : Float.NaN;
            out[f * 3 + 2] = ok ? samples[i + 2] : Float.NaN;
        }
        return out;
    }
}
