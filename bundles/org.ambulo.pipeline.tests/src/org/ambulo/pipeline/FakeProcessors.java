package org.ambulo.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.model.MarkerTrajectory;
import org.ambulo.testdata.SharedData;

/** Processors for the tests: they compute real numbers from the trial's markers, so determinism can be checked. */
final class FakeProcessors {

    static final String SMOOTH = "org.ambulo.test.smooth";
    static final String PATH_LENGTH = "org.ambulo.test.pathLength";
    static final String CALIBRATE = "org.ambulo.test.calibrate";
    static final String FAIL_ON = "org.ambulo.test.failOn";
    static final String NEEDS_SMOOTHED = "org.ambulo.test.needsSmoothed";

    /** Moving-average-smoothed marker coordinates, by label (sorted), x/y/z concatenated. */
    static final ResultKey<SmoothedMarkers> SMOOTHED = ResultKey.of("org.ambulo.test.smoothed", SmoothedMarkers.class);
    /** Path length of every marker, mm, by label. */
    static final ResultKey<PathLengths> PATH_LENGTHS = ResultKey.of("org.ambulo.test.pathLengths", PathLengths.class);
    /** A number computed on the static trial. */
    static final ResultKey<Double> CALIBRATION = ResultKey.of("org.ambulo.test.calibration", Double.class);

    record SmoothedMarkers(Map<String, double[]> xyzMm) {
    }

    record PathLengths(Map<String, Double> lengthMm, double calibrationFactor) {
    }

    static Path shared(String name) {
        return SharedData.resolve("OpenMA__openma-data/input/c3d/other/" + name);
    }

    static Map<String, MarkerTrajectory> markers(TrialContext context, String id) throws ProcessingException {
        try {
            return C3dTrials.markers(context.source());
        } catch (C3dFormatException e) {
            throw new ProcessingException(context.source().sourceName(), id, e.getMessage(), e);
        }
    }

    abstract static class Base<S extends Record> implements Processor<S> {
        private final String id;
        private final Class<S> type;
        private final S defaults;

        Base(String id, Class<S> type, S defaults) {
            this.id = id;
            this.type = type;
            this.defaults = defaults;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String version() {
            return "1.0";
        }

        @Override
        public String description() {
            return "test processor " + id;
        }

        @Override
        public Class<S> settingsType() {
            return type;
        }

        @Override
        public S defaultSettings() {
            return defaults;
        }
    }

    /** @param windowFrames centred moving-average window, odd */
    record SmoothSettings(int windowFrames, double scale) {
        SmoothSettings {
            if (windowFrames < 1 || windowFrames % 2 == 0) {
                throw new IllegalArgumentException("windowFrames must be odd and positive, was " + windowFrames);
            }
        }
    }

    static final class Smooth extends Base<SmoothSettings> {
        Smooth() {
            super(SMOOTH, SmoothSettings.class, new SmoothSettings(5, 1.0));
        }

        @Override
        public List<ResultKey<?>> produces() {
            return List.of(SMOOTHED);
        }

        @Override
        public TrialContext process(TrialContext context, SmoothSettings settings) throws ProcessingException {
            Map<String, double[]> out = new TreeMap<>();
            markers(context, SMOOTH).forEach((label, marker) -> {
                double[] x = average(marker.xMm(), settings.windowFrames());
                double[] y = average(marker.yMm(), settings.windowFrames());
                double[] z = average(marker.zMm(), settings.windowFrames());
                double[] xyz = new double[x.length * 3];
                for (int i = 0; i < x.length; i++) {
                    xyz[3 * i] = x[i] * settings.scale();
                    xyz[3 * i + 1] = y[i] * settings.scale();
                    xyz[3 * i + 2] = z[i] * settings.scale();
                }
                out.put(label, xyz);
            });
            return context.with(SMOOTHED, new SmoothedMarkers(out), SMOOTH);
        }

