package org.ambulo.norms.supplier.emgwindows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.norms.ActivationWindow;
import org.ambulo.norms.EmgActivationNorm;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormSelection;
import org.ambulo.norms.NormUse;
import org.ambulo.norms.PatientFacts;
import org.ambulo.norms.Selection;
import org.ambulo.norms.Sex;
import org.ambulo.norms.internal.PlainJson;
import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;

class EmgWindowsDatasetTest {

    private static final double TOL = 1e-9;
    private final NormDataset bundled = new EmgWindowsDataset();

    /** Every on/off value of the bundled file equals the source's (read here independently of the converter) within 1e-9. */
    @Test
    void theBundledFileHoldsEverySourceWindow() throws Exception {
        Map<?, ?> source = (Map<?, ?>) ((Map<?, ?>) PlainJson.parse(Files.readString(SharedData.resolve(EmgWindowsConverter.SOURCE),
                StandardCharsets.UTF_8))).get("Activation");
        NormBin bin = bundled.bin("normal").orElseThrow();
        assertEquals(source.size(), bin.emgActivation().size(), "every muscle code");
        int values = 0;
        for (Map.Entry<?, ?> e : source.entrySet()) {
            List<Double> numbers = ((List<?>) e.getValue()).stream().filter(Number.class::isInstance).map(n -> ((Number) n).doubleValue())
                    .toList();
            EmgActivationNorm norm = bin.emgActivation().get((String) e.getKey());
            assertEquals(numbers.size() / 2, norm.windows().size(), (String) e.getKey());
            for (int w = 0; w < norm.windows().size(); w++) {
                ActivationWindow window = norm.windows().get(w);
                assertEquals(numbers.get(2 * w), window.onPct(), TOL, e.getKey() + " on " + w);
                assertEquals(numbers.get(2 * w + 1), window.offPct(), TOL, e.getKey() + " off " + w);
                values += 2;
            }
        }
        assertTrue(values > 100, values + " values compared");
    }

    @Test
    void theBundledFileIsTheReproducibleConversionOfTheSource() throws Exception {
        NormDataset converted = EmgWindowsConverter.convert(SharedData.resolve(EmgWindowsConverter.SOURCE));
        assertEquals(converted.provenance(), bundled.provenance());
        NormBin c = converted.bins().get(0);
        NormBin b = bundled.bins().get(0);
        assertEquals(c.label(), b.label());
        assertEquals(c.emgActivation(), b.emgActivation());
    }

    /** Spot checks of the source lines "GASTRO": [9,54,...] and "RECFEM": [0,12,48,70,93,100]; the stance phase 56.21 %. */
    @Test
    void spotChecks() {
        NormBin bin = bundled.bin("normal").orElseThrow();
        assertEquals(List.of(new ActivationWindow(9, 54)), bin.emgActivation().get("GASTRO").windows());
        assertEquals(List.of(new ActivationWindow(0, 12), new ActivationWindow(48, 70), new ActivationWindow(93, 100)),
                bin.emgActivation().get("RECFEM").windows());
        assertTrue(bin.emgActivation().get("GASTRO").activeAt(30));
        assertFalse(bin.emgActivation().get("GASTRO").activeAt(80));
        assertTrue(bin.label().contains("56.21 %"), bin.label());
    }

    /** Unclear origin: the dataset says so, and so does every selection that uses it. */
    @Test
    void theProvenanceWarningReachesTheSelection() {
        assertTrue(bundled.provenance().provenanceWarning().isPresent());
        PatientFacts child = new PatientFacts(OptionalDouble.of(8), Sex.MALE, OptionalDouble.empty(), OptionalDouble.empty(),
                Optional.empty());
        Selection s = NormSelection.select(child, List.of(bundled), NormUse.EMG);
        assertEquals("normal", s.bin().id());
        assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("emgwindows: origin not documented")), s.warnings().toString());
    }
}
