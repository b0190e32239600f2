package org.ambulo.c3d.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.ambulo.c3d.AnalogChannel;
import org.ambulo.c3d.AnalogData;
import org.ambulo.c3d.C3dEvent;
import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dHeader;
import org.ambulo.c3d.C3dParameter;
import org.ambulo.c3d.C3dParameters;
import org.ambulo.c3d.C3dPoint;
import org.ambulo.c3d.HeaderEvent;
import org.ambulo.c3d.ParameterType;
import org.ambulo.c3d.PointData;
import org.ambulo.c3d.PointType;
import org.ambulo.c3d.ProcessorType;
import org.ambulo.c3d.StorageFormat;

/**
 * Reads a whole C3D image: header, parameters, data. Policy where header and parameters disagree:
 * the parameters win (they are what vendors maintain; the header's 16-bit words overflow), except
 * for the data start, where the header word is the one every writer keeps valid. Every decision that
 * departs from the plain specification is recorded as a quirk.
 */
public final class FileDecoder {

    private static final int BLOCK = 512;
    /** Counts above this must be backed by file bytes before anything is sized by them. */
    private static final long PLAIN_COUNT_LIMIT = 65535;

    private final Source src;
    private final Quirks quirks = new Quirks();

    private FileDecoder(ByteBuffer buffer, String name) {
        this.src = new Source(buffer, name);
    }

    public static C3dFile decode(ByteBuffer buffer, String name) throws C3dFormatException {
        return new FileDecoder(buffer, name).run();
    }

    private record RawHeader(int parameterBlock, int pointCount, int analogTotal, int firstFrame, int lastFrame, int gap, float scale,
            int dataStart, int samplesPerChannel, float rate, boolean fourCharEvents, List<HeaderEvent> events) {
    }

    private C3dFile run() throws C3dFormatException {
        if (src.length == 0) {
            throw src.error(0, "the file is empty");
        }
        if (src.length < BLOCK) {
            throw src.error(src.length, "the file has " + src.length + " bytes, fewer than the 512-byte header");
        }
        int parameterBlock = src.u8(0, "header");
        int key = src.u8(1, "header");
        boolean headerless = parameterBlock == 1 && isProcessorCode(src.u8(3, "header"));
        long parameterStart;
        if (headerless) {
            parameterStart = 0;
            quirks.add("NO_HEADER", "the parameter section starts in block 1: the file has no header block",
                    "took all header facts from the parameters", 0);
        } else {
            if (key != 0x50) {
                quirks.add("HEADER_KEY", "header byte 2 is " + key + ", not 80 (0x50)", "read the file anyway", 1);
            }
            if (parameterBlock < 2 || (long) (parameterBlock - 1) * BLOCK + 4 > src.length) {
                quirks.add("PARAMETER_BLOCK_INVALID", "the header points to parameter block " + parameterBlock,
                        "looked for the parameters in block 2", 0);
                parameterBlock = 2;
            }
            parameterStart = (long) (parameterBlock - 1) * BLOCK;
        }

        boolean hasParameters = true;
        ProcessorType processor;
        int processorCode = src.u8(parameterStart + 3, "parameter section header");
        Optional<ProcessorType> declared = ProcessorType.fromCode(processorCode);
        if (declared.isPresent()) {
            processor = declared.get();
        } else if (processorCode >= 1 && processorCode <= 3) {
            processor = ProcessorType.fromCode(processorCode + 83).orElseThrow();
            quirks.add("PROCESSOR_CODE_WITHOUT_83", "processor type stored as " + processorCode + " instead of " + (processorCode + 83),
                    "read it as " + processor.displayName(), parameterStart + 3);
        } else if (!headerless) {
            processor = guessProcessor(parameterStart, processorCode);
            hasParameters = false;
        } else {
            throw src.error(parameterStart + 3, "unknown processor type " + processorCode);
        }
        src.processor(processor);

        Optional<RawHeader> header = headerless ? Optional.empty() : Optional.of(readHeader(parameterBlock));
        C3dParameters parameters = C3dParameters.empty();
        if (hasParameters) {
            int blocks = src.u8(parameterStart + 2, "parameter section header");
            long declaredEnd = parameterStart + (long) blocks * BLOCK;
            long limit = src.length;
            if (header.isPresent()) {
                long dataOffset = ((long) header.get().dataStart - 1) * BLOCK;
                if (dataOffset > parameterStart && dataOffset <= src.length) {
                    limit = dataOffset;
                    if (declaredEnd != dataOffset && blocks > 0) {
                        quirks.add("PARAMETER_BLOCK_COUNT",
                                "the parameter section declares " + blocks + " blocks but the data starts at block "
                                        + header.get().dataStart,
                                "read parameters up to the data start", parameterStart + 2);
                    }
                } else if (blocks > 0) {
                    limit = Math.min(declaredEnd, src.length);
                }
            } else if (blocks > 0) {
                limit = Math.min(declaredEnd, src.length);
            }
            parameters = new ParameterSectionReader(src, quirks).read(parameterStart, limit);
        }
        return assemble(header, processor, parameters, parameterStart);
    }

