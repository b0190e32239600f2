package org.ambulo.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

import org.ambulo.store.StoreConfig;
import org.ambulo.store.StoreLocation;
import org.ambulo.ui.testing.Swt;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Store problems show in a red status line with empty tables; nothing is thrown, no dialog opens, no store is created. */
class PatientBrowserProblemsTest {

    @TempDir
    Path temp;

    @Test
    void missingConfigurationFileIsNamed() {
        Path missing = temp.resolve("nowhere/store.properties");
        StoreLocation location = new StoreLocation(Map.of(StoreLocation.CONFIG_ENV, missing.toString()), temp);
        try (BrowserDriver ui = new BrowserDriver(() -> location.config(Optional.empty())).refreshed()) {
            assertProblem(ui, missing.toString(), "no such store configuration file");
            assertTrue(ui.browser.storeText().startsWith("unknown"), ui.browser.storeText());
        }
    }

    @Test
    void badConfigurationIsExplained() throws Exception {
        Path file = Files.writeString(temp.resolve("store.properties"), "engine=oracle\n", StandardCharsets.UTF_8);
        try (BrowserDriver ui = new BrowserDriver(() -> StoreConfig.load(file)).refreshed()) {
            assertProblem(ui, "engine must be h2 or postgresql");
        }
    }

    @Test
    void unreachableServerIsNamedWithoutItsPassword() throws Exception {
        // port 1 on the loopback: refused at once, no timeout to wait for
        StoreConfig server = StoreConfig.postgres("jdbc:postgresql://127.0.0.1:1/ambulo", "ambulo", "s3cret-pw", temp.resolve("files"));
        try (BrowserDriver ui = new BrowserDriver(() -> server).refreshed()) {
            assertProblem(ui, "127.0.0.1:1");
            assertEquals("PostgreSQL database jdbc:postgresql://127.0.0.1:1/ambulo", ui.browser.storeText());
            assertFalse(ui.browser.statusText().contains("s3cret-pw") || ui.browser.storeText().contains("s3cret-pw"), "no password shown");
            Swt.screenshot(ui.shell, Path.of("target", "screenshots", "review-patients-problem.png"));
        }
    }

    @Test
    void newerSchemaIsRefusedAndShown() throws Exception {
        PatientStoreFixture store = PatientStoreFixture.create(temp);
        // what a future Ambulo with one more migration would have left behind
        JdbcDataSource jdbc = new JdbcDataSource();
        jdbc.setURL(store.config().jdbcUrl());
        jdbc.setUser(store.config().user());
        jdbc.setPassword(store.config().password());
        try (Connection c = jdbc.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                    + " \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (999, '999', 'future change', 'SQL',"
                    + " 'V999__future_change.sql', 1, 'future', 1, TRUE)");
        }
        try (BrowserDriver ui = new BrowserDriver(store::config).refreshed()) {
            assertProblem(ui, "schema version 999", "newer than this Ambulo knows");
            assertEquals(store.config().describeDatabase(), ui.browser.storeText());
        }
    }

    @Test
    void aStoreThatDoesNotExistYetIsNotCreated() {
        Path folder = temp.resolve("fresh");
        StoreConfig fresh = StoreConfig.h2(folder);
        try (BrowserDriver ui = new BrowserDriver(() -> fresh).refreshed()) {
            assertFalse(ui.browser.statusIsProblem(), "not a problem: a new workstation");
            assertTrue(ui.browser.statusText().startsWith("No store yet"), ui.browser.statusText());
            assertEquals(0, ui.browser.patientsTable().getItemCount());
            assertFalse(Files.exists(folder), "browsing created no database");
        }
    }

    @Test
    void aProblemClearsWhatWasShownAndAFixedStoreReadsAgain() throws Exception {
        PatientStoreFixture store = PatientStoreFixture.create(temp);
        boolean[] broken = {false};
        StoreConfigSource flaky = () -> broken[0] ? StoreConfig.load(temp.resolve("missing.properties")) : store.config();
        try (BrowserDriver ui = new BrowserDriver(flaky).refreshed()) {
            assertEquals(3, ui.browser.patientsTable().getItemCount());
            broken[0] = true;
            ui.refreshed();
            assertProblem(ui, "missing.properties");
            broken[0] = false;
            ui.refreshed();
            assertFalse(ui.browser.statusIsProblem(), ui.browser.statusText());
            assertEquals(3, ui.browser.patientsTable().getItemCount());
        }
    }

    private static void assertProblem(BrowserDriver ui, String... expectedParts) {
        String status = ui.browser.statusText();
        assertTrue(ui.browser.statusIsProblem(), "shown as a problem: " + status);
        assertTrue(status.startsWith("Store problem: "), status);
        for (String part : expectedParts) {
            assertTrue(status.contains(part), "'" + part + "' in: " + status);
        }
        assertEquals(0, ui.browser.patientsTable().getItemCount(), "no stale patients under a problem");
        assertEquals(0, ui.browser.sessionsTable().getItemCount());
        assertEquals(0, ui.browser.reportsTable().getItemCount());
    }
}
