package org.ambulo.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the engine-parameterized store tests: fixtures and stores opened in a test are closed after it. */
abstract class StoreTestSupport {

    static final Actor TECH = new Actor("tina.tech", Role.TECHNICIAN);
    static final Actor DOC = new Actor("dr.paula", Role.PHYSICIAN);
    static final Actor ADMIN = new Actor("adam.admin", Role.ADMINISTRATOR);

    @TempDir
    Path temp;

    private final List<AutoCloseable> cleanups = new ArrayList<>();

    StoreFixture fixture(Engine engine) {
        return fixture(engine, Optional.empty());
    }

    StoreFixture fixture(Engine engine, Optional<String> h2Key) {
        StoreFixture f = StoreFixture.create(engine, temp, h2Key);
        cleanups.add(f);
        return f;
    }

    AmbuloStore open(StoreFixture f) throws StoreException {
        AmbuloStore store = f.open();
        cleanups.add(0, store);
        return store;
    }

    /** A synthetic session folder under the temporary folder. */
    Path session(String sessionId, String patientId, String name, int seed, boolean video) throws IOException {
        return SyntheticSessions.write(temp.resolve("in").resolve(sessionId),
                new SyntheticSessions.Spec(sessionId, patientId, name, LocalDate.of(2024, 1, 1).plusDays(seed), seed, video));
    }

    static AnalysisArtifacts artifacts(String marker) {
        return new AnalysisArtifacts("{\"results\": \"" + marker + "\"}\n", "{\"methodId\": \"test\"}\n",
                ("%PDF-1.7 synthetic report " + marker + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                Optional.of("interpretation " + marker));
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (AutoCloseable c : cleanups) {
            c.close();
        }
        cleanups.clear();
    }
}
