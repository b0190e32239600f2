package org.ambulo.c3d;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A C3D file: reconciled header facts, all parameters, 3D points, analog channels, events and the
 * quirks tolerated while reading. Immutable except that the bulk sample arrays in
 * {@link PointData} and {@link AnalogData} are shared for speed.
 *
 * @param sourceName file name or other source identifier (for messages)
 * @param header the header block as read; empty for files built in memory
 * @param processor processor that wrote the file (the writer always writes Intel)
 * @param storage integer or float storage as read (the writer always writes float)
 * @param firstFrame 1-based capture frame number of the first data frame
 * @param frameCount number of point frames
 * @param pointRateHz point frame rate
 * @param analogRateHz analog sample rate (pointRateHz x analogSamplesPerFrame)
 * @param analogSamplesPerFrame analog samples per channel per point frame
 * @param points point descriptions, in data order
 * @param pointData point samples
 * @param analogs analog channel descriptions, in data order
 * @param analogData analog samples
 * @param analogGenScale ANALOG:GEN_SCALE
 * @param events events (EVENT group, or header events if there is no EVENT group)
 * @param headerEvents the header's event table (written back as is)
 * @param maxInterpolationGap header word 6
 * @param parameters all groups, including unknown ones
 * @param quirks deviations tolerated while reading
 */
