package org.ambulo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ambulo.c3d.AnalogChannel;
import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dPoint;
import org.ambulo.c3d.C3dWriter;

/** Locates shared/data like the test bundle's SharedData (the bench cannot depend on it) and generates large files. */
final class BenchFiles {

    static final String PROPERTY = "ambulo.shared.data";

    private BenchFiles() {
    }

    static Path sharedRoot() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isRegularFile(candidate.resolve("SHA1SUMS"))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("shared data not found: pass -D" + PROPERTY + "=/path/to/shared/data");
    }

    /** Real files by short name. */
    static Path real(String name) {
        String relative = switch (name) {
            case "vicon_analysis" -> "biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_23/Vicon_analysis.c3d";
            case "ktk_walk" -> "kineticstoolkit__kineticstoolkit/data/walk.c3d";
            case "pig_full" -> "OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d";
            case "gait_dec_int" -> "OpenMA__openma-data/input/c3d/other/Gait.c3d";
            default -> throw new IllegalArgumentException(name);
        };
        return sharedRoot().resolve(relative);
    }

    /** An Intel float file of about {@code megabytes} MB: 100 markers, 64 analog channels x 10 samples per frame. */
    static Path generate(Path dir, int megabytes) throws IOException {
        int points = 100;
        int channels = 64;
        int spf = 10;
        int frameBytes = (points * 4 + channels * spf) * 4;
        int frames = (int) ((long) megabytes * 1_000_000 / frameBytes);
        float[] samples = new float[frames * points * 4];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (i & 3) == 3 ? 0f : (i % 10007) * 0.37f;
        }
        float[] raw = new float[frames * spf * channels];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (i % 4099) - 2048;
        }
        List<C3dPoint> pointList = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            pointList.add(C3dPoint.marker("M" + p, "mm"));
        }
        List<AnalogChannel> analogs = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            analogs.add(new AnalogChannel("A" + c, "", "V", 0.001f, 0f));
        }
        C3dFile file = C3dFile.builder("generated").frames(1, frames, 100).points(pointList, samples, 0.1f).analogs(analogs, spf, raw, 1f)
                .build();
        Path out = dir.resolve("generated.c3d");
        C3dWriter.write(file, out);
        return out;
    }
}
