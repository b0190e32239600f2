package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.ambulo.norms.GaitVariable;
import org.ambulo.norms.NormBin;
import org.ambulo.norms.NormCurve;
import org.ambulo.norms.NormDataset;
import org.ambulo.norms.NormJson;
import org.ambulo.pipeline.FileDigests;
import org.ambulo.store.internal.ContentStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lab norm datasets in the store: a real file built by the norms bundle's {@code LabNormBuilder} from OpenMA control
 * walks ({@link LabNorms}) is stored content-addressed and read back; malformed files, a duplicate id and version and a
 * technician are refused with nothing stored. Both engines.
 */
class NormDatasetStoreTest extends StoreTestSupport {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void labNormsAreStoredListedAndReadBack(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        Path file = LabNorms.write(temp.resolve("norms"), "2026.1");
        NormDataset built = NormJson.read(file);

        NormDatasetRecord r = store.storeNormDataset(file, DOC);
        assertEquals("mylab", r.datasetId());
        assertEquals("2026.1", r.version());
        assertEquals(built.provenance().citation(), r.citation());
        assertEquals(built.provenance().population(), r.population());
        assertEquals("PiG", r.markerModel());
        assertEquals(LabNorms.BAND.minYears(), r.ageMinYears());
        assertEquals(LabNorms.BAND.maxYears(), r.ageMaxYears());
        assertEquals(1, r.binCount());
        assertEquals(FileDigests.sha256Hex(file), r.jsonSha256Hex());
        assertEquals(Files.size(file), r.jsonSizeBytes());
        assertEquals(DOC.userName(), r.importedBy());
        assertEquals(List.of(r), store.normDatasets(), "the listed record is what storing returned (times at microseconds)");
        assertEquals(Optional.of(r), store.normDataset("mylab", "2026.1"));

        Path stored = store.normDatasetFile("mylab", "2026.1").orElseThrow();
        assertEquals(store.storedFile(r.jsonSha256Hex()), stored);
        assertEquals(-1, Files.mismatch(file, stored), "the file is stored as it is");
        NormBin bin = NormJson.read(stored).bins().get(0);
        assertEquals(4, bin.n(), "four control subjects");
        NormCurve knee = bin.curve(GaitVariable.KNEE_FLEXION).orElseThrow();
        NormCurve builtKnee = built.bins().get(0).curve(GaitVariable.KNEE_FLEXION).orElseThrow();
        for (int pct = 0; pct <= 100; pct += 10) {
            assertEquals(builtKnee.meanAt(pct), knee.meanAt(pct), 0.0, "knee flexion mean at " + pct + " %");
            assertEquals(builtKnee.sdAt(pct), knee.sdAt(pct), 0.0, "knee flexion SD at " + pct + " %");
        }
        assertTrue(knee.sdAt(50) > 0, "four real subjects differ");

        // a rebuilt dataset is a new version beside the old one; an administrator may store it
        NormDatasetRecord second = store.storeNormDataset(LabNorms.write(temp.resolve("norms"), "2026.2"), ADMIN);
        assertEquals(List.of("2026.1", "2026.2"), store.normDatasets().stream().map(NormDatasetRecord::version).toList());
        assertEquals(Optional.empty(), store.normDatasetFile("mylab", "2025.9"));
        assertEquals(Optional.empty(), store.normDatasetFile("otherlab", "2026.1"));

        List<AuditEntry> entries = store.auditTrail("norm dataset mylab version 2026.1");
        assertEquals(1, entries.size());
        assertEquals("norms.store", entries.get(0).action());
        assertEquals(DOC.userName(), entries.get(0).userName());
        assertTrue(entries.get(0).details().contains("jsonSha256=" + r.jsonSha256Hex()), entries.get(0).details());
        assertEquals(ADMIN.userName(), store.auditTrail("norm dataset mylab version 2026.2").get(0).userName());
        assertTrue(store.verifyAudit().intact());
        assertEquals(2, f.count("SELECT COUNT(*) FROM audit_entries"));
        assertFalse(second.jsonSha256Hex().equals(r.jsonSha256Hex()));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStoredFileThatWasAlteredIsReported(Engine engine) throws Exception {
        AmbuloStore store = open(fixture(engine));
        NormDatasetRecord r = store.storeNormDataset(LabNorms.write(temp.resolve("norms"), "1"), DOC);
        Path stored = store.storedFile(r.jsonSha256Hex());
        Files.writeString(stored, Files.readString(stored).replace("\"n\": 4", "\"n\": 40"));
        StoreException e = assertThrows(StoreException.class, () -> store.normDatasetFile("mylab", "1"));
        assertTrue(e.getMessage().contains("mylab version 1") && e.getMessage().contains("altered"), e.getMessage());
        Files.delete(stored);
        e = assertThrows(StoreException.class, () -> store.normDatasetFile("mylab", "1"));
        assertTrue(e.getMessage().contains("missing from the file store"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void malformedFilesAreRefusedNamingFileAndProblem(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        String good = Files.readString(LabNorms.write(temp.resolve("norms"), "1"));
        Path dir = Files.createDirectories(temp.resolve("bad"));
        record Bad(String name, String content, String problem) {
        }
        List<Bad> bad = List.of(new Bad("cut.json", good.substring(0, good.length() / 2), "end of the JSON text"),
                new Bad("session.json", "{\"format\": \"ambulo-session\", \"formatVersion\": 1}", "not an Ambulo norm file"),
                new Bad("future.json", good.replace("\"formatVersion\": 1", "\"formatVersion\": 7"), "format version 7 is newer"),
                new Bad("nobins.json", good.substring(0, good.indexOf("\"bins\"")) + "\"bins\": []}", "has no bins"),
                new Bad("unit.json", good.replaceFirst("\"unit\": \"deg\"", "\"unit\": \"rad\""), "unit rad, expected deg"),
                new Bad("id.json", good.replace("\"id\": \"mylab\"", "\"id\": \"My Lab\""), "dataset id must be lower case"));
        for (Bad b : bad) {
            Path file = dir.resolve(b.name());
            Files.writeString(file, b.content());
            StoreException e = assertThrows(StoreException.class, () -> store.storeNormDataset(file, DOC), b.name());
            assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("not a valid Ambulo norm file")
                    && e.getMessage().contains(b.problem()), b.name() + ": " + e.getMessage());
        }
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, good.replace("Lab norms", "Labornormen f\u00fcr").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        StoreException e = assertThrows(StoreException.class, () -> store.storeNormDataset(latin1, DOC));
        assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
        e = assertThrows(StoreException.class, () -> store.storeNormDataset(dir.resolve("absent.json"), DOC));
        assertTrue(e.getMessage().contains("absent.json") && e.getMessage().contains("no such file"), e.getMessage());

        assertEquals(List.of(), store.normDatasets());
        assertEquals(0, f.count("SELECT COUNT(*) FROM audit_entries"));
        assertFalse(hasStoredFiles(f.config.fileRoot()), "nothing stored before validation");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theSameIdAndVersionIsStoredOnce(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        Path file = LabNorms.write(temp.resolve("norms"), "2026.1");
        NormDatasetRecord first = store.storeNormDataset(file, DOC);
        // the same version rebuilt with other content is refused as well: a stored version is never replaced
        Path changed = temp.resolve("changed.json");
        Files.writeString(changed, Files.readString(file).replace("Lab norms from OpenMA controls", "Lab norms, retitled"));
        for (Path again : List.of(file, changed)) {
            StoreException e = assertThrows(StoreException.class, () -> store.storeNormDataset(again, ADMIN));
            assertTrue(e.getMessage().contains(again.toString()) && e.getMessage().contains("mylab version 2026.1")
                    && e.getMessage().contains("already stored") && e.getMessage().contains(DOC.userName())
                    && e.getMessage().contains(first.importedAt().toString()) && e.getMessage().contains("--version"), e.getMessage());
        }
        assertEquals(List.of(first), store.normDatasets());
        assertEquals(1, f.count("SELECT COUNT(*) FROM audit_entries"));
        assertTrue(store.verifyAudit().intact());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTechnicianMayNotStoreNormsAndTheAttemptIsAudited(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        AmbuloStore store = open(f);
        Path file = LabNorms.write(temp.resolve("norms"), "1");
        StoreException e = assertThrows(StoreException.class, () -> store.storeNormDataset(file, TECH));
        assertTrue(e.getMessage().contains(TECH.userName()) && e.getMessage().contains("may not store lab norm datasets")
                && e.getMessage().contains("PHYSICIAN"), e.getMessage());
        assertEquals(List.of(), store.normDatasets());
        assertFalse(hasStoredFiles(f.config.fileRoot()));
        List<AuditEntry> trail = store.auditTrail();
        assertEquals(1, trail.size());
        assertEquals("access.denied", trail.get(0).action());
        assertEquals("norm datasets", trail.get(0).subject());
        assertEquals(Role.TECHNICIAN, trail.get(0).role());
        assertTrue(store.verifyAudit().intact());
    }

    static boolean hasStoredFiles(Path fileRoot) throws java.io.IOException {
        if (!Files.isDirectory(fileRoot)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(fileRoot)) {
            return s.anyMatch(p -> p.getFileName().toString().matches("[0-9a-f]{64}"));
        }
    }
}
