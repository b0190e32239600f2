package org.ambulo.ui.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.ambulo.demo.DemoSession;
import org.ambulo.store.Actor;
import org.ambulo.store.AmbuloStore;
import org.ambulo.store.AnalysisArtifacts;
import org.ambulo.store.ImportResult;
import org.ambulo.store.ReportRecord;
import org.ambulo.store.Role;
import org.ambulo.store.StoreConfig;
import org.ambulo.store.StoreException;
import org.ambulo.store.SyntheticSessions;

/**
 * A temporary H2 store filled through the real store API: the demo session (patient DEMO-0001) with a signed report
 * that was amended, and synthetic sessions of two more patients, one with a draft report.
 */
record PatientStoreFixture(StoreConfig config, ImportResult demo, ReportRecord amended, ReportRecord amendment, ReportRecord draft) {

    static final Actor TECH = new Actor("tech", Role.TECHNICIAN);
    static final Actor PHYSICIAN = new Actor("dr.signer", Role.PHYSICIAN);
    static final String ANNA = "P-0002";
    static final String BERT = "P-0003";
    static final String ANNA_FIRST_SESSION = "S-ANNA-1";

    static PatientStoreFixture create(Path temp) throws IOException, StoreException {
        StoreConfig config = StoreConfig.h2(temp.resolve("store"));
        try (AmbuloStore store = AmbuloStore.open(config)) {
            Path demoFolder = DemoSession.extractTo(temp.resolve("in/demo")).getParent();
            ImportResult demo = store.importSession(demoFolder, TECH);
            store.importSession(synthetic(temp, ANNA_FIRST_SESSION, ANNA, "Anna Example", LocalDate.of(2024, 1, 10), 1), TECH);
            store.importSession(synthetic(temp, "S-ANNA-2", ANNA, "Anna Example", LocalDate.of(2024, 2, 20), 2), TECH);
            store.importSession(synthetic(temp, "S-BERT-1", BERT, "Bert Sample", LocalDate.of(2023, 11, 5), 3), TECH);

            ReportRecord first = store.storeAnalysis(demo.sessionId(), artifacts("demo v1"), TECH);
            store.signReport(first.reportId(), PHYSICIAN);
            ReportRecord amendment = store.amendReport(first.reportId(), artifacts("demo v2"), "corrected cadence", PHYSICIAN);
            ReportRecord amended = store.report(first.reportId()).orElseThrow();
            ReportRecord draft = store.storeAnalysis(ANNA_FIRST_SESSION, artifacts("anna v1"), TECH);
            return new PatientStoreFixture(config, demo, amended, amendment, draft);
        }
    }

    static Path synthetic(Path temp, String sessionId, String patientId, String name, LocalDate date, int seed) throws IOException {
        return SyntheticSessions.write(temp.resolve("in").resolve(sessionId),
                new SyntheticSessions.Spec(sessionId, patientId, name, date, seed, false));
    }

    /** Tiny analysis outputs: the store checks hashes, not PDF syntax. */
    static AnalysisArtifacts artifacts(String marker) {
        return new AnalysisArtifacts("{\"results\": \"" + marker + "\"}\n", "{\"methodId\": \"test\"}\n",
                ("%PDF-1.7 tiny report " + marker + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII), Optional.empty());
    }
}
