package org.ambulo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.ambulo.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled demo trial is the shared walk.c3d byte for byte, comes with its licence, and extracts to real files. */
class DemoSessionTest {

    @Test
    void theBundledTrialIsByteIdenticalToTheSharedOne() throws Exception {
        Path shared = SharedData.resolve("kineticstoolkit__kineticstoolkit/data/walk.c3d");
        try (InputStream bundled = DemoSession.open(DemoSession.TRIAL)) {
            assertEquals(sha256(Files.readAllBytes(shared)), sha256(bundled.readAllBytes()));
        }
    }

    @Test
    void theLicenceNoticeNamesSourceLicenceAndChecksum() throws Exception {
        try (InputStream in = DemoSession.open(DemoSession.LICENSE)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("kineticstoolkit/kineticstoolkit, commit 169a99d"), text);
            assertTrue(text.contains("Apache License, Version 2.0"), text);
            Path shared = SharedData.resolve("kineticstoolkit__kineticstoolkit/data/walk.c3d");
            assertTrue(text.contains(sha256(Files.readAllBytes(shared))), "notice states the SHA-256 of the file");
        }
    }

    @Test
    void extractsTheSessionWithItsTrialAndMarksItDemo(@TempDir Path dir) throws Exception {
        Path session = DemoSession.extractTo(dir);
        assertEquals(dir.resolve("session.json"), session);
        for (String name : DemoSession.FILES) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
        String json = Files.readString(session);
        assertTrue(json.contains("\"file\": \"walk.c3d\""), "the session names the bundled trial");
        assertTrue(json.contains("\"demo\": true"), "the session is marked demo");
        // extracting again replaces the files (a second run into the same folder works)
        assertEquals(session, DemoSession.extractTo(dir));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
