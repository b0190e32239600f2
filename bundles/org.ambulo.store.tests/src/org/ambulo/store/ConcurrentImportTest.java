package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Two processes import into one PostgreSQL schema at the same moment: a new patient's two sessions (both must succeed,
 * the patient row race is retried), and the same session twice (exactly one fails with the duplicate message). The audit
 * trail must verify. PostgreSQL only: H2 file mode admits one process.
 */
class ConcurrentImportTest extends StoreTestSupport {

    @Test
    void twoProcessesImportTheSamePatientsSessions() throws Exception {
        StoreFixture f = fixture(Engine.POSTGRESQL);
        open(f).close();
        Path properties = f.writeProperties();
        for (int round = 0; round < 3; round++) {
            String patient = "P-RACE-" + round; // new patient every round: both processes try to insert it
            Path a = SyntheticSessions.write(temp.resolve("a" + round),
                    new SyntheticSessions.Spec("R" + round + "-A", patient, "Race Patient", LocalDate.of(2024, 1, 1), round * 10, false));
            Path b = SyntheticSessions.write(temp.resolve("b" + round),
                    new SyntheticSessions.Spec("R" + round + "-B", patient, "Race Patient", LocalDate.of(2024, 1, 2), round * 10 + 5,
                            false));
            List<String> results = race(properties, a, b, "go" + round);
            assertEquals(List.of("OK", "OK"), results);
        }
        try (AmbuloStore store = f.open()) {
            for (int round = 0; round < 3; round++) {
                assertEquals(2, store.sessions("P-RACE-" + round).size());
            }
            assertTrue(store.verifyAudit().intact(), store.verifyAudit().toString());
            assertEquals(6, store.verifyAudit().entriesChecked());
        }
    }

    @Test
    void twoProcessesImportTheSameSession() throws Exception {
        StoreFixture f = fixture(Engine.POSTGRESQL);
        open(f).close();
        Path properties = f.writeProperties();
        Path a = SyntheticSessions.write(temp.resolve("a"),
                new SyntheticSessions.Spec("SAME-1", "P-9", "Twin", LocalDate.of(2024, 3, 3), 3, false));
        Path b = SyntheticSessions.write(temp.resolve("b"),
                new SyntheticSessions.Spec("SAME-1", "P-9", "Twin", LocalDate.of(2024, 3, 3), 3, false));
        List<String> results = race(properties, a, b, "go");
        assertEquals(1, results.stream().filter("OK"::equals).count(), results.toString());
        String refused = results.stream().filter(r -> !r.equals("OK")).findFirst().orElseThrow();
        assertTrue(refused.startsWith("REFUSED Session SAME-1 is already") && refused.contains("by worker-"), refused);
        try (AmbuloStore store = f.open()) {
            assertEquals(1, store.sessions("P-9").size());
            assertTrue(store.verifyAudit().intact());
            assertEquals(1, store.verifyAudit().entriesChecked());
        }
    }

    private List<String> race(Path properties, Path a, Path b, String goName) throws Exception {
        Path go = temp.resolve(goName);
        ChildJvm first = ChildJvm.start(temp.resolve(goName + "-a.err"), "import", properties.toString(), a.toString(), go.toString());
        ChildJvm second = ChildJvm.start(temp.resolve(goName + "-b.err"), "import", properties.toString(), b.toString(), go.toString());
        assertTrue(first.awaitOpen(60) && second.awaitOpen(60), "workers did not start");
        Files.createFile(go);
        for (ChildJvm child : List.of(first, second)) {
            assertTrue(child.process.waitFor(60, TimeUnit.SECONDS), "worker hangs");
        }
        Thread.sleep(50); // let the output readers finish
        return List.of(last(first, goName + "-a"), last(second, goName + "-b"));
    }

    private String last(ChildJvm child, String name) throws Exception {
        List<String> lines = child.lines.stream().filter(l -> l.equals("OK") || l.startsWith("REFUSED")).toList();
        assertEquals(1, lines.size(), "worker output " + child.lines + ", errors: " + Files.readString(temp.resolve(name + ".err")));
        return lines.get(0);
    }
}