    private static boolean isProcessorCode(int code) {
        return code >= 84 && code <= 86;
    }

    /** No usable parameter section: decide the processor from plausible header floats. */
    private ProcessorType guessProcessor(long parameterStart, int code) throws C3dFormatException {
        for (ProcessorType type : ProcessorType.values()) {
            float rate = src.f32As(type, 20);
            float scale = src.f32As(type, 12);
            if (Float.isFinite(rate) && rate > 0 && rate < 1e6 && Float.isFinite(scale) && scale != 0 && Math.abs(scale) < 1e6) {
                quirks.add("NO_PARAMETERS", "the parameter section has no valid processor type (byte " + code + ")",
                        "read the data from the header alone, as " + type.displayName() + " (the only plausible header floats)",
                        parameterStart + 3);
                return type;
            }
        }
        throw src.error(parameterStart + 3, "unknown processor type " + code + " and no plausible header");
    }

    private RawHeader readHeader(int parameterBlock) throws C3dFormatException {
        int eventCount = src.u16(300, "header events");
        boolean fourChar = src.u16(298, "header") == 12345;
        List<HeaderEvent> events = new ArrayList<>();
        if (eventCount > 18) {
            quirks.add("HEADER_EVENT_COUNT", "the header claims " + eventCount + " events (at most 18 fit)", "ignored the header events",
                    300);
        } else {
            for (int i = 0; i < eventCount; i++) {
                byte[] label = src.bytes(396 + 4L * i, 4, "header event labels");
                events.add(new HeaderEvent(C3dParameterAccess.decode(label), src.f32(304 + 4L * i, "header event times"),
                        src.u8(376 + i, "header event flags")));
            }
        }
        return new RawHeader(parameterBlock, src.u16(2, "header"), src.u16(4, "header"), src.u16(6, "header"), src.u16(8, "header"),
                src.u16(10, "header"), src.f32(12, "header"), src.u16(16, "header"), src.u16(18, "header"), src.f32(20, "header"), fourChar,
                events);
    }

