package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A database migrated by a newer Ambulo is refused before anything is changed. Both engines. */
class MigrationTest extends StoreTestSupport {

    /** Flyway creates it with a quoted lower-case name (H2 folds unquoted names to upper case). */
    private static final String HISTORY = "\"flyway_schema_history\"";

    @ParameterizedTest
    @EnumSource(Engine.class)
    void newerSchemaIsRefusedAndLeftUnchanged(Engine engine) throws Exception {
        StoreFixture f = fixture(engine);
        try (AmbuloStore store = f.open()) {
            store.importSession(session("S-1", "P-1", "Anna Example", 1, false), TECH);
        }
        // what a future Ambulo with a version 2 script would have left behind
        f.execute("INSERT INTO " + HISTORY + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                + " \"installed_by\", \"execution_time\", \"success\") VALUES (2, '2', 'future change', 'SQL', 'V2__future_change.sql', 12345, 'future', 1, TRUE)");
        long historyRows = f.count("SELECT COUNT(*) FROM " + HISTORY);
        long auditRows = f.count("SELECT COUNT(*) FROM audit_entries");

        StoreException e = assertThrows(StoreException.class, f::open);
        assertTrue(e.getMessage().contains("schema version 2") && e.getMessage().contains("newer than this Ambulo knows (1)")
                && e.getMessage().contains("left unchanged"), e.getMessage());
        assertTrue(e.getMessage().contains(engine == Engine.H2 ? "H2 database" : "PostgreSQL database"), e.getMessage());
        assertEquals(historyRows, f.count("SELECT COUNT(*) FROM " + HISTORY));
        assertEquals(auditRows, f.count("SELECT COUNT(*) FROM audit_entries"));
        assertEquals(1, f.count("SELECT COUNT(*) FROM sessions"));

        // removing the future row makes it acceptable again: the refusal was about the version only
        f.execute("DELETE FROM " + HISTORY + " WHERE \"version\" = '2'");
        try (AmbuloStore store = f.open()) {
            assertEquals(1, store.sessions("P-1").size());
        }
    }
}
