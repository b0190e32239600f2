package org.ambulo.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.c3d.C3dTrials;
import org.ambulo.norms.AgeRange;
import org.ambulo.norms.ControlSubject;
import org.ambulo.norms.LabNormBuilder;
import org.ambulo.norms.NexusCurves;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormJson;
import org.ambulo.norms.NormProvenance;
import org.ambulo.norms.Sex;
import org.ambulo.testdata.SharedData;

/**
 * A real lab norm file, as {@code ambulo norms build} writes it: {@link LabNormBuilder} over four control walks of
 * OpenMA's Plug-in Gait data (their Nexus kinematics cut into cycles by their stored events), written with
 * {@link NormJson}. The subjects' ages are the ones the CLI's norms build test gives the same walks (the files hold
 * none).
 */
final class LabNorms {

    static final String PIG = "OpenMA__openma-data/input/c3d/plugingait/";

    /** Walk file and the age given to its subject. */
    private static final Map<String, Double> WALKS = Map.of("PiG_Motion-FlatFoot-One.c3d", 10.5, "PiG_Motion-FlatFoot-Hole.c3d", 11.0,
            "PiG_Motion-FlatFoot-Full.c3d", 12.2, "PiG_Motion3_FF.c3d", 13.0);

    static final AgeRange BAND = new AgeRange(10, 14);

    private static NormDataset dataset;

    private LabNorms() {
    }

    /** The dataset with id {@code "mylab"} and the given version (built once, re-versioned per call). */
    static synchronized NormDataset dataset(String version) throws IOException {
        if (dataset == null) {
            List<ControlSubject> subjects = new ArrayList<>();
            for (String walk : WALKS.keySet().stream().sorted().toList()) {
                C3dFile file = C3dReader.read(SharedData.resolve(PIG + walk));
                subjects.add(new ControlSubject(walk, OptionalDouble.of(WALKS.get(walk)), Sex.ANY,
                        NexusCurves.cycles(file, C3dTrials.gaitEvents(file)), Map.of()));
            }
            dataset = LabNormBuilder.build(identity("1"), subjects, List.of(BAND)).dataset();
        }
        return NormDataset.of(identity(version), dataset.bins());
    }

    private static NormProvenance identity(String version) {
        return new NormProvenance("mylab", version, "Lab norms from OpenMA controls", "the lab's own control subjects (not published)",
                "4 control subjects aged 10.5 to 13.0 y", "the lab's own data", "PiG",
                "built from " + PIG + " (" + String.join(", ", WALKS.keySet().stream().sorted().toList()) + ")", Optional.empty());
    }

    /** Writes the dataset's norm file into {@code folder}. */
    static Path write(Path folder, String version) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("lab-norms-" + version + ".json");
        Files.writeString(file, NormJson.write(dataset(version)), StandardCharsets.UTF_8);
        return file;
    }
}
