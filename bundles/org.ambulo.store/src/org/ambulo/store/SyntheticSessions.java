package org.ambulo.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dPoint;
import org.ambulo.c3d.C3dWriter;

/**
 * Synthetic session folders for benchmarks and tests: a session.json with fictional metadata plus one static and one
 * walking trial, each a tiny valid C3D (one marker, 10 frames at 100 Hz). The C3D bytes depend only on
 * {@code trialSeed}, so many sessions can share the same stored files (the content store keeps one copy).
 */
public final class SyntheticSessions {

    private SyntheticSessions() {
    }

    /** A fictional session description. */
    public record Spec(String sessionId, String patientId, String patientName, LocalDate sessionDate, int trialSeed, boolean withVideo) {
    }

    /**
     * Writes {@code count} session folders {@code root/session-00000...} of one patient, sessions a day apart from
     * 2020-01-01, sharing their trial files' content.
     */
    public static List<Path> write(Path root, String patientId, String patientName, int count) throws IOException {
        List<Path> folders = new ArrayList<>();
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < count; i++) {
            String id = String.format(java.util.Locale.ROOT, "%s-S%05d", patientId, i);
            folders.add(write(root.resolve(String.format(java.util.Locale.ROOT, "session-%05d", i)),
                    new Spec(id, patientId, patientName, start.plusDays(i), 0, false)));
        }
        return folders;
    }

    /** Writes one session folder and returns it. */
    public static Path write(Path folder, Spec spec) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("static.c3d"), tinyC3d(spec.trialSeed()));
        Files.write(folder.resolve("walk01.c3d"), tinyC3d(spec.trialSeed() + 1));
        if (spec.withVideo()) {
            Files.write(folder.resolve("walk01.avi"), ("synthetic video " + spec.trialSeed()).getBytes(StandardCharsets.US_ASCII));
        }
        Files.writeString(folder.resolve("session.json"), sessionJson(spec), StandardCharsets.UTF_8);
        return folder;
    }

    /** A valid C3D of one marker moving along x, 10 frames at 100 Hz; different seeds give different bytes. */
    public static byte[] tinyC3d(int seed) {
        int frames = 10;
        float[] samples = new float[frames * 4];
        for (int f = 0; f < frames; f++) {
            samples[f * 4] = seed * 1000f + f * 10f;
            samples[f * 4 + 1] = 100f;
            samples[f * 4 + 2] = 900f;
        }
        C3dFile file = C3dFile.builder("synthetic-" + seed).frames(1, frames, 100)
                .points(List.of(C3dPoint.marker("LASI", "mm")), samples, 1f).build();
        return C3dWriter.toBytes(file);
    }

    static String sessionJson(Spec s) {
        String video = s.withVideo() ? ",\n    { \"file\": \"walk01.avi\", \"role\": \"video\" }" : "";
        return """
                {
                  "format": "ambulo-session",
                  "formatVersion": 1,
                  "sessionId": "%s",
                  "sessionDate": "%s",
                  "patient": { "id": "%s", "name": "%s", "birthDate": "2012-05-04", "sex": "female", "heightCm": 142, "massKg": 35.5 },
                  "referral": { "referringPhysician": "Dr. Synthetic Referrer", "reason": "synthetic benchmark session", "icd10Codes": ["G80.1"] },
                  "lab": { "name": "Synthetic Lab", "markerSet": "Plug-in Gait lower body", "personnel": ["tech one", "tech two"] },
                  "conditions": { "footwear": "barefoot" },
                  "trials": [
                    { "file": "static.c3d", "role": "static" },
                    { "file": "walk01.c3d", "role": "walking", "condition": "self-selected speed" }%s
                  ],
                  "signature": { "physicianName": "Dr. Synthetic Signer" }
                }
                """
                .formatted(escape(s.sessionId()), s.sessionDate(), escape(s.patientId()), escape(s.patientName()), video);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
