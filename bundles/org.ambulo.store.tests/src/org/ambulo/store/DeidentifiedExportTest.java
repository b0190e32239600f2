package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.ambulo.c3d.C3dFile;
import org.ambulo.c3d.C3dReader;
import org.ambulo.pipeline.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The research export holds no names, ids or birth dates, uses per-export pseudonyms and is audited. Both engines. */
class DeidentifiedExportTest extends StoreTestSupport {

    private static final String NAME = "Philippa Quenby-Marchetti";
    private static final String PATIENT_ID = "MRN-7730412";

    @ParameterizedTest
    @EnumSource(Engine.class)
    void exportHasNoIdentifiers(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        store.importSession(SyntheticSessions.write(temp.resolve("in/a"),
                new SyntheticSessions.Spec("VISIT-PQM-1", PATIENT_ID, NAME, LocalDate.of(2024, 2, 1), 1, true)), TECH);
        store.importSession(SyntheticSessions.write(temp.resolve("in/b"),
                new SyntheticSessions.Spec("VISIT-PQM-2", PATIENT_ID, NAME, LocalDate.of(2024, 8, 1), 3, false)), TECH);
        store.importSession(SyntheticSessions.write(temp.resolve("in/c"),
                new SyntheticSessions.Spec("VISIT-OTHER-1", "MRN-1111", "Other Person", LocalDate.of(2024, 3, 1), 5, false)), TECH);

        Path out = temp.resolve("export");
        ExportResult result = store.exportDeidentified(out, DOC);
        assertEquals(3, result.sessionCount());
        assertEquals(6, result.c3dFileCount());
        assertEquals(1, result.videoFilesLeftOut());
        assertEquals(out.resolve("README.txt"), result.manifest());

        List<String> folders;
        try (Stream<Path> s = Files.list(out)) {
            folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(3, folders.size(), folders.toString());
        assertTrue(folders.stream().allMatch(n -> n.matches("SUBJ-[A-Z2-9]{8}-S\\d")), folders.toString());
        long pseudonyms = folders.stream().map(n -> n.substring(0, 13)).distinct().count();
        assertEquals(2, pseudonyms, "one pseudonym per patient within the export: " + folders);

        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                for (String identifier : List.of(NAME, "Quenby", PATIENT_ID, "VISIT-PQM", "2012-05-04", "Dr. Synthetic", "tech one")) {
                    assertFalse(text.contains(identifier), identifier + " found in " + out.relativize(p));
                }
                assertFalse(p.getFileName().toString().endsWith(".avi"), "videos are left out");
            }
        }
        Path folder = out.resolve(folders.get(0));
        assertTrue(Files.exists(folder.resolve("session.json")));
        assertTrue(Json.parse(Files.readString(folder.resolve("session.json"))) instanceof Json.JsonObject);
        C3dFile c3d = C3dReader.read(folder.resolve("trial02-walking.c3d"));
        assertEquals(10, c3d.frameCount());
        String readme = Files.readString(result.manifest());
        assertTrue(readme.contains("birth date") && readme.contains("video") && folders.stream().allMatch(readme::contains), readme);
        assertFalse(Files.exists(out.resolve(".identified-work")), "identified working copies removed");

        AuditEntry audit = store.auditTrail("export").get(0);
        assertEquals("export.deidentified", audit.action());
        assertEquals(DOC.userName(), audit.userName());
        assertTrue(audit.details().startsWith("3 sessions of 2 patients"), audit.details());

        // a second export uses new pseudonyms: exports cannot be linked through them
        Path out2 = temp.resolve("export2");
        store.exportDeidentified(out2, ADMIN);
        try (Stream<Path> s = Files.list(out2)) {
            List<String> second = s.filter(Files::isDirectory).map(p -> p.getFileName().toString().substring(0, 13)).toList();
            assertTrue(second.stream().noneMatch(p -> folders.stream().anyMatch(n -> n.startsWith(p))), second + " vs " + folders);
        }
        assertNotEquals(folders.get(0), "");
        StoreException e = assertThrows(StoreException.class, () -> store.exportDeidentified(out, ADMIN));
        assertTrue(e.getMessage().contains("not an empty folder"), e.getMessage());
        assertTrue(store.verifyAudit().intact());
    }
}
