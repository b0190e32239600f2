package org.ambulo.c3d.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;

import org.ambulo.c3d.ProcessorType;
import org.ambulo.c3d.StorageFormat;

/**
 * Decodes the data section with bulk buffer views (no per-sample virtual calls, no per-frame
 * objects) into two frame-major float arrays. Sizes are checked by the caller against the bytes
 * actually present before anything is allocated.
 */
final class DataDecoder {

    private DataDecoder() {
    }

    /**
     * @param pointWords 4 x points per frame
     * @param analogWords channels x samples per frame
     * @param scale POINT:SCALE magnitude for integer x/y/z
     */
    static void decode(ByteBuffer all, int dataOffset, ProcessorType processor, StorageFormat storage, int frames, int pointWords,
            int analogWords, float scale, boolean unsignedAnalog, float[] points, float[] analog) {
        int frameWords = pointWords + analogWords;
        if (frames == 0 || frameWords == 0) {
            return;
        }
        ByteOrder order = processor == ProcessorType.MIPS ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int bytes = frames * frameWords * storage.bytesPerWord();
        ByteBuffer data = all.slice(dataOffset, bytes).order(order);
        if (storage == StorageFormat.FLOAT && processor != ProcessorType.DEC) {
            FloatBuffer fb = data.asFloatBuffer();
            if (analogWords == 0) {
                fb.get(points, 0, frames * pointWords);
            } else if (pointWords == 0) {
                fb.get(analog, 0, frames * analogWords);
            } else {
                for (int f = 0, p = 0, a = 0; f < frames; f++, p += pointWords, a += analogWords) {
                    fb.get(points, p, pointWords);
                    fb.get(analog, a, analogWords);
                }
            }
        } else if (storage == StorageFormat.FLOAT) {
            decodeDecFloats(data.asIntBuffer(), frames, pointWords, analogWords, points, analog);
        } else {
            decodeIntegers(data.asShortBuffer(), frames, pointWords, analogWords, scale, unsignedAnalog, points, analog);
        }
    }

    private static void decodeDecFloats(IntBuffer ib, int frames, int pointWords, int analogWords, float[] points, float[] analog) {
        int frameWords = pointWords + analogWords;
        int[] raw = new int[frameWords];
        for (int f = 0; f < frames; f++) {
            ib.get(raw, 0, frameWords);
            int p = f * pointWords;
            for (int i = 0; i < pointWords; i++) {
                points[p + i] = Source.decToIeee(raw[i]);
            }
            int a = f * analogWords;
            for (int i = 0; i < analogWords; i++) {
                analog[a + i] = Source.decToIeee(raw[pointWords + i]);
            }
        }
    }

    private static void decodeIntegers(ShortBuffer sb, int frames, int pointWords, int analogWords, float scale, boolean unsignedAnalog,
            float[] points, float[] analog) {
        int frameWords = pointWords + analogWords;
        short[] raw = new short[frameWords];
        for (int f = 0; f < frames; f++) {
            sb.get(raw, 0, frameWords);
            int p = f * pointWords;
            for (int i = 0; i < pointWords; i += 4) {
                points[p + i] = raw[i] * scale;
                points[p + i + 1] = raw[i + 1] * scale;
                points[p + i + 2] = raw[i + 2] * scale;
                points[p + i + 3] = raw[i + 3]; // residual/camera word kept as the integer it is
            }
            int a = f * analogWords;
            if (unsignedAnalog) {
                for (int i = 0; i < analogWords; i++) {
                    analog[a + i] = raw[pointWords + i] & 0xFFFF;
                }
            } else {
                for (int i = 0; i < analogWords; i++) {
                    analog[a + i] = raw[pointWords + i];
                }
            }
        }
    }
}
