package org.ambulo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ambulo.cgm.internal.CgmCalibrationProcessor;
import org.ambulo.cgm.internal.CgmKinematicsProcessor;
import org.ambulo.cgm.internal.CgmKineticsProcessor;
import org.ambulo.cli.internal.analysis.AnalysisException;
import org.ambulo.cli.internal.analysis.AnalysisResult;
import org.ambulo.cli.internal.analysis.SessionAnalysis;
import org.ambulo.cycles.internal.SegmentProcessor;
import org.ambulo.cycles.internal.SpatiotemporalProcessor;
import org.ambulo.demo.DemoSession;
import org.ambulo.emg.internal.EmgActivationProcessor;
import org.ambulo.emg.internal.EmgProcessProcessor;
import org.ambulo.events.internal.CombinedEventsProcessor;
import org.ambulo.forceplate.internal.ContactsProcessor;
import org.ambulo.forceplate.internal.ReactionsProcessor;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.internal.GaitProfileProcessor;
import org.ambulo.norms.supplier.emgwindows.internal.EmgWindowsDataset;
import org.ambulo.norms.supplier.pinzone2014.internal.Pinzone2014Dataset;
import org.ambulo.norms.supplier.schwartz2008.internal.Schwartz2008Dataset;
import org.ambulo.norms.supplier.stpranges.internal.StpRangesDataset;
import org.ambulo.pipeline.Processor;
import org.ambulo.pipeline.ProcessorRegistry;
import org.ambulo.pipeline.ProgressListener;
import org.ambulo.pipeline.session.Session;
import org.ambulo.pipeline.session.SessionException;
import org.ambulo.pipeline.session.SessionJson;
import org.ambulo.signal.internal.MarkerGapFillProcessor;
import org.ambulo.signal.internal.MarkerLowPassProcessor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code ambulo analyze --demo} warm, in one JVM: the bundled demo session (Kinetics Toolkit walk.c3d, 4 plates, 32
 * EMG channels) through the full method, report mapping, the 7-page PDF, its CSVs, the processed C3D and the
 * provenance JSON, in milliseconds per session. The processors and norm datasets are built once, as the DS services
 * are in the product; the cold run through the product (JVM and OSGi start included) is about 1.8 s. Needs no shared
 * data: the demo files are resources.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalyzeBenchmark {

    @State(Scope.Benchmark)
    public static class DemoState {
        Path dir;
        Session session;
        ProcessorRegistry registry;
        List<NormDataset> datasets;

        @Setup(Level.Trial)
        public void extract() throws IOException, SessionException {
            dir = Files.createTempDirectory("ambulo-analyze-bench");
            session = SessionJson.read(DemoSession.extractTo(dir.resolve("demo-session")));
            datasets = List.of(new Schwartz2008Dataset(), new Pinzone2014Dataset(), new StpRangesDataset(), new EmgWindowsDataset());
            registry = registry(datasets);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The shipped processors, as the DS registry offers them in the product. */
    static ProcessorRegistry registry(List<NormDataset> datasets) {
        List<Processor<?>> processors = new ArrayList<>(List.of(new MarkerGapFillProcessor(), new MarkerLowPassProcessor(),
                new ReactionsProcessor(), new ContactsProcessor(), new CombinedEventsProcessor(), new CgmCalibrationProcessor(),
                new CgmKinematicsProcessor(), new CgmKineticsProcessor(), new SegmentProcessor(), new SpatiotemporalProcessor(),
                new EmgProcessProcessor(), new EmgActivationProcessor(), new GaitProfileProcessor(datasets)));
        processors.sort(Comparator.comparing(Processor::id));
        return new ProcessorRegistry() {
            @Override
            public Optional<Processor<?>> find(String id) {
                return processors.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public List<Processor<?>> all() {
                return processors;
            }
        };
    }

    /** Analysis and all outputs of the demo session; returns the page count so nothing is optimised away. */
    @Benchmark
    public int demoSessionToPdf(DemoState state) throws AnalysisException, IOException {
        AnalysisResult result = new SessionAnalysis("bench", state.registry, state.datasets).run(state.session, state.dir.resolve("out"),
                ProgressListener.NONE);
        return result.pages();
    }
}