        private static double[] average(double[] values, int window) {
            double[] out = new double[values.length];
            int half = window / 2;
            for (int i = 0; i < values.length; i++) {
                double sum = 0;
                int n = 0;
                for (int j = Math.max(0, i - half); j <= Math.min(values.length - 1, i + half); j++) {
                    if (!Double.isNaN(values[j])) {
                        sum += values[j];
                        n++;
                    }
                }
                out[i] = n == 0 ? Double.NaN : sum / n;
            }
            return out;
        }
    }

    record NoSettings() {
    }

    static final class PathLength extends Base<NoSettings> {
        PathLength() {
            super(PATH_LENGTH, NoSettings.class, new NoSettings());
        }

        @Override
        public List<ResultKey<?>> requires() {
            return List.of(SMOOTHED);
        }

        @Override
        public List<ResultKey<?>> produces() {
            return List.of(PATH_LENGTHS);
        }

        @Override
        public TrialContext process(TrialContext context, NoSettings settings) throws ProcessingException {
            SmoothedMarkers smoothed = context.require(SMOOTHED, PATH_LENGTH);
            double factor = context.get(CALIBRATION).orElse(1.0);
            Map<String, Double> lengths = new TreeMap<>();
            smoothed.xyzMm().forEach((label, xyz) -> {
                double length = 0;
                for (int i = 3; i < xyz.length; i += 3) {
                    double d = Math.sqrt(Math.pow(xyz[i] - xyz[i - 3], 2) + Math.pow(xyz[i + 1] - xyz[i - 2], 2)
                            + Math.pow(xyz[i + 2] - xyz[i - 1], 2));
                    if (!Double.isNaN(d)) {
                        length += d;
                    }
                }
                lengths.put(label, length * factor);
            });
            return context.with(PATH_LENGTHS, new PathLengths(lengths, factor), PATH_LENGTH);
        }
    }

    /** Static-trial step: the mean height of all marker samples, mm, divided by 1000. */
    static final class Calibrate extends Base<NoSettings> {
        Calibrate() {
            super(CALIBRATE, NoSettings.class, new NoSettings());
        }

        @Override
        public List<ResultKey<?>> produces() {
            return List.of(CALIBRATION);
        }

        @Override
        public TrialContext process(TrialContext context, NoSettings settings) throws ProcessingException {
            double sum = 0;
            long n = 0;
            for (MarkerTrajectory marker : markers(context, CALIBRATE).values()) {
                for (double z : marker.zMm()) {
                    if (!Double.isNaN(z)) {
                        sum += z;
                        n++;
                    }
                }
            }
            if (n == 0) {
                throw new ProcessingException(context.source().sourceName(), CALIBRATE, "no marker samples");
            }
            return context.with(CALIBRATION, sum / n / 1000, CALIBRATE);
        }
    }

    /** Fails (with a runtime exception, like a buggy processor) on the trial named in the settings. */
    record FailOnSettings(String fileName, long delayMillisPerIndex, Optional<String> note) {
    }

    static final class FailOn extends Base<FailOnSettings> {
        FailOn() {
            super(FAIL_ON, FailOnSettings.class, new FailOnSettings("", 0, Optional.empty()));
        }

        @Override
        public TrialContext process(TrialContext context, FailOnSettings settings) {
            if (context.source().sourceName().equals(settings.fileName())) {
                throw new IllegalStateException("deliberate failure on " + settings.fileName());
            }
            return context;
        }
    }

    /** A registry over the given processors, like the DS one: first id wins, sorted by id. */
    static ProcessorRegistry registry(Processor<?>... processors) {
        List<Processor<?>> all = new ArrayList<>(List.of(processors));
        all.sort(java.util.Comparator.comparing(Processor::id));
        return new ProcessorRegistry() {
            @Override
            public Optional<Processor<?>> find(String id) {
                return all.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public List<Processor<?>> all() {
                return List.copyOf(all);
            }
        };
    }

    static ProcessorRegistry standard() {
        return registry(new Smooth(), new PathLength(), new Calibrate(), new FailOn());
    }

    private FakeProcessors() {
    }
}