    private C3dFile assemble(Optional<RawHeader> header, ProcessorType processor, C3dParameters p, long parameterStart)
            throws C3dFormatException {
        RawHeader h = header.orElse(null);

        // ---- scale and storage
        OptionalLong noCount = OptionalLong.empty();
        var scaleParam = C3dParameterAccess.number(p, "POINT", "SCALE");
        float scale;
        if (scaleParam.isPresent()) {
            scale = (float) scaleParam.getAsDouble();
            if (h != null && Math.signum(scale) != Math.signum(h.scale)) {
                quirks.add("SCALE_SIGN_DIFFERS", "POINT:SCALE is " + scale + " but the header scale is " + h.scale,
                        "used POINT:SCALE (" + (scale < 0 ? "float" : "integer") + " storage)", 12);
            }
        } else if (h != null) {
            scale = h.scale;
        } else {
            throw src.error(parameterStart, "no POINT:SCALE and no header: the storage format is unknown");
        }
        if (scale == 0 || !Float.isFinite(scale)) {
            float fallback = h != null && h.scale != 0 && Float.isFinite(h.scale) ? h.scale : -1f;
            quirks.add("SCALE_ZERO", "POINT:SCALE is " + scale, "used " + fallback + " instead");
            scale = fallback;
        }
        StorageFormat storage = scale < 0 ? StorageFormat.FLOAT : StorageFormat.INTEGER;

        // ---- counts
        long points = countWithFallback(p, "POINT", "USED", h == null ? noCount : OptionalLong.of(h.pointCount), "points", 2);
        double rate = rate(p, h);

        long channels;
        int samplesPerFrame;
        OptionalLong analogUsed = C3dParameterAccess.count(p, "ANALOG", "USED");
        var analogRateParam = C3dParameterAccess.number(p, "ANALOG", "RATE");
        int headerSpf = h == null ? 0 : h.samplesPerChannel;
        if (analogUsed.isPresent()) {
            channels = analogUsed.getAsLong();
        } else {
            channels = h != null && h.samplesPerChannel > 0 ? h.analogTotal / h.samplesPerChannel : 0;
            if (channels > 0) {
                quirks.add("ANALOG_USED_MISSING", "no ANALOG:USED parameter", "took " + channels + " channels from the header");
            }
        }
        if (analogRateParam.isPresent() && rate > 0 && Double.isFinite(analogRateParam.getAsDouble())
                && analogRateParam.getAsDouble() > 0) {
            double ratio = analogRateParam.getAsDouble() / rate;
            long rounded = Math.round(ratio);
            if (rounded >= 1 && Math.abs(ratio - rounded) <= 1e-3 * Math.max(1, ratio)) {
                samplesPerFrame = (int) Math.min(rounded, 65535);
                if (channels > 0 && headerSpf > 0 && headerSpf != samplesPerFrame) {
                    quirks.add("ANALOG_SAMPLES_DIFFER",
                            "header word 10 says " + headerSpf + " analog samples per frame, ANALOG:RATE / POINT:RATE = "
                                    + samplesPerFrame,
                            "used the parameters", 18);
                }
            } else {
                samplesPerFrame = headerSpf > 0 ? headerSpf : (int) Math.max(1, Math.min(rounded, 65535));
                if (channels > 0) {
                    quirks.add("ANALOG_RATE_NOT_MULTIPLE",
                            "ANALOG:RATE " + analogRateParam.getAsDouble() + " is not a whole multiple of POINT:RATE " + rate,
                            "used " + samplesPerFrame + " samples per frame" + (headerSpf > 0 ? " from the header" : ""));
                }
            }
        } else {
            samplesPerFrame = headerSpf;
            if (channels > 0) {
                if (samplesPerFrame <= 0) {
                    throw src.error(18, channels + " analog channels but neither ANALOG:RATE nor header word 10 give samples per frame");
                }
                quirks.add("ANALOG_RATE_MISSING", "no usable ANALOG:RATE",
                        "derived it from the header: " + samplesPerFrame + " samples per frame x POINT:RATE");
            }
        }
        if (h != null && channels > 0 && channels * samplesPerFrame != h.analogTotal) {
            quirks.add("HEADER_ANALOG_COUNT",
                    "header word 3 says " + h.analogTotal + " analog samples per frame, the parameters say " + channels + " x "
                            + samplesPerFrame,
                    "used the parameters", 4);
        }
        // every point or channel is backed by data or at least by parameter bytes: bound the descriptions we create
        long descriptionLimit = Math.max(1024, src.length / 4);
        if (points + channels > descriptionLimit) {
            throw src.error(2,
                    points + " points and " + channels + " analog channels are implausible for a file of " + src.length + " bytes");
        }
        if (points > PLAIN_COUNT_LIMIT && points * 16 > src.length) {
            throw src.error(0, points + " points are implausible for a file of " + src.length + " bytes");
        }
        if (channels > PLAIN_COUNT_LIMIT && channels * 8 > src.length) {
            throw src.error(0, channels + " analog channels are implausible for a file of " + src.length + " bytes");
        }

        // ---- data start and frames
        long frameBytes = (points * 4 + channels * samplesPerFrame) * storage.bytesPerWord();
        long dataOffset = dataOffset(p, h, parameterStart, frameBytes);
        long available = Math.max(0, src.length - dataOffset);
        long claimed = claimedFrames(p, h, frameBytes > 0 ? available / frameBytes : Long.MAX_VALUE);
        if (h != null && frameBytes > 0 && claimed > available / frameBytes) {
            // parameters that do not fit the data while the header's counts do: the header is right
            long headerFrameBytes = ((long) h.pointCount * 4 + h.analogTotal) * storage.bytesPerWord();
            int spfFromHeader = h.samplesPerChannel > 0 ? h.samplesPerChannel : samplesPerFrame;
            if (headerFrameBytes > 0 && headerFrameBytes != frameBytes && claimed <= available / headerFrameBytes && spfFromHeader > 0
                    && h.analogTotal % spfFromHeader == 0) {
                quirks.add("COUNTS_FROM_HEADER", "with " + points + " points and " + channels + " x " + samplesPerFrame
                        + " analog samples (parameters) the data cannot hold " + claimed + " frames; the header's " + h.pointCount
                        + " points and "
                        + h.analogTotal + " analog samples per frame fit", "used the header counts", 2);
                points = h.pointCount;
                channels = h.analogTotal / spfFromHeader;
                samplesPerFrame = channels > 0 ? spfFromHeader : samplesPerFrame;
                frameBytes = headerFrameBytes;
            }
        }
        long availableFrames = frameBytes > 0 ? available / frameBytes : Long.MAX_VALUE;
        long frames = claimed;
        if (frameBytes > 0 && claimed > availableFrames) {
            long headerFrames = h == null ? -1 : h.lastFrame >= h.firstFrame ? h.lastFrame - h.firstFrame + 1 : -1;
            if (headerFrames > 0 && headerFrames <= availableFrames) {
                quirks.add("FRAMES_EXCEED_DATA", "POINT:FRAMES says " + claimed + " frames, the data section holds " + availableFrames
                        + " and the header says " + headerFrames, "used the header frame count", dataOffset);
                frames = headerFrames;
            } else {
                quirks.add("DATA_TRUNCATED",
                        "the data section holds " + availableFrames + " complete frames of the " + claimed + " declared",
                        "read the " + availableFrames + " frames present", dataOffset + availableFrames * frameBytes);
                frames = availableFrames;
            }
        }
        if (frames > Integer.MAX_VALUE - 8) {
            // only possible without point or analog data (nothing bounds the count by bytes)
            throw src.error(dataOffset, "a frame count of " + frames + " is beyond what this reader represents");
        }
        long firstFrame = firstFrame(p, h);

        // ---- guard: everything allocated below is bounded by the bytes present
        if (frames * frameBytes > available) {
            throw src.error(dataOffset, "internal size check failed");
        }
        long pointFloats = frames * points * 4;
        long analogFloats = frames * channels * samplesPerFrame;
        if (pointFloats > Integer.MAX_VALUE - 8 || analogFloats > Integer.MAX_VALUE - 8) {
            throw src.error(dataOffset, "the data section is too large for one array (" + frames + " frames)");
        }
        float[] pointSamples = new float[(int) pointFloats];
        float[] analogRaw = new float[(int) analogFloats];
        boolean unsigned = Signals.analogUnsigned(p);
        DataDecoder.decode(src.buffer, (int) dataOffset, processor, storage, (int) frames, (int) (points * 4),
                (int) (channels * samplesPerFrame),
                Math.abs(scale), unsigned && storage == StorageFormat.INTEGER, pointSamples, analogRaw);

        // ---- descriptions
        List<C3dPoint> pointList = Signals.points(p, (int) points, quirks);
        List<AnalogChannel> analogList = Signals.analogs(p, (int) channels, quirks);
        float genScale = Signals.genScale(p, quirks);
        double[] factors = new double[analogList.size()];
        double[] offsets = new double[analogList.size()];
        for (int i = 0; i < factors.length; i++) {
            factors[i] = (double) analogList.get(i).scale() * genScale;
            offsets[i] = analogList.get(i).offset();
        }
        boolean occlusion = hasOcclusionSentinel(pointSamples);
        if (occlusion) {
            quirks.add("OCCLUSION_9999999", "coordinates of 9999999 mark occluded markers (Motion Analysis convention)",
                    "treated those samples as invalid");
        }
        if (!p.parameter("POINT", "UNITS").isPresent() && points > 0) {
            quirks.add("POINT_UNITS_MISSING", "no POINT:UNITS", "left marker units empty (unknown)");
        }
        checkKineticUnits(p, pointList);
        if (p.group("ROTATION").isPresent()) {
            quirks.add("ROTATION_GROUP", "a ROTATION group (C3D 2020 extension) is present",
                    "kept its parameters; its data block is not decoded");
        }
        if (p.parameter("ANALOG", "FORMAT").isEmpty() && channels > 0 && storage == StorageFormat.INTEGER) {
            quirks.add("ANALOG_FORMAT_MISSING", "no ANALOG:FORMAT", "read integer analog samples as SIGNED");
        }

        List<HeaderEvent> headerEvents = h == null ? List.of() : h.events;
        List<C3dEvent> events;
        if (Signals.eventGroup(p).isPresent()) {
            events = Signals.events(p, quirks);
        } else {
            events = new ArrayList<>();
            for (HeaderEvent e : headerEvents) {
                events.add(new C3dEvent("", e.label(), "", "", e.timeSeconds(), 0, 0));
            }
        }

        String vendor = Vendors.describe(p);
        Optional<C3dHeader> publicHeader = header
                .map(r -> new C3dHeader(r.parameterBlock, r.pointCount, r.analogTotal, r.firstFrame, r.lastFrame,
                        r.gap, r.scale, r.dataStart, r.samplesPerChannel, r.rate, r.fourCharEvents, r.events));
        double analogRate = channels > 0 || samplesPerFrame > 0
                ? rate * samplesPerFrame
                : analogRateParam.orElse(0);
        PointData pointData = new PointData((int) frames, (int) points, Math.abs(scale), occlusion, pointSamples);
        AnalogData analogData = new AnalogData((int) channels, (int) (channels == 0 ? 0 : frames * samplesPerFrame), analogRaw, factors,
                offsets);
        return new C3dFile(src.name, publicHeader, processor, storage, (int) Math.min(firstFrame, Integer.MAX_VALUE), (int) frames, rate,
                analogRate, samplesPerFrame, pointList, pointData, analogList, analogData, genScale, events, headerEvents,
                h == null ? 0 : h.gap, p, quirks.toList(vendor));
    }

