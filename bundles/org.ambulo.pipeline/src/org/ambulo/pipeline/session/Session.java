package org.ambulo.pipeline.session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One clinical gait session as the technician records it: who, why, where, under which conditions, and which trial
 * files. Analysis-free on purpose (the pipeline bundle imports no analysis bundle); paths are absolute, resolved
 * against the session file's folder when read.
 *
 * @param source
 *            the session file, for messages
 * @param reportCreated
 *            written into the report as its creation date; fixed in the file so the same session gives the same PDF
 */
public record Session(Path source, String sessionId, LocalDate sessionDate, java.time.Instant reportCreated, boolean demo,
        Patient patient, Referral referral, LabProfile lab, Conditions conditions, List<SessionTrial> trials,
        InterpretationDraft interpretation, SignatureState signature) {

    public Session {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(reportCreated, "reportCreated");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(conditions, "conditions");
        trials = List.copyOf(trials);
        Objects.requireNonNull(interpretation, "interpretation");
        Objects.requireNonNull(signature, "signature");
    }

    public List<SessionTrial> trials(TrialRole role) {
        return trials.stream().filter(t -> t.role() == role).toList();
    }

    /** The first static trial, if the session has one. */
    public Optional<SessionTrial> staticTrial() {
        return trials(TrialRole.STATIC).stream().findFirst();
    }

    /** Age in whole and fractional years on the session date (365.25-day years). */
    public double patientAgeYears() {
        return (sessionDate.toEpochDay() - patient.birthDate().toEpochDay()) / 365.25;
    }
}
