package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the store configuration file; every error names the file and the key. */
class StoreConfigTest {

    @TempDir
    Path temp;

    @Test
    void h2WithRelativePaths() throws Exception {
        Path file = write("engine=h2\nh2.folder=data/store\n");
        StoreConfig c = StoreConfig.load(file);
        assertEquals(Engine.H2, c.engine());
        Path folder = temp.resolve("data/store").toAbsolutePath();
        assertEquals("jdbc:h2:file:" + folder.resolve("ambulo"), c.jdbcUrl());
        assertEquals(folder.resolve("files"), c.fileRoot());
        assertEquals(Optional.empty(), c.h2EncryptionKey());
        assertEquals(c, StoreConfig.h2(folder));
    }

    @Test
    void h2EncryptedAndOwnFileRoot() throws Exception {
        Files.writeString(temp.resolve("key"), "s3cret\n");
        StoreConfig c = StoreConfig.load(write("engine=H2\nh2.folder=db\nh2.encryptionKeyFile=key\nfiles.root=/srv/ambulo-files\n"));
        assertTrue(c.jdbcUrl().endsWith(";CIPHER=AES"), c.jdbcUrl());
        assertEquals(Optional.of("s3cret"), c.h2EncryptionKey());
        assertEquals(Path.of("/srv/ambulo-files"), c.fileRoot());
        assertFalse(c.toString().contains("s3cret"));
    }

    @Test
    void postgresqlWithPasswordFile() throws Exception {
        Files.writeString(temp.resolve("pw"), "lab-password\n");
        StoreConfig c = StoreConfig.load(write("engine=postgresql\npostgresql.url=jdbc:postgresql://lab-server/ambulo\n"
                + "postgresql.user=ambulo\npostgresql.passwordFile=pw\nfiles.root=shared/files\n"));
        assertEquals(Engine.POSTGRESQL, c.engine());
        assertEquals("lab-password", c.password());
        assertEquals(temp.resolve("shared/files").toAbsolutePath(), c.fileRoot());
        assertFalse(c.toString().contains("lab-password"));
    }

    @Test
    void errorsNameFileAndKey() throws Exception {
        assertError("engine=oracle\n", "engine must be h2 or postgresql");
        assertError("h2.folder=x\n", "engine is missing");
        assertError("engine=h2\n", "h2.folder is missing");
        assertError("engine=postgresql\npostgresql.url=jdbc:postgresql://x/y\npostgresql.user=u\nfiles.root=f\n",
                "postgresql.password is missing");
        assertError("engine=postgresql\npostgresql.url=jdbc:mysql://x/y\npostgresql.user=u\npostgresql.password=p\nfiles.root=f\n",
                "postgresql.url must start with jdbc:postgresql:");
        assertError("engine=h2\nh2.folder=x\nh2.encryptionKeyFile=missing-key\n", "h2.encryptionKeyFile: cannot read");
        StoreException e = assertThrows(StoreException.class, () -> StoreConfig.load(temp.resolve("absent.properties")));
        assertTrue(e.getMessage().contains("absent.properties"), e.getMessage());
    }

    private void assertError(String text, String problem) throws Exception {
        Path file = write(text);
        StoreException e = assertThrows(StoreException.class, () -> StoreConfig.load(file));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(problem), e.getMessage());
    }

    private Path write(String text) throws Exception {
        Path file = temp.resolve("store.properties");
        Files.writeString(file, text);
        return file;
    }
}