    private long countWithFallback(C3dParameters p, String group, String name, OptionalLong headerValue, String what, long headerOffset)
            throws C3dFormatException {
        Optional<C3dParameter> param = p.parameter(group, name);
        OptionalLong value = param.map(C3dParameter::firstCount).orElse(OptionalLong.empty());
        if (param.isPresent() && value.isEmpty()) {
            quirks.add("COUNT_INVALID", group + ":" + name + " is not a valid count", "used the header");
        }
        if (value.isPresent()) {
            if (headerValue.isPresent() && headerValue.getAsLong() != value.getAsLong()) {
                quirks.add("HEADER_COUNT_DIFFERS",
                        "header says " + headerValue.getAsLong() + " " + what + ", " + group + ":" + name + " says "
                                + value.getAsLong(),
                        "used the parameter", headerOffset);
            }
            if (param.get().type() != ParameterType.INT) {
                quirks.add("COUNT_TYPE", group + ":" + name + " is stored as " + param.get().type() + " instead of INT",
                        "read it as a number");
            }
            return value.getAsLong();
        }
        if (headerValue.isPresent()) {
            if (param.isEmpty() && p.group(group).isPresent()) {
                quirks.add("PARAMETER_MISSING", "no " + group + ":" + name, "used the header (" + headerValue.getAsLong() + ")");
            }
            return headerValue.getAsLong();
        }
        throw src.error(0, "no " + group + ":" + name + " and no header");
    }

