package org.ambulo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No patient identifiers in log output: System.out, System.err and java.util.logging (all levels) are captured while
 * a store is opened and migrated, a patient with a distinctive name is imported, analysed, signed, listed and
 * exported. The capture is shown to work by a line written through each channel. Both engines.
 */
class PatientDataInLogsTest extends StoreTestSupport {

    private static final String NAME = "Zebulon Quixley-Fairweather";
    private static final String PATIENT_ID = "MRN-QX-99173";

    @ParameterizedTest
    @EnumSource(Engine.class)
    void storeLogsNoPatientIdentifiers(Engine engine) throws Exception {
        StoreFixture f = fixture(engine); // the test's own set-up connection is not the store's business
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getLoggerName() + " " + r.getMessage() + " " + r.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        System.setOut(capture);
        System.setErr(capture);
        try {
            try (AmbuloStore store = f.open()) {
                store.importSession(SyntheticSessions.write(temp.resolve("in"),
                        new SyntheticSessions.Spec("LOG-1", PATIENT_ID, NAME, LocalDate.of(2024, 4, 4), 1, true)), TECH);
                ReportRecord draft = store.storeAnalysis("LOG-1", artifacts("x"), TECH);
                store.signReport(draft.reportId(), DOC);
                store.patients();
                store.sessions(PATIENT_ID);
                store.materialize("LOG-1", temp.resolve("work"));
                store.exportDeidentified(temp.resolve("export"), ADMIN);
                try {
                    store.importSession(temp.resolve("in"), TECH); // a refused duplicate
                } catch (StoreException expected) {
                    // its message is for the user who asked; it is not logged
                }
                assertTrue(store.verifyAudit().intact());
                for (AuditEntry e : store.auditTrail()) {
                    assertFalse(e.details().contains(NAME) || e.details().contains("Zebulon"), "audit details hold the name: " + e);
                }
            }
            // proof that the capture sees what is written
            System.err.println("capture-check-err");
            Logger.getLogger("org.ambulo.store.test").fine("capture-check-jul");
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            root.setLevel(level);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("capture-check-err"), "System.err captured");
        assertTrue(logged.stream().anyMatch(l -> l.contains("capture-check-jul")), "JUL captured");
        String all = text + String.join("\n", logged);
        for (String identifier : List.of(NAME, "Zebulon", "Quixley", PATIENT_ID)) {
            assertFalse(all.contains(identifier), identifier + " appeared in the log output:\n" + all);
        }
        assertEquals(1, logged.size(), "the store logs nothing at all: " + logged);
        if (engine == Engine.H2) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(f.folder)) {
                assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".trace.db")).toList(), "no H2 trace file");
            }
        }
    }
}
