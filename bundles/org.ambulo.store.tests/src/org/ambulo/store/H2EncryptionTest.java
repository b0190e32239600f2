package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** H2 file encryption (CIPHER=AES): the name is not in the file bytes; without the key the store refuses clearly. */
class H2EncryptionTest extends StoreTestSupport {

    private static final String NAME = "Octavia Vanterpool-Ng";

    private Path storeWithPatient(Optional<String> key) throws Exception {
        StoreFixture f = fixture(Engine.H2, key);
        try (AmbuloStore store = f.open()) {
            store.importSession(SyntheticSessions.write(temp.resolve("in-" + key.isPresent()),
                    new SyntheticSessions.Spec("ENC-1", "P-ENC", NAME, LocalDate.of(2024, 5, 5), 1, false)), TECH);
            assertEquals(NAME, store.patients().get(0).name());
        }
        return f.folder.resolve(StoreConfig.H2_DATABASE_NAME + ".mv.db");
    }

    @Test
    void unencryptedFileShowsTheNameSoTheCheckCanFail() throws Exception {
        Path file = storeWithPatient(Optional.empty());
        assertTrue(contains(file, NAME), "the plain database file holds the name in clear text");
    }

    @Test
    void encryptedFileHidesTheNameAndNeedsTheKey() throws Exception {
        Path file = storeWithPatient(Optional.of("correct-horse-battery-staple"));
        assertFalse(contains(file, NAME), "the encrypted database file holds the name");
        assertFalse(contains(file, "Vanterpool"));

        Path folder = file.getParent();
        StoreException e = assertThrows(StoreException.class, () -> AmbuloStore.open(StoreConfig.h2(folder)));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("encrypted")
                && e.getMessage().contains("h2.encryptionKeyFile"), e.getMessage());
        e = assertThrows(StoreException.class, () -> AmbuloStore.open(StoreConfig.h2(folder, Optional.of("wrong-key"))));
        assertTrue(e.getMessage().contains("encryption key does not open it"), e.getMessage());
        assertFalse(e.getMessage().contains("correct-horse"), "the key is never shown");

        // the key from a file, as a workstation configures it
        Files.writeString(temp.resolve("key.txt"), "correct-horse-battery-staple\n");
        Files.writeString(temp.resolve("store.properties"),
                "engine=h2\nh2.folder=" + folder.getFileName() + "\nh2.encryptionKeyFile=key.txt\n");
        Files.move(temp.resolve("store.properties"), folder.getParent().resolve("store.properties"));
        Files.move(temp.resolve("key.txt"), folder.getParent().resolve("key.txt"));
        StoreConfig config = StoreConfig.load(folder.getParent().resolve("store.properties"));
        assertFalse(config.toString().contains("correct-horse"));
        try (AmbuloStore store = AmbuloStore.open(config)) {
            assertEquals(NAME, store.patients().get(0).name());
        }
    }

    private static boolean contains(Path file, String text) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        return latin.contains(text) || latin.contains(new String(text.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
    }
}