public record C3dFile(String sourceName, Optional<C3dHeader> header, ProcessorType processor, StorageFormat storage,
        int firstFrame, int frameCount, double pointRateHz, double analogRateHz, int analogSamplesPerFrame,
        List<C3dPoint> points, PointData pointData, List<AnalogChannel> analogs, AnalogData analogData, float analogGenScale,
        List<C3dEvent> events, List<HeaderEvent> headerEvents, int maxInterpolationGap, C3dParameters parameters,
        List<Quirk> quirks) {

    public C3dFile {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(processor, "processor");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(pointData, "pointData");
        Objects.requireNonNull(analogData, "analogData");
        Objects.requireNonNull(parameters, "parameters");
        points = List.copyOf(points);
        analogs = List.copyOf(analogs);
        events = List.copyOf(events);
        headerEvents = List.copyOf(headerEvents);
        quirks = List.copyOf(quirks);
        if (pointData.pointCount() != points.size() || pointData.frameCount() != frameCount) {
            throw new IllegalArgumentException("point data (" + pointData.frameCount() + " frames x " + pointData.pointCount()
                    + " points) does not match " + frameCount + " frames x " + points.size() + " points");
        }
        if (analogData.channelCount() != analogs.size()
                || (!analogs.isEmpty() && (long) analogData.sampleCount() != (long) frameCount * analogSamplesPerFrame)) {
            throw new IllegalArgumentException("analog data (" + analogData.sampleCount() + " samples x " + analogData.channelCount()
                    + " channels) does not match " + frameCount + " frames x " + analogSamplesPerFrame + " x " + analogs.size());
        }
        if (analogSamplesPerFrame < 0 || frameCount < 0 || firstFrame < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    // ---------------------------------------------------------------- convenience

    public int pointCount() {
        return points.size();
    }

    public int analogCount() {
        return analogs.size();
    }

    /** Points of type MARKER. */
    public List<C3dPoint> markers() {
        return points.stream().filter(p -> p.type() == PointType.MARKER).toList();
    }

    /** Points that are model outputs (angles, forces, moments, powers, scalars, reactions). */
    public List<C3dPoint> modelOutputs() {
        return points.stream().filter(p -> p.type().isModelOutput()).toList();
    }

    /** 1-based capture frame number of the last data frame. */
    public long lastFrame() {
        return (long) firstFrame + frameCount - 1;
    }

    public double durationSeconds() {
        return pointRateHz > 0 ? frameCount / pointRateHz : 0;
    }

    /** Index of the point with this label (exact match first, then ignoring case). */
    public OptionalInt pointIndex(String label) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).label().equals(label)) {
                return OptionalInt.of(i);
            }
        }
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).label().equalsIgnoreCase(label)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    public OptionalInt analogIndex(String label) {
        for (int i = 0; i < analogs.size(); i++) {
            if (analogs.get(i).label().equals(label)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Data frame index (0-based) of an event, if it falls inside the data. */
    public OptionalInt frameIndexOf(C3dEvent event) {
        if (pointRateHz <= 0) {
            return OptionalInt.empty();
        }
        long index = event.captureFrame(pointRateHz) - firstFrame;
        return index >= 0 && index < frameCount ? OptionalInt.of((int) index) : OptionalInt.empty();
    }

    /** FORCE_PLATFORM group decoded per plate (empty if absent). */
    public List<ForcePlatform> forcePlatforms() {
        return org.ambulo.c3d.internal.ForcePlatforms.decode(parameters);
    }

    /** Writer of the file as far as known: MANUFACTURER group, else inferred, else "unknown". */
    public String vendor() {
        return org.ambulo.c3d.internal.Vendors.describe(parameters);
    }

    /** A copy with other events (header events are rebuilt from them by the writer when emptied). */
    public C3dFile withEvents(List<C3dEvent> newEvents, List<HeaderEvent> newHeaderEvents) {
        return new C3dFile(sourceName, header, processor, storage, firstFrame, frameCount, pointRateHz, analogRateHz,
                analogSamplesPerFrame, points, pointData, analogs, analogData, analogGenScale, newEvents, newHeaderEvents,
                maxInterpolationGap, parameters, quirks);
    }

    public static Builder builder(String sourceName) {
        return new Builder(sourceName);
    }

    /** Builds a file in memory (for writing synthetic or converted data). */
    public static final class Builder {
        private final String sourceName;
        private int firstFrame = 1;
        private int frameCount;
        private double pointRateHz = 100;
        private int analogSamplesPerFrame = 1;
        private List<C3dPoint> points = List.of();
        private float[] pointSamples = new float[0];
        private float residualScale = 1f;
        private List<AnalogChannel> analogs = List.of();
        private float[] analogRaw = new float[0];
        private float genScale = 1f;
        private List<C3dEvent> events = List.of();
        private List<HeaderEvent> headerEvents = List.of();
        private final List<C3dGroup> groups = new ArrayList<>();

        private Builder(String sourceName) {
            this.sourceName = sourceName;
        }

        public Builder frames(int firstFrameNumber, int count, double rateHz) {
            this.firstFrame = firstFrameNumber;
            this.frameCount = count;
            this.pointRateHz = rateHz;
            return this;
        }

        /** Samples frame-major, 4 words per point (x, y, z, 4th word; 0 = valid, -1 = invalid). Shared. */
        public Builder points(List<C3dPoint> descriptions, float[] samples, float residualScaleUnits) {
            this.points = descriptions;
            this.pointSamples = samples;
            this.residualScale = residualScaleUnits;
            return this;
        }

        /** Raw samples sample-major (samples x channels). Shared. */
        public Builder analogs(List<AnalogChannel> channels, int samplesPerFrame, float[] raw, float genScaleFactor) {
            this.analogs = channels;
            this.analogSamplesPerFrame = samplesPerFrame;
            this.analogRaw = raw;
            this.genScale = genScaleFactor;
            return this;
        }

        public Builder events(List<C3dEvent> eventList) {
            this.events = eventList;
            return this;
        }

        public Builder headerEvents(List<HeaderEvent> eventList) {
            this.headerEvents = eventList;
            return this;
        }

        /** Extra groups (e.g. SUBJECTS, PROCESSING, vendor groups); structural ones are regenerated on writing. */
        public Builder group(C3dGroup group) {
            groups.add(group);
            return this;
        }

        public C3dFile build() {
            double[] factors = new double[analogs.size()];
            double[] offsets = new double[analogs.size()];
            for (int i = 0; i < factors.length; i++) {
                factors[i] = (double) analogs.get(i).scale() * genScale;
                offsets[i] = analogs.get(i).offset();
            }
            int spf = analogs.isEmpty() ? Math.max(1, analogSamplesPerFrame) : analogSamplesPerFrame;
            AnalogData analogData = new AnalogData(analogs.size(), analogs.isEmpty() ? 0 : frameCount * spf, analogRaw, factors, offsets);
            PointData pointData = new PointData(frameCount, points.size(), residualScale, false, pointSamples);
            return new C3dFile(sourceName, Optional.empty(), ProcessorType.INTEL, StorageFormat.FLOAT, firstFrame, frameCount,
                    pointRateHz, pointRateHz * spf, spf, points, pointData, analogs, analogData, genScale, events, headerEvents, 0,
                    new C3dParameters(groups), List.of());
        }
    }
}