    private double rate(C3dParameters p, RawHeader h) {
        var param = C3dParameterAccess.number(p, "POINT", "RATE");
        double rate;
        if (param.isPresent()) {
            rate = (float) param.getAsDouble();
            if (h != null && Math.abs(h.rate - rate) > 1e-4 * Math.max(1, Math.abs(rate))) {
                quirks.add("HEADER_RATE_DIFFERS", "header rate " + h.rate + " Hz, POINT:RATE " + rate + " Hz", "used POINT:RATE", 20);
            }
        } else if (h != null) {
            rate = h.rate;
        } else {
            rate = 0;
        }
        if (!(rate > 0) || !Double.isFinite(rate)) {
            quirks.add("RATE_INVALID", "the point rate is " + rate, "reported rate 0; times cannot be converted to frames");
            return 0;
        }
        return rate;
    }

    private long dataOffset(C3dParameters p, RawHeader h, long parameterStart, long frameBytes) throws C3dFormatException {
        OptionalLong param = C3dParameterAccess.count(p, "POINT", "DATA_START");
        long fromHeader = h == null ? -1 : h.dataStart;
        boolean headerValid = fromHeader >= 1 && (fromHeader - 1) * BLOCK > parameterStart && (fromHeader - 1) * BLOCK <= src.length;
        boolean paramValid = param.isPresent() && param.getAsLong() >= 1 && (param.getAsLong() - 1) * BLOCK > parameterStart
                && (param.getAsLong() - 1) * BLOCK <= src.length;
        if (headerValid) {
            if (param.isPresent() && param.getAsLong() != fromHeader) {
                quirks.add("DATA_START_DIFFERS", "header data start block " + fromHeader + ", POINT:DATA_START " + param.getAsLong(),
                        "used the header", 16);
            }
            return (fromHeader - 1) * BLOCK;
        }
        if (paramValid) {
            if (h != null) {
                quirks.add("HEADER_DATA_START_INVALID", "header data start block " + fromHeader + " is not after the parameters",
                        "used POINT:DATA_START " + param.getAsLong(), 16);
            }
            return (param.getAsLong() - 1) * BLOCK;
        }
        if (frameBytes == 0) {
            return src.length;
        }
        throw src.error(16,
                "no valid data start (header block " + fromHeader + ", POINT:DATA_START "
                        + (param.isPresent() ? param.getAsLong() : "absent")
                        + ", file of " + src.length + " bytes)");
    }

