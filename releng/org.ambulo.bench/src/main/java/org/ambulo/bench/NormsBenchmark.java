package org.ambulo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dFormatException;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.model.Side;
import org.ambulo.norms.CurveComparison;
import org.ambulo.norms.GaitIndices;
import org.ambulo.norms.GaitVariable;
import org.ambulo.norms.GaitVector;
import org.ambulo.norms.GdiBasis;
import org.ambulo.norms.MovementAnalysisProfile;
import org.ambulo.norms.NexusCurves;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormComparison;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormJson;
import org.ambulo.norms.NormSelection;
import org.ambulo.norms.PatientCycles;
import org.ambulo.norms.PatientFacts;
import org.ambulo.norms.Selection;
import org.ambulo.norms.Sex;
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
 * Comparing a full session with norms: 10 trials' cycles (the cycles of PiG_Motion-FlatFoot-Full's Nexus outputs, 10
 * times, each copy offset by a different small amount so no two are equal), norm selection among the Schwartz 2008
 * bins (read from the supplier bundle's data file), GVS/GPS/MAP, GDI against a 60-cycle control basis, and z-score
 * curves with % outside ±1/±2 SD for every variable of every cycle. Goal: under 20 ms per session.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NormsBenchmark {

    static final String SCHWARTZ = "bundles/org.ambulo.norms.supplier.schwartz2008/data/schwartz2008.json";
    static final int TRIALS = 10;

    @State(Scope.Benchmark)
    public static class Session {
        PatientCycles cycles;
        List<NormDataset> datasets;
        GdiBasis basis;
        PatientFacts facts = PatientFacts.of(11, Sex.FEMALE, 800, 1.1, "PiG");

        @Setup(Level.Trial)
        public void build() throws IOException, C3dFormatException {
            datasets = List.of(NormJson.read(bundleFile(SCHWARTZ)));
            C3dFile file = C3dReader.read(BenchFiles.real("pig_full"));
            PatientCycles one = NexusCurves.cycles(file, C3dTrials.gaitEvents(file));
            PatientCycles.Builder session = PatientCycles.builder();
            for (int t = 0; t < TRIALS; t++) {
                double offsetDeg = 0.1 * t;
                for (Side side : Side.values()) {
                    for (GaitVariable v : GaitVariable.values()) {
                        for (double[] curve : one.curves(side, v)) {
                            double[] shifted = curve.clone();
                            for (int i = 0; i < shifted.length; i++) {
                                shifted[i] += offsetDeg;
                            }
                            session.add(side, v, shifted);
                        }
                    }
                }
            }
            cycles = session.build();
            basis = GdiBasis.build(controls(datasets.get(0).bin("free").orElseThrow(), 60), "bench", "60 synthetic control cycles");
            System.out.println("\nsession: " + cycles.cycleCount(Side.LEFT) + " left and " + cycles.cycleCount(Side.RIGHT)
                    + " right cycles; selected " + NormSelection.select(facts, datasets).bin().id());
        }
    }

    /** Control gait vectors: the norm mean plus a random multiple of its SD per variable (known, varied structure). */
    static List<double[]> controls(NormBin bin, int count) {
        Random random = new Random(42);
        List<double[]> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            double[][] curves = new double[9][101];
            int v = 0;
            for (GaitVariable variable : GaitVariable.gpsVariables()) {
                var norm = bin.curve(variable).orElseThrow();
                double k = random.nextGaussian();
                double phase = random.nextGaussian();
                for (int i = 0; i <= 100; i++) {
                    double pct = i;
                    int j = Math.min(norm.percent().length - 1, (int) Math.round(pct / (100.0 / (norm.percent().length - 1))));
                    curves[v][i] = norm.mean()[j] + k * norm.sd()[j] + phase * Math.sin(2 * Math.PI * pct / 100);
                }
                v++;
            }
            out.add(GaitVector.of(curves));
        }
        return out;
    }

    static Path bundleFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    @Benchmark
    public void compareSessionWithNorms(Session s, Blackhole blackhole) {
        Selection selection = NormSelection.select(s.facts, s.datasets);
        MovementAnalysisProfile profile = GaitIndices.compute(s.cycles, selection.dataset(), selection.bin());
        Map<Side, Double> gdi = GaitIndices.gdi(s.cycles, s.basis);
        Map<Side, List<CurveComparison>> z = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            List<CurveComparison> list = new ArrayList<>();
            for (GaitVariable v : GaitVariable.values()) {
                var norm = selection.bin().curve(v);
                if (norm.isEmpty()) {
                    continue;
                }
                for (double[] curve : s.cycles.curves(side, v)) {
                    list.add(NormComparison.compare(v, curve, norm.get()));
                }
            }
            z.put(side, list);
        }
        blackhole.consume(profile);
        blackhole.consume(gdi);
        blackhole.consume(z);
    }
}
