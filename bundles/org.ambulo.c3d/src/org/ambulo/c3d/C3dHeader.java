package org.ambulo.c3d;

import java.util.List;

/**
 * The 512-byte header block exactly as read (before reconciliation with the parameters; the
 * reconciled values are on {@link C3dFile}). Frame numbers are the 1-based 16-bit header words.
 *
 * @param parameterBlock 1-based block of the parameter section (byte 1)
 * @param pointCount word 2
 * @param analogSamplesPerFrame word 3: analog channels x samples per point frame
 * @param firstFrame word 4 (unsigned)
 * @param lastFrame word 5 (unsigned; Vicon writes 65535 when the trial is longer)
 * @param maxInterpolationGap word 6
 * @param pointScale words 7-8; negative means float storage
 * @param dataStartBlock word 9 (unsigned)
 * @param analogSamplesPerChannel word 10: analog samples per point frame
 * @param pointRateHz words 11-12
 * @param supportsFourCharEventLabels word 150 == 12345
 * @param events the up to 18 header events
 */
public record C3dHeader(int parameterBlock, int pointCount, int analogSamplesPerFrame, int firstFrame, int lastFrame,
        int maxInterpolationGap, float pointScale, int dataStartBlock, int analogSamplesPerChannel, float pointRateHz,
        boolean supportsFourCharEventLabels, List<HeaderEvent> events) {

    public C3dHeader {
        events = List.copyOf(events);
    }

    /** last - first + 1 as stored, 0 if last < first. */
    public int frameCount() {
        return lastFrame >= firstFrame ? lastFrame - firstFrame + 1 : 0;
    }
}
