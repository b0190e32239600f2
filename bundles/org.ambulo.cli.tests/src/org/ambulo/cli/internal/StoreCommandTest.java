package org.ambulo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.ambulo.demo.DemoSession;
import org.ambulo.store.StoreConfig;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store commands end to end on the embedded default store (a temporary home folder, no configuration): import the
 * demo session, list it, analyse it from the store, verify the audit trail, export it de-identified, and the errors a
 * technician meets (duplicate import, unknown session, a folder without a session, a configuration file that is not
 * there, a tampered audit trail).
 */
class StoreCommandTest {

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
    }

    Run ambulo(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new AmbuloCli("test", Optional::empty, AnalyzeCommandTest::datasets, () -> Optional.of(AnalyzeCommandTest.registry()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new StoreAccess(Map.of(), home)).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path demoFolder() throws IOException {
        return DemoSession.extractTo(home.resolve("incoming").resolve("demo")).getParent();
    }

    @Test
    void importListAnalyzeVerifyAndExportTheDemoSession() throws IOException {
        Run imported = ambulo("import", demoFolder().toString(), "--user", "tech1");
        assertEquals(0, imported.exit(), imported::err);
        assertTrue(imported.out().contains("imported session DEMO-2024-001 of patient DEMO-0001: 1 trial"), imported.out());
        assertTrue(Files.isDirectory(home.resolve(".ambulo/store")), "default store in ~/.ambulo/store");

        Run patients = ambulo("patients", "--csv");
        assertEquals(0, patients.exit(), patients::err);
        List<String> rows = patients.out().lines().toList();
        assertEquals(StoreCommand.PATIENTS_CSV_HEADER, rows.get(0));
        assertEquals("DEMO-0001,DEMO Patient (fictional),1990-06-01,any,1,2024-03-14", rows.get(1));

        Run sessions = ambulo("sessions", "DEMO-0001", "--csv");
        assertEquals(0, sessions.exit(), sessions::err);
        assertEquals(StoreCommand.SESSIONS_CSV_HEADER, sessions.out().lines().findFirst().orElseThrow());
        assertTrue(sessions.out().lines().skip(1).findFirst().orElseThrow().startsWith("DEMO-2024-001,DEMO-0001,2024-03-14,"),
                sessions.out());
        assertTrue(sessions.out().contains(",tech1"), "importer recorded: " + sessions.out());

        Run analyzed = ambulo("analyze", "--session", "DEMO-2024-001", "--user", "tech1");
        assertEquals(0, analyzed.exit(), analyzed::err);
        assertTrue(analyzed.out().matches("(?s).*stored report \\d+: version 1 of session DEMO-2024-001, DRAFT, PDF sha256 [0-9a-f]{64}.*"),
                analyzed.out());

        Run verified = ambulo("audit", "verify");
        assertEquals(0, verified.exit(), verified::out);
        assertTrue(verified.out().startsWith("audit trail intact: "), verified.out());

        Path export = home.resolve("research");
        Run exported = ambulo("export", "--deidentify", "-o", export.toString(), "--user", "admin", "--role", "administrator");
        assertEquals(0, exported.exit(), exported::err);
        assertTrue(exported.out().startsWith("exported 1 session (1 C3D file) de-identified to "), exported.out());
        try (Stream<Path> files = Files.walk(export)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("DEMO Patient"), file + " holds the patient's name");
                assertFalse(text.contains("DEMO-0001"), file + " holds the patient id");
                assertFalse(text.contains("1990-06-01"), file + " holds the birth date");
            }
        }
    }

    @Test
    void aSecondImportOfTheSameSessionIsRefusedAndNamesTheFirst() throws IOException {
        Path folder = demoFolder();
        assertEquals(0, ambulo("import", folder.toString()).exit());
        Run again = ambulo("import", folder.toString());
        assertEquals(ExitCode.BAD_INPUT, again.exit());
        assertTrue(again.err().contains("DEMO-2024-001"), again.err());
        assertTrue(again.err().toLowerCase().contains("already"), again.err());
        assertTrue(ambulo("patients").out().endsWith("1 patient" + System.lineSeparator()), "still one patient");
    }

    @Test
    void badInputGetsAClearMessage() throws IOException {
        Run noSessionFile = ambulo("import", Files.createDirectories(home.resolve("empty")).toString());
        assertEquals(ExitCode.BAD_INPUT, noSessionFile.exit());
        assertTrue(noSessionFile.err().contains("empty"), noSessionFile.err());

        Run unknownSession = ambulo("analyze", "--session", "NO-SUCH-SESSION");
        assertEquals(ExitCode.BAD_INPUT, unknownSession.exit());
        assertTrue(unknownSession.err().contains("NO-SUCH-SESSION"), unknownSession.err());

        Run missingConfig = ambulo("patients", "--store", home.resolve("nowhere.properties").toString());
        assertEquals(ExitCode.BAD_INPUT, missingConfig.exit());
        assertTrue(missingConfig.err().contains("nowhere.properties"), missingConfig.err());

        assertEquals(ExitCode.USAGE, ambulo("export", "-o", home.resolve("x").toString()).exit(), "export needs --deidentify");
        assertEquals(ExitCode.USAGE, ambulo("sessions").exit(), "sessions needs a patient");
        assertEquals(ExitCode.USAGE, ambulo("audit", "fix").exit());
        assertEquals(ExitCode.USAGE, ambulo("import", "x", "--role", "janitor").exit());
    }

    @Test
    void aTechnicianCannotExport() throws IOException {
        assertEquals(0, ambulo("import", demoFolder().toString()).exit());
        Run refused = ambulo("export", "--deidentify", "-o", home.resolve("out").toString(), "--role", "technician");
        assertEquals(ExitCode.BAD_INPUT, refused.exit());
        assertTrue(refused.err().toLowerCase().contains("technician"), refused.err());
        assertFalse(Files.exists(home.resolve("out").resolve("README.txt")), "nothing exported");
    }

    /** The report life cycle from the command line: draft, signed by a physician, amended with a reason. */
    @Test
    void aDraftIsSignedThenAmended() throws IOException {
        assertEquals(0, ambulo("import", demoFolder().toString(), "--user", "tech1").exit());
        assertEquals(0, ambulo("analyze", "--session", "DEMO-2024-001", "--user", "tech1").exit());
        String draft = ambulo("reports", "DEMO-2024-001", "--csv").out().lines().skip(1).findFirst().orElseThrow();
        String draftId = draft.split(",")[0];
        assertTrue(draft.startsWith(draftId + ",DEMO-2024-001,1,DRAFT,"), draft);

        Run byTechnician = ambulo("sign", draftId, "--user", "tech1", "--role", "technician");
        assertEquals(ExitCode.BAD_INPUT, byTechnician.exit(), "a technician cannot sign");
        Run signed = ambulo("sign", draftId, "--user", "drsmith");
        assertEquals(0, signed.exit(), signed::err);
        assertTrue(signed.out().startsWith("signed report " + draftId + " (version 1 of session DEMO-2024-001) as drsmith at "),
                signed.out());
        assertEquals(ExitCode.BAD_INPUT, ambulo("sign", draftId, "--user", "drsmith").exit(), "a signed report is not signed twice");
        assertEquals(ExitCode.BAD_INPUT, ambulo("analyze", "--session", "DEMO-2024-001", "--user", "tech1").exit(),
                "no new draft over a signed report");

        Run amended = ambulo("analyze", "--session", "DEMO-2024-001", "--amends", draftId, "--reason", "corrected leg length", "--user",
                "drsmith");
        assertEquals(0, amended.exit(), amended::err);
        List<String> versions = ambulo("reports", "DEMO-2024-001", "--csv").out().lines().skip(1).toList();
        assertEquals(2, versions.size(), versions.toString());
        assertTrue(versions.get(0).contains(",1,AMENDED,"), versions.get(0));
        assertTrue(versions.get(1).contains(",2,SIGNED," + draftId + ",") && versions.get(1).endsWith(",corrected leg length"),
                versions.get(1));
        assertEquals(ExitCode.USAGE, ambulo("analyze", "--session", "DEMO-2024-001", "--amends", draftId).exit(),
                "an amendment needs a reason");
        assertEquals(ExitCode.USAGE, ambulo("sign", "first").exit());
        assertEquals(0, ambulo("audit", "verify").exit());
    }

    /** Once the lab's configuration lists roles, a user acts only in the listed ones. */
    @Test
    void rolesListedInTheConfigurationLimitWhatAUserMayDo() throws IOException {
        Path config = home.resolve("lab.properties");
        Files.writeString(config,
                "engine=h2\nh2.folder=" + home.resolve("lab-store") + "\nroles.tech1=technician\nroles.drsmith=physician\n");
        Run asPhysician = ambulo("import", demoFolder().toString(), "--store", config.toString(), "--user", "tech1", "--role", "physician");
        assertEquals(ExitCode.BAD_INPUT, asPhysician.exit());
        assertTrue(asPhysician.err().contains("user tech1 may not act as physician (roles: technician)"), asPhysician.err());
        Run unlisted = ambulo("import", demoFolder().toString(), "--store", config.toString(), "--user", "intruder");
        assertEquals(ExitCode.BAD_INPUT, unlisted.exit());
        assertTrue(unlisted.err().contains("no roles.intruder line"), unlisted.err());
        assertEquals(0, ambulo("import", demoFolder().toString(), "--store", config.toString(), "--user", "tech1").exit());
    }

    @Test
    void aTamperedAuditTrailFailsVerificationWithItsOwnExitCode() throws Exception {
        assertEquals(0, ambulo("import", demoFolder().toString()).exit());
        assertEquals(0, ambulo("audit", "verify").exit());
        Path config = home.resolve("store.properties");
        Files.writeString(config, "engine=h2\nh2.folder=" + home.resolve(".ambulo/store") + "\n");
        StoreConfig store = StoreConfig.h2(home.resolve(".ambulo/store"));
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(store.jdbcUrl());
        database.setUser(store.user());
        database.setPassword(store.password());
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("update audit_entries set details = 'edited later' where seq = 1"));
        }
        Run verified = ambulo("audit", "verify", "--store", config.toString());
        assertEquals(ExitCode.VERIFICATION_FAILED, verified.exit(), verified.out() + verified.err());
        assertTrue(verified.out().contains("BROKEN at entry 1"), verified.out());
    }
}
