package org.ambulo.norms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormJsonTest {

    @Test
    void aDatasetSurvivesWriteAndReadExactly(@TempDir Path dir) throws Exception {
        NormBin bin = new NormBin("age-4-8", "controls", 12, new AgeRange(4, 8), Sex.FEMALE, Optional.of(SpeedRange.of(0.3, 0.4, 0.5)),
                Optional.empty(), Map.of(GaitVariable.KNEE_FLEXION, Synthetic.curve(p -> Math.sin(p / 7.3) * 1 / 3.0, 0.1 / 3)),
                Map.of("cadence", SpatiotemporalNorm.meanSd("cadence", "steps/min", 121.3, 9.7)),
                Map.of("GASTRO", new EmgActivationNorm("GASTRO", List.of(new ActivationWindow(9, 54)))), List.of(new double[459]));
        NormDataset written = NormDataset.of(Synthetic.provenance("lab", "PiG", Optional.of("test")), List.of(bin));
        Path file = dir.resolve("lab.json");
        Files.writeString(file, NormJson.write(written));
        NormDataset read = NormJson.read(file);
        assertEquals(written.provenance(), read.provenance());
        NormBin b = read.bins().get(0);
        assertEquals(bin.age(), b.age());
        assertEquals(Sex.FEMALE, b.sex());
        assertEquals(0.4, b.dimensionlessSpeed().orElseThrow().mean().getAsDouble());
        NormCurve c = b.curve(GaitVariable.KNEE_FLEXION).orElseThrow();
        assertArrayEquals(bin.curve(GaitVariable.KNEE_FLEXION).orElseThrow().mean(), c.mean(), 0, "doubles round-trip exactly");
        assertArrayEquals(bin.curve(GaitVariable.KNEE_FLEXION).orElseThrow().sd(), c.sd(), 0);
        assertEquals(9.7, b.spatiotemporal("cadence").orElseThrow().sd().getAsDouble());
        assertTrue(b.emgActivation().get("GASTRO").activeAt(30));
        assertEquals(1, b.gdiControls().size());
    }

    @Test
    void badFilesNameWhatIsWrong() {
        IllegalArgumentException notNorms = assertThrows(IllegalArgumentException.class, () -> NormJson.parse("{\"format\":\"x\"}"));
        assertTrue(notNorms.getMessage().contains("not an Ambulo norm file"), notNorms.getMessage());
        String unknownVariable = """
                {"format":"ambulo-norms","formatVersion":1,
                 "dataset":{"id":"d","version":"1","title":"t","citation":"c","population":"p","licence":"l","markerModel":"PiG","source":"s"},
                 "bins":[{"id":"b","label":"b","n":1,"ageMinYears":1,"ageMaxYears":2,"curves":{"elbow_flexion":{}}}]}""";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NormJson.parse(unknownVariable));
        assertTrue(e.getMessage().contains("d bin b") && e.getMessage().contains("elbow_flexion"), e.getMessage());
        IllegalArgumentException truncated = assertThrows(IllegalArgumentException.class, () -> NormJson.parse("{\"format\":"));
        assertTrue(truncated.getMessage().contains("line 1"), truncated.getMessage());
    }

    /** Syntax errors name the file, line and column; a member given twice is refused (it would hide one of the values). */
    @Test
    void syntaxErrorsNameFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"ambulo-norms\",\n \"formatVersion\": 1.0.1}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NormJson.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("line 2, column 19: malformed number '1.0.1'"),
                e.getMessage());
        Files.writeString(file, "{\"format\": \"ambulo-norms\", \"format\": \"x\"}");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> NormJson.read(file));
        assertTrue(twice.getMessage().contains("line 1, column 28: member \"format\" appears twice"), twice.getMessage());
    }
}
