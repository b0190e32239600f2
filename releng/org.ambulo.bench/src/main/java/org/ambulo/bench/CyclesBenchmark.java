package org.ambulo.bench;

import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.cycles.GaitCycle;
import org.ambulo.cycles.GaitCycles;
import org.ambulo.cycles.Spatiotemporal;
import org.ambulo.cycles.SpatiotemporalTable;
import org.ambulo.events.EventDetection;
import org.ambulo.events.EventSettings;
import org.ambulo.events.GaitEventDetection;
import org.ambulo.model.Side;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per trial of what {@code ambulo stp} does after reading a file: event detection (default combined strategy),
 * cycle segmentation and spatiotemporal parameters, on a 30 s walk at 100 Hz with 4 plates at 1000 Hz. Goal: under
 * 10 ms per trial.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CyclesBenchmark {

    @State(Scope.Benchmark)
    public static class Trial {
        C3dFile file;

        @Setup(Level.Trial)
        public void build() throws C3dFormatException {
            file = SyntheticTrial.build(30);
            // Say what is measured, so that a degenerate run (no events found) is visible in the log.
            EventDetection detection = GaitEventDetection.detect(file, EventSettings.defaults());
            SpatiotemporalTable table = Spatiotemporal.compute(file, detection.events(), OptionalDouble.of(900));
            System.out.println("\n" + file.sourceName() + ": " + detection.events().size() + " events (" + detection.strategy() + "), "
                    + table.cycleCount(Side.LEFT) + " left and " + table.cycleCount(Side.RIGHT) + " right complete cycles");
        }
    }

    @Benchmark
    public SpatiotemporalTable eventsCyclesSpatiotemporal(Trial trial, Blackhole blackhole) throws C3dFormatException {
        EventDetection detection = GaitEventDetection.detect(trial.file, EventSettings.defaults());
        List<GaitCycle> cycles = GaitCycles.segment(detection.events());
        blackhole.consume(cycles);
        return Spatiotemporal.compute(trial.file, detection.events(), OptionalDouble.of(900));
    }
}
