package org.ambulo.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.ambulo.store.PatientSummary;
import org.ambulo.store.SessionSummary;
import org.ambulo.ui.testing.Swt;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

/**
 * 10,000 sessions of one patient show at once: the sessions table is virtual, so only rows scrolled into view get
 * their text. (Importing 10,000 sessions would take minutes; the rows are made here as the store would return them.)
 */
class PatientBrowserManySessionsTest {

    private static final int SESSIONS = 10_000;
    /** Measured about 50 ms under Xvfb; generous for a loaded 2-core machine. */
    private static final long MAX_MILLIS = 1_000;

    @Test
    void tenThousandSessionsShowWithoutFillingEveryRow() {
        PatientSummary patient = new PatientSummary("P-MANY", "Many Sessions", LocalDate.of(2000, 1, 1), "male", SESSIONS,
                Optional.of(LocalDate.of(2020, 1, 1).plusDays(SESSIONS - 1)));
        List<SessionSummary> rows = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            rows.add(new SessionSummary(String.format("P-MANY-S%05d", i), "P-MANY", LocalDate.of(2020, 1, 1).plusDays(i),
                    "Synthetic Lab", 2, Instant.EPOCH, "tech"));
        }
        try (BrowserDriver ui = new BrowserDriver(() -> {
            throw new AssertionError("no store read in this test");
        })) {
            AtomicInteger filled = new AtomicInteger();
            ui.browser.sessionsTable().addListener(SWT.SetData, event -> filled.incrementAndGet());
            long start = System.nanoTime();
            ui.browser.showSessions(patient, rows);
            Swt.spin(ui.display);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(SESSIONS, ui.browser.sessionsTable().getItemCount());
            assertTrue(millis < MAX_MILLIS, "shown in " + millis + " ms");
            assertTrue(filled.get() > 0 && filled.get() < 200, filled.get() + " rows filled: only the visible ones");
            assertEquals("P-MANY-S09999", ui.browser.sessionsTable().getItem(SESSIONS - 1).getText(0), "the last row on demand");
        }
    }
}
