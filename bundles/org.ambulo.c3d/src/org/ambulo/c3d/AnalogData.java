package org.ambulo.c3d;

/**
 * All analog samples as stored (raw, before OFFSET/SCALE), sample-major as in the file: sample s of
 * channel c is at {@code s * channelCount + c}; sample s belongs to point frame
 * {@code s / samplesPerFrame}. Keeping raw values makes writing lossless; {@link #value} and
 * {@link #channel} apply {@code (raw - OFFSET) * SCALE * GEN_SCALE} in double precision.
 * <p>
 * The raw array is shared, not copied, for speed: do not modify it.
 *
 * @param channelCount channels
 * @param sampleCount samples per channel (frames x samples per frame)
 * @param raw sampleCount * channelCount floats
 * @param factors per channel SCALE * GEN_SCALE
 * @param offsets per channel OFFSET
 */
public record AnalogData(int channelCount, int sampleCount, float[] raw, double[] factors, double[] offsets) {

    public AnalogData {
        if (channelCount < 0 || sampleCount < 0 || (long) channelCount * sampleCount != raw.length
                || factors.length != channelCount || offsets.length != channelCount) {
            throw new IllegalArgumentException("analog arrays do not match " + channelCount + " channels x " + sampleCount + " samples");
        }
        factors = factors.clone();
        offsets = offsets.clone();
    }

    public static AnalogData empty() {
        return new AnalogData(0, 0, new float[0], new double[0], new double[0]);
    }

    @Override
    public double[] factors() {
        return factors.clone();
    }

    @Override
    public double[] offsets() {
        return offsets.clone();
    }

    public float raw(int sample, int channel) {
        check(sample, channel);
        return raw[sample * channelCount + channel];
    }

    /** Scaled physical value. */
    public float value(int sample, int channel) {
        check(sample, channel);
        return (float) ((raw[sample * channelCount + channel] - offsets[channel]) * factors[channel]);
    }

    /** All scaled samples of one channel (a new array). */
    public float[] channel(int channel) {
        check(0, channel);
        float[] out = new float[sampleCount];
        double off = offsets[channel];
        double factor = factors[channel];
        for (int s = 0, i = channel; s < sampleCount; s++, i += channelCount) {
            out[s] = (float) ((raw[i] - off) * factor);
        }
        return out;
    }

    private void check(int sample, int channel) {
        if (channel < 0 || channel >= channelCount || sample < 0 || (sample >= sampleCount && sampleCount > 0)) {
            throw new IndexOutOfBoundsException("sample " + sample + ", channel " + channel);
        }
    }
}