    /** Frame count as declared: POINT:FRAMES, TRIAL:ACTUAL_*_FIELD and POINT:LONG_FRAMES for long trials, header last. */
    private long claimedFrames(C3dParameters p, RawHeader h, long availableFrames) {
        long headerFrames = h == null ? -1 : (h.lastFrame >= h.firstFrame ? h.lastFrame - h.firstFrame + 1 : 0);
        Optional<C3dParameter> framesParam = p.parameter("POINT", "FRAMES");
        OptionalLong pointFrames = framesParam.map(C3dParameter::firstCount).orElse(OptionalLong.empty());
        long claimed;
        if (pointFrames.isPresent()) {
            claimed = pointFrames.getAsLong();
            if (framesParam.get().type() == ParameterType.FLOAT && claimed <= 65535) {
                quirks.add("FRAMES_STORED_AS_FLOAT", "POINT:FRAMES is stored as FLOAT", "read it as a number");
            }
        } else {
            claimed = Math.max(0, headerFrames);
            quirks.add("FRAMES_MISSING", "no usable POINT:FRAMES", "used the header frame range (" + claimed + " frames)");
        }
        long longTrial = Math.max(trialFrames(p), C3dParameterAccess.count(p, "POINT", "LONG_FRAMES").orElse(-1));
        boolean overflowSign = claimed == 65535 || (h != null && h.lastFrame == 65535) || claimed == 32767;
        if (longTrial > claimed && (overflowSign || longTrial > 65535)) {
            quirks.add("FRAMES_BEYOND_16_BITS",
                    "POINT:FRAMES/header say " + claimed + " frames; TRIAL:ACTUAL_*_FIELD / POINT:LONG_FRAMES say " + longTrial,
                    "used " + longTrial);
            claimed = longTrial;
        } else if (headerFrames >= 0 && headerFrames != claimed && !(h.lastFrame == 65535 && claimed > 65535)) {
            quirks.add("HEADER_FRAMES_DIFFER",
                    "header frames " + h.firstFrame + ".." + h.lastFrame + " (" + headerFrames + ") vs POINT:FRAMES " + claimed,
                    "used POINT:FRAMES", 8);
        }
        if (claimed == 65535 && availableFrames != Long.MAX_VALUE && availableFrames > claimed && p.group("ROTATION").isEmpty()) {
            quirks.add("FRAMES_CAPPED_AT_65535",
                    "the frame count is capped at 65535 but the data section holds " + availableFrames + " frames",
                    "read all " + availableFrames + " frames");
            claimed = availableFrames;
        }
        return claimed;
    }

