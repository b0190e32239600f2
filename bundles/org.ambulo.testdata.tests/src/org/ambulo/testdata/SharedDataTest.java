package org.ambulo.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class SharedDataTest {

    @Test
    void findsTheChecksummedDataFolderBesideTheProject() {
        assertTrue(Files.isRegularFile(SharedData.root().resolve("SHA1SUMS")), "SHA1SUMS in " + SharedData.root());
        assertTrue(Files.isRegularFile(SharedData.resolve("biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_01/Eb015pi.c3d")));
    }

    @Test
    void missingFileIsNamedInTheError() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> SharedData.resolve("no/such/file.c3d"));
        assertTrue(error.getMessage().contains("no/such/file.c3d"), error.getMessage());
    }

    @Test
    void systemPropertyPointingNowhereFindsNothing() {
        String previous = System.getProperty(SharedData.PROPERTY);
        try {
            System.setProperty(SharedData.PROPERTY, "/nonexistent/ambulo/shared/data");
            assertEquals(java.util.Optional.empty(), SharedData.find());
        } finally {
            if (previous == null) {
                System.clearProperty(SharedData.PROPERTY);
            } else {
                System.setProperty(SharedData.PROPERTY, previous);
            }
        }
    }
}
