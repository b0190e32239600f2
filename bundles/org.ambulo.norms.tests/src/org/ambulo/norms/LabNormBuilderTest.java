package org.ambulo.norms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabNormBuilderTest {

    /** Subject k: every variable = k deg constant; two cycles per side. */
    private static ControlSubject subject(String id, double age, double k) {
        PatientCycles.Builder b = PatientCycles.builder();
        for (Side side : Side.values()) {
            for (int c = 0; c < 2; c++) {
                for (GaitVariable v : GaitVariable.gpsVariables()) {
                    b.add(side, v, Synthetic.curve101(p -> k));
                }
            }
        }
        return new ControlSubject(id, OptionalDouble.of(age), Sex.ANY, b.build(), Map.of("walking_speed", 1.0 + k / 10));
    }

    @Test
    void subjectsCountOnceAndTheBandHasTheirMeanAndSampleSd(@TempDir Path dir) throws Exception {
        List<ControlSubject> subjects = new ArrayList<>(
                List.of(subject("a", 5, 1), subject("b", 6, 2), subject("c", 7, 6), subject("old", 40, 9)));
        NormProvenance id = new NormProvenance("lab", "2024.1", "Lab controls", "own", "3 children", "lab internal", "PiG", "lab",
                Optional.empty());
        LabNormBuilder.Result result = LabNormBuilder.build(id, subjects, List.of(new AgeRange(4, 8), new AgeRange(8, 13)));
        NormBin bin = result.dataset().bins().get(0);
        assertEquals(1, result.dataset().bins().size());
        assertEquals(3, bin.n());
        NormCurve knee = bin.curve(GaitVariable.KNEE_FLEXION).orElseThrow();
        // mean of 1, 2, 6 = 3; sample SD = sqrt((4 + 1 + 9) / 2) = sqrt(7)
        assertEquals(3, knee.meanAt(50), 1e-12);
        assertEquals(Math.sqrt(7), knee.sdAt(50), 1e-12);
        assertEquals(12, bin.gdiControls().size(), "3 subjects x 2 sides x 2 cycles");
        assertEquals(1.3, bin.spatiotemporal("walking_speed").orElseThrow().mean().getAsDouble(), 1e-12);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("old")), result.notes().toString());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("8 to <13")), result.notes().toString());
        Path file = dir.resolve("lab-norms.json");
        Files.writeString(file, NormJson.write(result.dataset()));
        NormDataset back = NormJson.read(file);
        assertEquals("2024.1", back.provenance().version());
        assertEquals(Math.sqrt(7), back.bins().get(0).curve(GaitVariable.KNEE_FLEXION).orElseThrow().sdAt(50), 1e-12);
    }
}
