package org.ambulo.norms.supplier.stpranges.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormSelection;
import org.ambulo.norms.NormUse;
import org.ambulo.norms.PatientFacts;
import org.ambulo.norms.Selection;
import org.ambulo.norms.Sex;
import org.ambulo.norms.SpatiotemporalNorm;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

class StpRangesDatasetTest {

    private static final double TOL = 1e-9;
    private final NormDataset bundled = new StpRangesDataset();

    @Test
    void theBundledFileIsTheReproducibleConversionOfTheSource() throws Exception {
        NormDataset converted = StpRangesConverter.convert(SharedData.resolve(StpRangesConverter.SOURCE));
        assertEquals(converted.provenance(), bundled.provenance());
        assertEquals(converted.bins().size(), bundled.bins().size());
        for (NormBin c : converted.bins()) {
            NormBin b = bundled.bin(c.id()).orElseThrow();
            for (SpatiotemporalNorm x : c.spatiotemporal().values()) {
                SpatiotemporalNorm y = b.spatiotemporal(x.parameter()).orElseThrow();
                assertEquals(x.mean().orElse(-1), y.mean().orElse(-1), TOL, c.id() + " " + x.parameter());
                assertEquals(x.sd().orElse(-1), y.sd().orElse(-1), TOL, c.id() + " " + x.parameter());
                assertEquals(x.min().orElse(-1), y.min().orElse(-1), TOL, c.id() + " " + x.parameter());
                assertEquals(x.max().orElse(-1), y.max().orElse(-1), TOL, c.id() + " " + x.parameter());
            }
        }
    }

    /** Spot check from the source line "Female;8;8;Normal;..." (cadence pair at columns 6/7, stride length cm at 12/13). */
    @Test
    void spotCheckAgainstTheSourceLine() throws Exception {
        String line = Files.readAllLines(SharedData.resolve(StpRangesConverter.SOURCE), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("Female;8;8;Normal;")).findFirst().orElseThrow();
        String[] f = line.split(";", -1);
        NormBin bin = bundled.bin("female-8-normal").orElseThrow();
        SpatiotemporalNorm cadence = bin.spatiotemporal("cadence").orElseThrow();
        double lo = Double.parseDouble(f[6]);
        double hi = Double.parseDouble(f[7]);
        assertEquals((lo + hi) / 2, cadence.mean().getAsDouble(), TOL);
        assertEquals((hi - lo) / 2, cadence.sd().getAsDouble(), TOL);
        SpatiotemporalNorm stride = bin.spatiotemporal("stride_length").orElseThrow();
        assertEquals((Double.parseDouble(f[12]) + Double.parseDouble(f[13])) / 200, stride.mean().getAsDouble(), TOL, "cm -> m");
        assertEquals(Double.parseDouble(f[4]) / 100, bin.walkingSpeedMPerS().orElseThrow().min().getAsDouble(), TOL, "cm/s -> m/s");
    }

    @Test
    void aSevenYearOldGirlWalkingFastGetsHerBandAndThePaceAndTheProvenanceWarning() {
        PatientFacts girl = new PatientFacts(OptionalDouble.of(7.5), Sex.FEMALE, OptionalDouble.empty(), OptionalDouble.of(1.7),
                Optional.of("walkway"));
        Selection s = NormSelection.select(girl, List.of(bundled), NormUse.SPATIOTEMPORAL);
        assertEquals("female-7-fast", s.bin().id(), s.explanation());
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("partly documented")), s.warnings().toString());
    }
}