    /** TRIAL:ACTUAL_END_FIELD - ACTUAL_START_FIELD + 1, each stored as two 16-bit words (low, high). */
    private static long trialFrames(C3dParameters p) {
        long start = trialField(p, "ACTUAL_START_FIELD");
        long end = trialField(p, "ACTUAL_END_FIELD");
        return start >= 0 && end >= start ? end - start + 1 : -1;
    }

    private static long trialField(C3dParameters p, String name) {
        Optional<C3dParameter> q = p.parameter("TRIAL", name);
        if (q.isEmpty()) {
            return -1;
        }
        long[] c = q.get().counts();
        if (c.length == 0 || c[0] < 0) {
            return -1;
        }
        return c.length >= 2 && c[1] >= 0 ? c[0] + (c[1] << 16) : c[0];
    }

    private long firstFrame(C3dParameters p, RawHeader h) {
        long trialStart = trialField(p, "ACTUAL_START_FIELD");
        if (h == null) {
            return trialStart > 0 ? trialStart : 1;
        }
        if (trialStart > 65535 && h.firstFrame == 65535) {
            return trialStart;
        }
        if (h.firstFrame == 0) {
            quirks.add("FIRST_FRAME_ZERO", "the header's first frame is 0 (frames are 1-based)", "kept 0", 6);
        }
        return h.firstFrame;
    }

    private static boolean hasOcclusionSentinel(float[] samples) {
        for (int i = 0; i < samples.length; i += 4) {
            if (Math.abs(samples[i]) == PointData.OCCLUDED) {
                return true;
            }
        }
        return false;
    }

    private void checkKineticUnits(C3dParameters p, List<C3dPoint> points) {
        if (!Vendors.isVicon(p)) {
            return;
        }
        for (PointType type : new PointType[]{PointType.FORCE, PointType.MOMENT, PointType.POWER}) {
            Optional<C3dPoint> first = points.stream().filter(q -> q.type() == type).findFirst();
            if (first.isPresent() && !first.get().units().contains("/kg")) {
                quirks.add("KINETIC_UNITS_NOT_NORMALISED", "POINT:" + type.unitsParameter() + " = '" + first.get().units()
                        + "' but Vicon model kinetics (e.g. Plug-in Gait) are usually mass-normalised (per kg)",
                        "kept the declared units; check PROCESSING:Bodymass before using them as absolute values");
            }
        }
    }
}
